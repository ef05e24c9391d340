/**
 * The colour scheme an element draws in: its `theme` (`light`, `dark`), else (`auto`) the
 * page's `color-scheme` where the element sits, else the reader's preference (`light dark`).
 */

/**
 * Reading computed style forces a style recalculation, so siblings share one reading per task
 * (fifty widgets in a live blog cost one, not fifty); the cache empties in the next task, when
 * the page may have changed.
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

export function colorScheme(element: Element, theme: string) {
  if (theme === 'light' || theme === 'dark') return theme;
  const page = pageScheme(element);
  return page && page !== 'normal' ? page : 'light dark';
}
