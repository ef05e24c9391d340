const warned = new Set<string>();

/**
 * Registers `element` as `tag`. A tag already taken (the library loaded twice, or two
 * versions on one page) keeps its first definition and warns once; it never throws.
 * Without a DOM (Node, before SSR) it does nothing.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry?: CustomElementRegistry) {
  const target = registry ?? globalThis.customElements;
  if (!target) return;
  const existing = target.get(tag);
  if (!existing) target.define(tag, element);
  else if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`claimkit: <${tag}> is already defined (is Claimkit loaded twice?); the first definition stays.`);
  }
}
