/**
 * How far elements are from the viewport, from one IntersectionObserver for the whole page:
 * "near" is within a screen's height of it. `loading="lazy"` elements wait until they are near;
 * every element is watched until its first render, which skips the layout of one that is far
 * below it (see `.far` in styles.ts).
 */
const far = new WeakSet<Element>();
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Starts tracking `element`'s distance; a no-op where IntersectionObserver is missing (Node). */
export function watch(element: Element) {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting, boundingClientRect } of entries) {
        if (!isIntersecting) {
          // Far means below the view. Above it, laid out only when the reader scrolls back up, it
          // would grow from its placeholder and move the text in view (where the browser has no
          // scroll anchoring to hold it). Not shown at all (`display: none` around it: a closed
          // tab or accordion) is not far either: shown, it must lay out at once.
          if (boundingClientRect.top > 0 && target.checkVisibility?.() !== false) far.add(target);
          else far.delete(target);
          continue;
        }
        far.delete(target);
        const run = waiting.get(target);
        waiting.delete(target);
        run?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
}

export function unwatch(element: Element) {
  waiting.delete(element);
  far.delete(element);
  observer?.unobserve(element);
}

/** The last report placed `element` more than a screen's height below the viewport (unknown or not shown: false). */
export const isFar = (element: Element) => far.has(element);

/** Calls back once, when `element` first comes near the viewport (`unwatch` stops waiting). */
export function whenNear(element: Element, callback: () => void) {
  if (typeof IntersectionObserver === 'undefined') return callback();
  waiting.set(element, callback);
  watch(element);
}
