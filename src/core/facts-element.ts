import { type CSSResultGroup, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { reportError } from './errors.js';
import { safeLocale, warmUp } from './format.js';
import type { JsonLdWriter } from './jsonld.js';
import { isFar, unwatch, watch, whenNear } from './lazy.js';
import { jsonScript, type Loaded, loadSrc, parseJson } from './load.js';
import { loadMessages, t } from './messages.js';
import { type Infer, type Shape, validate } from './shape.js';
import { turn } from './slice.js';
import { baseStyles } from './styles.js';

/** The language of `element`'s nearest ancestor with `lang`, across shadow roots, then `<html lang>`, then `en`. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return globalThis.document?.documentElement.lang || 'en';
}

/**
 * The page's `color-scheme` where `element` sits. Reading computed style forces a style
 * recalculation, so siblings share one reading per task (fifty widgets in a live blog cost
 * one, not fifty); the cache empties in the next task, when the page may have changed.
 */
const schemes = new Map<Node, string>();
const pageScheme = (element: Element) => {
  const key = element.parentNode ?? element;
  let scheme = schemes.get(key);
  if (scheme === undefined) {
    scheme = globalThis.getComputedStyle?.(element).colorScheme ?? '';
    if (!schemes.size) setTimeout(() => schemes.clear());
    schemes.set(key, scheme);
  }
  return scheme;
};

/** Stands in for the shadow root until the first render makes it (see `update`). */
const LATER = {} as DocumentFragment;
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)\b/i;

/** Light-DOM content other than JSON scripts: what readers see when the element cannot render. */
const hasFallback = (host: Element) =>
  [...host.childNodes].some((node) =>
    node instanceof Element ? node.localName !== 'script' : node.nodeType === 3 && /\S/.test(node.textContent ?? ''),
  );

/**
 * The base of every Claimkit element. It finds the data (property → attribute → inline
 * script → `src`), checks it against the element's shape, reports problems, resolves
 * the language and colour scheme, defers work for `loading="lazy"` and writes JSON-LD
 * for `structured-data`. An element adds only its shape, its styles, `renderFacts()`
 * and, optionally, a lazily loaded JSON-LD writer (`static jsonLd`).
 *
 * @fires claimkit-error - The data is invalid or could not be loaded; `detail` is `{ message, path, source }`. The fallback shows.
 * @slot - Fallback content: shown before the element upgrades, with JavaScript off, and when the data is invalid or unreachable.
 * @csspart base - The element's box.
 * @cssprop --claimkit-font - Font family (default: the page's).
 * @cssprop --claimkit-color-text - Text colour.
 * @cssprop --claimkit-color-muted - Secondary text: roles, dates, notes.
 * @cssprop --claimkit-color-background - The element's background.
 * @cssprop --claimkit-color-surface - Panels and table stripes.
 * @cssprop --claimkit-color-border - Borders and rules.
 * @cssprop --claimkit-color-accent - Links and focus rings.
 * @cssprop --claimkit-radius - Corner radius.
 * @cssprop --claimkit-space - The base spacing unit.
 */
