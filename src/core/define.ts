const warned = new Set<string>();

/**
 * Registers `element` as `tag`. A tag already taken (the library loaded twice, or two
 * versions on one page) keeps its first definition and warns once; it never throws.
 * Without a DOM (Node, before SSR) it does nothing.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry?: CustomElementRegistry) {
  const target = registry ?? globalThis.customElements;
  if (!target) return;
  const define = () => register(tag, element, target);
  // Widgets rendered on the server (`claimkit/ssr`: declarative shadow DOM, waiting to be
  // defined) are hydrated, not drawn again: Lit's support for that is loaded first, once, and
  // only on such pages. Until it is installed, no element is defined (a nested one must not
  // upgrade before its server-rendered parent gives it its data).
  hydration ??=
    [...(globalThis.document?.querySelectorAll(':not(:defined)') ?? [])].some((node) => node.shadowRoot) && import('./hydrate.js');
  // If it fails to load, the elements draw themselves afresh (FactsElement.createRenderRoot).
  if (hydration) hydration.then(define, define);
  else define();
}

/** A promise while Lit's hydration loads for server-rendered widgets; false on pages without them. */
let hydration: Promise<unknown> | false | undefined;

function register(tag: string, element: CustomElementConstructor, target: CustomElementRegistry) {
  const existing = target.get(tag);
  if (!existing) target.define(tag, element);
  else if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`claimkit: <${tag}> is already defined (is Claimkit loaded twice?); the first definition stays.`);
  }
}
