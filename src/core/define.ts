import { warmUpWhenIdle } from './format.js';
import { VERSION } from './version.js';

/** Tags found taken, by what holds them, until the one warning about them is given. */
const taken = new Map<string, string[]>();
const warned = new Set<string>();

/**
 * Registers `element` as `tag`. A tag already taken (the library loaded twice, or two
 * versions on one page) keeps its first definition, never throws, and is named in one warning
 * with every other tag this copy found taken, and who holds them (`Claimkit 0.1.0`, or another
 * script). Without a DOM (Node, before SSR) it does nothing.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry?: CustomElementRegistry) {
  const target = registry ?? globalThis.customElements;
  if (!target) return;
  warmUpWhenIdle();
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
  if (!existing) return target.define(tag, element);
  if (existing === element || warned.has(tag)) return;
  warned.add(tag);
  const version = (existing as { version?: string }).version;
  const holder = version ? `Claimkit ${version}` : 'another script';
  if (!taken.size) setTimeout(warn);
  taken.set(holder, [...(taken.get(holder) ?? []), `<${tag}>`]);
}

function warn() {
  const held = [...taken].map(([holder, tags]) => `${tags.sort().join(', ')} by ${holder}`).join('; ');
  taken.clear();
  console.warn(`claimkit ${VERSION}: already defined: ${held}. The first definitions stay (is Claimkit loaded twice?).`);
}
