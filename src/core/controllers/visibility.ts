/**
 * How near the reader an element is, from one IntersectionObserver for the whole page ("near":
 * within a screen's height of the viewport):
 * - `loading="lazy"`: the element waits, data and all, until it is near;
 * - far: an element more than a screen below the view at its first render keeps its layout for
 *   later (`.far` in styles.ts: `content-visibility: auto`), and loses it once the reader comes
 *   within a screen of it, so it is laid out while still out of view and never grows in front of
 *   the reader; and it is laid out once in idle time before that, a few at a time, so its box
 *   is real (`contain-intrinsic-size: auto` remembers it) wherever the reader jumps to later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quiet, whenIdle } from '../slice.js';

const far = new WeakSet<Element>();
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Takes in the observer's entries: far means below the view. Above it, laid out only when the
 * reader scrolls back up, it would grow from its placeholder and move the text in view (where
 * the browser has no scroll anchoring to hold it). Not shown at all (`display: none` around it: a
 * closed tab, accordion or <details>) is not far either: shown, it must lay out at once. A shown
 * element has a box, read from the entry; only one with an empty box is asked (checkVisibility
 * makes the browser bring the page's style up to date, in the middle of the first renders).
 */
function record(entries: IntersectionObserverEntry[]) {
  for (const { target, isIntersecting, boundingClientRect } of entries) {
    if (!isIntersecting) {
      const { top, width, height } = boundingClientRect;
      if (top > 0 && (width > 0 || height > 0 || target.checkVisibility?.() !== false)) far.add(target);
      else far.delete(target);
      continue;
    }
    far.delete(target);
    const run = waiting.get(target);
    waiting.delete(target);
    run?.();
  }
}

/** Starts tracking `element`'s distance; a no-op where IntersectionObserver is missing (Node). */
function watch(element: Element) {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(record, { rootMargin: '100% 0px' });
  observer.observe(element);
}

/**
 * Whether `element`, about to render, is more than a screen below the view now. The observer's
 * entries come from the last frame, in a task that may run after the next slice of renders: they
 * are taken first. One the observer finds near is measured, as the widgets drawn since that frame
 * may have pushed it down. On a page that arrives with short fallbacks (or empty tags)
 * every widget starts near, and the first screen's renders push the rest far down before the
 * next frame: on the benchmark page of ten, all ten were laid out at once, where four are within
 * two screens. Measuring lays out what was drawn, work the next frame would do anyway. One found
 * far down is asked whether it is shown: WebKit gives an element in a closed <details> a box.
 */
function isFar(element: Element) {
  if (observer) record(observer.takeRecords());
  if (!far.has(element) && element.getBoundingClientRect().top > 2 * innerHeight && element.checkVisibility?.() !== false) far.add(element);
  return far.has(element);
}

function unwatch(element: Element) {
  waiting.delete(element);
  idle.delete(element);
  far.delete(element);
  observer?.unobserve(element);
}

/** Calls back once, when `element` first comes near the viewport (`unwatch` stops waiting). */
function whenNear(element: Element, callback: () => void) {
  if (typeof IntersectionObserver === 'undefined') return callback();
  waiting.set(element, callback);
  watch(element);
}

/** Far elements to lay out in idle time, in the order they were drawn: each a render to run. */
const idle = new Map<Element, () => void>();
let draining = false;

function layOutWhenIdle(element: Element, render: () => void) {
  idle.set(element, render);
  if (!draining) whenIdle(drain);
  draining = true;
}

/**
 * One far element per idle period, once the first renders are done: the frame after it lays out
 * that element and places every widget after it (measured: five milliseconds' worth of renders
 * at once made 40–65 ms frames on a page of 500 widgets; one makes none over 30 ms).
 */
function drain() {
  const next = quiet() && idle.entries().next().value;
  if (next) {
    idle.delete(next[0]);
    next[1]();
  }
  draining = idle.size > 0;
  if (draining) whenIdle(drain);
}

/** What the visibility controller reads from its element. */
export interface VisibilityHost extends ReactiveControllerHost, HTMLElement {
  loading: 'eager' | 'lazy';
}

export interface VisibilityOptions {
  /** The facts are there to render. */
  ready: () => boolean;
  /** The element is drawn inside another Claimkit element, and is laid out with it. */
  nested: () => boolean;
}

export class Visibility implements ReactiveController {
  /** `loading="lazy"` and not yet near the viewport. */
  waiting = false;
  /** More than a screen below the viewport at the first render: its layout waits until the reader comes near. */
  far = false;
  /** The facts have been on screen once. */
  shown = false;

  #host: VisibilityHost;
  #options: VisibilityOptions;

  constructor(host: VisibilityHost, options: VisibilityOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Its first render now would be far: drawn, but not laid out until the reader comes near. */
  get deferred() {
    return !this.shown && far.has(this.#host);
  }

  /** `loading="lazy"` and not near yet: nothing is fetched or rendered. */
  get held() {
    return this.waiting && this.#host.loading === 'lazy';
  }

  hostConnected() {
    const host = this.#host;
    // Drawn already (server-rendered, declarative shadow DOM): nothing to wait for.
    if (host.loading === 'lazy' && !host.shadowRoot) {
      this.waiting = true;
      whenNear(host, () => {
        this.waiting = false;
        host.requestUpdate();
      });
    } else if (this.far) this.#layOutWhenNear();
    else if (!this.shown && !this.#options.nested()) watch(host);
  }

  hostDisconnected() {
    unwatch(this.#host); // a lazy element stops waiting too
  }

  hostUpdate() {
    if (!this.shown && this.#options.ready()) this.far = !this.#options.nested() && isFar(this.#host);
  }

  hostUpdated() {
    if (this.shown || !this.#options.ready()) return;
    this.shown = true;
    if (this.far) this.#layOutWhenNear();
    else unwatch(this.#host);
  }

  #layOutWhenNear() {
    const host = this.#host;
    // Drawn after it was taken off the page (its data came late): nothing may hold it now;
    // connected again, it asks again (hostConnected).
    if (!host.isConnected) return;
    const layOut = () => {
      unwatch(host);
      this.far = false;
      host.requestUpdate();
    };
    whenNear(host, layOut);
    layOutWhenIdle(host, layOut);
  }
}
