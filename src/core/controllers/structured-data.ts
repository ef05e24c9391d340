/**
 * `structured-data`: the element's schema.org JSON-LD, written into its light DOM (where
 * crawlers read it) by its writer (`<tag>.jsonld.ts`), a lazy chunk loaded the first time a page
 * asks; rewritten when the data or the language changes, removed when the attribute is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLdWriter } from '../jsonld.js';

/** Loads an element's JSON-LD writer (a lazy chunk). */
export type WriterLoader = () => Promise<{ default: JsonLdWriter<never> }>;

export interface StructuredDataHost extends ReactiveControllerHost, HTMLElement {
  structuredData: boolean;
}

/**
 * JSON-LD text for a page that requires Trusted Types (`require-trusted-types-for 'script'`):
 * through Claimkit's policy, `claimkit`, which such a page lists in `trusted-types`. Made once,
 * when first needed; where the page has none or refuses it, the text as it is (and a page that
 * requires Trusted Types without allowing the policy gets a warning, no JSON-LD, no rejection).
 */
let policy: { createScript(text: string): unknown } | null | undefined;
function scriptText(json: string) {
  if (policy === undefined)
    try {
      policy =
        (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes?.createPolicy(
          'claimkit',
          {
            createScript: (text: string) => text,
          },
        ) ?? null;
    } catch {
      policy = null;
    }
  return policy ? policy.createScript(json) : json;
}

export class StructuredData implements ReactiveController {
  /** Counts writes, so a slow writer never overwrites a newer one. */
  #request = 0;
  #host: StructuredDataHost;
  #state: () => { load?: WriterLoader; facts?: unknown; locale: string };

  /** `state`: the writer, and what it writes from: the checked data and the language (no facts: nothing to write). */
  constructor(host: StructuredDataHost, state: () => { load?: WriterLoader; facts?: unknown; locale: string }) {
    this.#host = host;
    this.#state = state;
    host.addController(this);
  }

  hostUpdated() {
    const { load, facts, locale } = this.#state();
    const wanted = this.#host.structuredData && facts !== undefined ? load : undefined;
    if (!wanted && !this.#request) return; // never asked for structured data: nothing to remove
    const request = ++this.#request;
    if (!wanted) return this.#script()?.remove();
    wanted()
      .then((writer) => request === this.#request && this.#write((writer.default as JsonLdWriter<unknown>)(facts, locale)))
      // Never a rejection in the host page: a writer that did not load, a page that refuses the script.
      .catch((error) => console.warn(`<${this.#host.localName}>: structured-data could not be written (${error})`, this.#host));
  }

  #script() {
    return this.#host.querySelector(':scope > script[type="application/ld+json"][data-claimkit]');
  }

  #write(ld: object) {
    const existing = this.#script();
    const script = existing ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    script.setAttribute('data-claimkit', '');
    // `<` escaped so the JSON can never close the script when the page is serialised.
    const json = JSON.stringify(ld).replace(/</g, '\\u003c');
    if (script.textContent !== json) script.textContent = scriptText(json) as string;
    if (!existing) this.#host.append(script);
  }
}
