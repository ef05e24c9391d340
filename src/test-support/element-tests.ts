/** What every element's test file does the same way, written once. */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { ClaimkitErrorEvent } from '../core/errors.js';
import { plain } from '../core/format.js';
import type { BadFixture, Fixture } from './fixture.js';

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/**
 * Text as read: what is hidden from assistive technology (`aria-hidden`) left out, whitespace
 * runs folded to one space, and the invisible bidi isolates around filled placeholders dropped
 * (the bidi tests check those from layout).
 */
export const text = (node: Element | null | undefined) => {
  if (!node) return undefined;
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return plain(copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
};

/** An element's accessible name as a screen reader gets it here: its `aria-label`, else its text as read. */
export const accessibleName = (node: Element | null | undefined) => node?.getAttribute('aria-label') ?? text(node);

/**
 * Spaces as spaces, and Arabic-Indic digits as Western ones: which digits `ar` takes is the
 * browser's locale data (Chromium's and Firefox's write 9,000; WebKitGTK's ٩٬٠٠٠), not Claimkit's.
 * The bidi isolates around filled placeholders are dropped too.
 */
export const latin = (s: string) =>
  plain(s)
    .replace(/\s/g, ' ')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/٬/g, ',')
    .replace(/٫/g, '.');

/**
 * Every custom element under `root`, inside shadow roots too, outermost first: a page's widgets
 * and the sections `<article-facts>` draws inside its own.
 */
export const widgets = <W extends Element = HTMLElement & { updateComplete: Promise<boolean> }>(root: ParentNode): W[] =>
  [...root.querySelectorAll('*')].flatMap((node) =>
    node.localName.includes('-') ? [node as W, ...(node.shadowRoot ? widgets<W>(node.shadowRoot) : [])] : [],
  );

/** The JSON-LD script an element writes into its light DOM. */
export const LD = ':scope > script[type="application/ld+json"]';

/**
 * Turns on `structured-data` and resolves with the JSON-LD the element writes into its light
 * DOM. The writer is a lazy chunk, so the JSON-LD arrives a moment after the render; any earlier
 * one is removed first, so what is returned is written for the element's state now.
 */
export async function structuredData(
  el: HTMLElement & { structuredData: boolean; updateComplete: Promise<boolean>; requestUpdate(): void },
) {
  el.querySelector(LD)?.remove();
  el.structuredData = true;
  el.requestUpdate();
  await el.updateComplete;
  await waitUntil(() => el.querySelector(LD), `<${el.localName}> wrote no JSON-LD`, { timeout: 5000 });
  // biome-ignore lint/suspicious/noExplicitAny: JSON-LD is checked field by field with deep.equal
  return JSON.parse(el.querySelector(LD)!.textContent!) as any;
}

/** How a test renders a fixture; each given value wins over the fixture's own. */
export interface RenderOptions {
  /** Width of the box around the element, in px (container-query layouts). */
  width?: number;
  lang?: string;
  theme?: string;
  /** Properties set on the element before it connects, e.g. `{ visible: 5 }`. */
  props?: Record<string, unknown>;
}

/**
 * `render(name, options)` for one element's tests: the valid fixture `name` as the `data`
 * property, in a box of the fixture's width (else 800 px), in its language (else `lang`) and
 * theme (else light); resolves once the element has rendered.
 */
export function fixtureRenderer<E extends Element & { updateComplete: Promise<boolean> }>(tag: string, valid: Fixture[], lang = 'en') {
  return async (name: string, options: RenderOptions = {}) => {
    const f = valid.find((candidate) => candidate.name === name)!;
    const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: ${options.width ?? f.width ?? 800}px"></div>`);
    const el = Object.assign(document.createElement(tag), { data: f.data }, options.props) as unknown as E;
    el.setAttribute('lang', options.lang ?? f.lang ?? lang);
    el.setAttribute('theme', options.theme ?? f.theme ?? 'light');
    holder.append(el);
    await el.updateComplete;
    return el;
  };
}

/**
 * The `<tag>` bad-data suite: for each invalid fixture given as the `data` attribute, the
 * element fires one claimkit-error with the fixture's exact path and message, logs it once,
 * shows `fallback` through its slot, and renders none of `absent` (its content's nodes).
 */
export function badDataTests(tag: string, invalid: BadFixture[], fallback: string, absent: string) {
  describe(`<${tag}> with bad data`, () => {
    for (const f of invalid) {
      it(`${f.name}: reports ${f.path || '/'} and shows the fallback`, async () => {
        const original = console.error;
        const logged: unknown[] = [];
        console.error = (...args: unknown[]) => logged.push(args[0]);
        try {
          const holder = await fixture<HTMLDivElement>(html`<div></div>`);
          const event = oneEvent(holder, 'claimkit-error') as Promise<ClaimkitErrorEvent>;
          const el = Object.assign(document.createElement(tag), { innerHTML: '<p></p>' }) as HTMLElement & {
            updateComplete: Promise<unknown>;
          };
          el.querySelector('p')!.textContent = fallback;
          el.setAttribute('data', JSON.stringify(f.data));
          holder.append(el);
          const { detail } = await event;
          await el.updateComplete;
          expect(detail).to.deep.equal({ path: f.path, message: f.message, source: 'data' });
          expect(logged).to.deep.equal([`<${tag}> ${f.path || '/'}: ${f.message} (in data)`]);
          expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(fallback);
          expect(el.shadowRoot!.querySelector(absent)).to.equal(null);
        } finally {
          console.error = original;
        }
      });
    }
  });
}

/**
 * A test that renders every valid fixture with `render` and requires no claimkit-error;
 * with `accessible`, also an axe check of each.
 */
export function rendersEveryValidFixture(valid: Fixture[], render: (name: string) => Promise<Element>, { accessible = false } = {}) {
  it(`renders every valid fixture without an error${accessible ? ', accessibly' : ''}`, async () => {
    for (const f of valid) {
      const errors: Event[] = [];
      const listener = (e: Event) => errors.push(e);
      document.addEventListener('claimkit-error', listener);
      const el = await render(f.name);
      document.removeEventListener('claimkit-error', listener);
      expect(errors, f.name).to.have.length(0);
      expect($(el, '.root'), f.name).to.not.equal(null);
      if (accessible) {
        // axe checks what the reader sees: a widget rendered far down the page is not laid out
        // until the reader comes near it (`.far`), and WebKit then reports its colours wrongly.
        el.scrollIntoView();
        await nextFrame();
        await expect(el, f.name).to.be.accessible();
      }
    }
  });
}
