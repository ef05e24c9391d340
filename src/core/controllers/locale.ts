/**
 * The element's language: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`, else `en`; the language's words and formatters loaded before the element
 * renders with them; and the direction it writes in when its own `lang` sets one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeLocale, warmUp } from '../format.js';
import { loadMessages } from '../messages.js';

/** The language of `element`'s nearest ancestor with `lang`, across shadow roots, then `<html lang>`, then `en`. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return globalThis.document?.documentElement.lang || 'en';
}

const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)\b/i;

export class Locale implements ReactiveController {
  /** The resolved BCP 47 tag, for formatting and words. */
  value = 'en';

  #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves once the language's words and its number and date formatters are ready. */
  async ready() {
    const locale = this.#resolve();
    await loadMessages(locale);
    await warmUp(locale);
  }

  hostUpdate() {
    this.value = this.#resolve();
  }

  /** `rtl` or `ltr` when the element's own `lang` decides it (and no `dir` is set); else undefined: it inherits. */
  get dir() {
    return this.#host.lang && !this.#host.dir ? (RTL.test(this.value) ? 'rtl' : 'ltr') : undefined;
  }

  #resolve() {
    return safeLocale(this.#host.lang || inheritedLang(this.#host));
  }
}