export abstract class FactsElement<S extends Shape> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The shape this element's data must have. */
  static shape: Shape;

  /**
   * Loads the element's schema.org JSON-LD writer (its `<tag>.jsonld.ts`), for `structured-data`.
   * A lazy chunk: pages without `structured-data` never download it.
   * @internal
   */
  static jsonLd?: () => Promise<JsonLdWriter<never>>;

  static override properties = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    lang: { reflect: true },
    theme: {},
    loading: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The element's data (the facts format): an object as the `data` property, JSON text as the
   * `data` attribute. The property takes precedence over the attribute, which takes precedence
   * over a `<script type="application/json">` child and `src`.
   */
  data?: Infer<S> | null;

  /**
   * The data as JSON text: the `data` attribute.
   * @attr data
   */
  dataJson?: string | null;

  /** URL of a JSON document with the data, optionally with a JSON Pointer fragment: `story.json#/comparisons/0`. */
  src?: string;

  /** Language of dates, numbers and the element's own words; inherited from the page when absent. */
  override lang!: string;

  /** `light`, `dark`, or `auto`: the host page's `color-scheme`, else the reader's preference. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** `lazy`: fetch and render only when the element nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Also write schema.org JSON-LD for the content into the light DOM. */
  structuredData = false;

  /** The level of the element's heading (2–6), to fit the page's outline. */
  headingLevel = 2;

  /** The checked data, once valid data has arrived. */
  protected facts?: Infer<S>;
  private phase: 'pending' | 'ready' | 'error' = 'pending';
  /** The data routes changed since the data was last looked for. */
  private stale = true;
  /** `loading="lazy"` and not yet near the viewport. */
  private waiting = false;

  /** The resolved language, for formatting. */
  protected locale = 'en';
  private scheme = '';
  private request = 0;
  private reported = '';
  /** The facts have been on screen once: later updates (a reader's click) need no time slice. */
  private shown = false;
  /** More than a screen below the viewport at the first render: layout waits until the reader comes near. */
  private far = false;
  /** Counts JSON-LD writes, so a slow writer never overwrites a newer one. */
  private ldRequest = 0;

  override connectedCallback() {
    if (!this.hasUpdated) (this as { renderRoot: unknown }).renderRoot ??= LATER;
    super.connectedCallback();
    if (this.loading === 'lazy') {
      this.waiting = true;
      whenNear(this, () => {
        this.waiting = false;
        this.requestUpdate();
      });
    } else if (this.far) {
      this.layOutWhenNear();
    } else if (!this.shown && !((this.getRootNode() as ShadowRoot).host instanceof FactsElement)) {
      // Top-level elements only: a section of <article-facts> is laid out with the whole.
      watch(this);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatch(this); // a lazy element stops waiting too
  }

  /**
   * The shadow root and its style sheets are made at the first render, slice by slice; until
   * then the light-DOM fallback shows as it did before the element was defined. Made on
   * connecting instead, for every element at once, they cost the `upgrade` page (500 tags in the
   * page when claimkit.js loads) a task of 50–62 ms defining the elements and a frame of 61–82 ms
   * styling 500 shadow roots; at the first render: no task over 50 ms and 1,032 ms against 1,176
   * (median of 4, interleaved, 29 Nov). Rendering through the `data` property, 938 against
   * 843 ms at N = 500 and 365 against 347 at N = 100, within this machine's noise. Before far
   * widgets skipped their layout it was the other way: 3,278 ms against 2,322 on the upgrade page.
   */
  protected override update(changed: PropertyValues) {
    if (!this.hasUpdated) (this as { renderRoot: unknown }).renderRoot = this.createRenderRoot();
    super.update(changed);
  }

  /**
   * Waits for the reader's language's words, if they are not loaded yet, and, until the facts
   * are first on screen, for a free moment (core/slice.ts: many widgets render over several
   * short tasks, not one long one).
   */
  protected override async scheduleUpdate() {
    const locale = safeLocale(this.lang || inheritedLang(this));
    await loadMessages(locale);
    await warmUp(locale);
    if (!this.shown) for (let wait = turn(); wait; wait = turn()) await wait;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues) {
    this.locale = safeLocale(this.lang || inheritedLang(this));
    if (changed.has('theme') || !this.scheme) this.scheme = this.colorScheme();
    if (['data', 'dataJson', 'src'].some((key) => changed.has(key))) this.stale = true;
    if (this.stale && !(this.waiting && this.loading === 'lazy')) {
      this.stale = false;
      this.resolve();
    }
  }

  protected override render() {
    if (this.phase === 'ready') {
      if (!this.shown) this.far = isFar(this);
      return html`<div
        class=${this.far ? 'root far' : 'root'}
        part="base"
        style="color-scheme:${this.scheme}"
        dir=${this.lang && !this.dir ? (RTL.test(this.locale) ? 'rtl' : 'ltr') : nothing}
      >${this.renderFacts(this.facts!)}</div>`;
    }
    return this.phase === 'error' && !hasFallback(this)
      ? html`<p class="notice" part="notice">${t(this.locale, 'unavailable')}</p>`
      : html`<slot></slot>`;
  }

  protected override updated() {
    if (!this.shown && this.phase === 'ready') {
      this.shown = true;
      if (this.far) this.layOutWhenNear();
      else unwatch(this);
    }
    const load = this.structuredData && this.phase === 'ready' ? (this.constructor as typeof FactsElement).jsonLd : undefined;
    if (!load && !this.ldRequest) return; // never asked for structured data: nothing to remove
    const request = ++this.ldRequest;
    if (!load) return this.ldScript()?.remove();
    const { facts, locale } = this;
    load().then(
      (write) => request === this.ldRequest && this.writeLd((write as JsonLdWriter<unknown>)(facts, locale)),
      (error) => console.warn(`<${this.localName}>: structured-data could not load its writer (${error})`, this),
    );
  }

  /**
   * A far element loses `far` when it comes within a screen's height of the viewport, so it is
   * laid out while still out of view: left to `content-visibility: auto` alone, browsers lay it
   * out only once it is in view, and it would grow from its placeholder in front of the reader.
   */
  private layOutWhenNear() {
    whenNear(this, () => {
      this.far = false;
      this.requestUpdate();
    });
  }

  private ldScript() {
    return this.querySelector(':scope > script[type="application/ld+json"][data-claimkit]');
  }

  private writeLd(ld: object) {
    const existing = this.ldScript();
    const script = existing ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    script.setAttribute('data-claimkit', '');
    // `<` escaped so the JSON can never close the script when the page is serialised.
    const json = JSON.stringify(ld).replace(/</g, '\\u003c');
    if (script.textContent !== json) script.textContent = json;
    if (!existing) this.append(script);
  }

  /** The element's content for valid data. */
  protected abstract renderFacts(facts: Infer<S>): TemplateResult;

  private colorScheme() {
    if (this.theme === 'light' || this.theme === 'dark') return this.theme;
    const page = pageScheme(this);
    return page && page !== 'normal' ? page : 'light dark';
  }

  private resolve() {
    const request = ++this.request;
    const script = this.data == null && this.dataJson == null ? jsonScript(this) : undefined;
    const found: Loaded | undefined =
      this.data != null
        ? { ok: true, value: this.data, source: 'data', pointer: '' }
        : this.dataJson != null
          ? parseJson(this.dataJson, 'data', 'the data attribute')
          : script
            ? parseJson(script.textContent ?? '', 'script', 'the <script type="application/json"> child')
            : this.src
              ? undefined
              : {
                  ok: false,
                  source: 'data',
                  problem: {
                    path: '',
                    message:
                      'expected data (the data property or attribute, a <script type="application/json"> child, or src), got nothing',
                  },
                };
    if (found) return this.accept(found);
    this.phase = 'pending';
    loadSrc(this.src!).then((loaded) => {
      if (request !== this.request) return;
      this.accept(loaded);
      this.requestUpdate();
    });
  }

  private accept(loaded: Loaded) {
    if (loaded.ok) {
      const checked = validate((this.constructor as typeof FactsElement).shape, loaded.value, { path: loaded.pointer });
      if (checked.ok) {
        this.facts = checked.value as Infer<S>;
        this.phase = 'ready';
        this.reported = '';
        return;
      }
      loaded = { ok: false, problem: checked.problems[0], source: loaded.source, url: loaded.url };
    }
    this.facts = undefined;
    this.phase = 'error';
    const detail = { message: loaded.problem.message, path: loaded.problem.path, source: loaded.source };
    const key = JSON.stringify(detail);
    if (key === this.reported) return;
    this.reported = key;
    const from = loaded.url ?? (loaded.source === 'script' ? 'the inline <script type="application/json">' : 'data');
    reportError(this, detail, from);
  }
}
