/**
 * `claimkit/ssr`: a widget rendered to HTML at publish time, through Lit's server renderer
 * (`@lit-labs/ssr`, a Lit Labs package: its output format may change between versions, so
 * Claimkit pins the version it is tested with). The HTML is the element with its content in
 * declarative shadow DOM (read as it will look, with JavaScript off and before any script runs,
 * so the page never moves when it upgrades), its data in a `<script type="application/json">`
 * child, and the newsroom's fallback sentence, if any, for browsers without declarative shadow
 * DOM. When the library loads, the element hydrates: it binds to the DOM it arrived with,
 * without drawing it again.
 *
 * ```ts
 * import { renderToString } from 'claimkit/ssr';
 * const html = await renderToString('claim-compare', story.comparisons[0], { lang: 'uk' });
 * ```
 *
 * Node only. Bad data is never rendered: it throws a `ClaimkitRenderError` listing every
 * problem at its JSON Pointer, as the browser would report the first.
 */
import { render } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define/index.js';
import { FactsElement } from '../core/facts-element.js';
import { safeLocale, warmUp } from '../core/format.js';
import { loadMessages } from '../core/messages.js';
import { validate } from '../core/problems.js';
import type { Problem } from '../core/shape.js';
import { escapeText, scriptJson } from './snippet.js';

export interface RenderOptions {
  /** The language of the widget's dates, numbers and words (default `en`); written as its `lang`, so the browser reads it the same. */
  lang?: string;
  /** `light`, `dark` or `auto` (default: the attribute is left out, which is `auto`). */
  theme?: 'light' | 'dark' | 'auto';
  /** The level of the widget's heading, 2–6 (default 2). */
  headingLevel?: number;
  /** A sentence for browsers without declarative shadow DOM (and if the data cannot be shown later). */
  fallback?: string;
}

/** Thrown for data that does not fit the element: every problem, each at its JSON Pointer. */
export class ClaimkitRenderError extends Error {
  constructor(
    readonly tag: string,
    readonly problems: Problem[],
  ) {
    super(`<${tag}>: invalid data\n${problems.map(({ path, message }) => `  ${path || '/'}: ${message}`).join('\n')}`);
    this.name = 'ClaimkitRenderError';
  }
}

/** The tags `renderToString` knows: every Claimkit element registered by `claimkit/define`. */
export const TAGS = ['article-facts', 'claim-compare', 'event-card', 'event-timeline', 'fact-check', 'quote-card', 'trip-itinerary'];

/** The element class for `tag`, or a TypeError naming the tags there are. */
function elementFor(tag: string): typeof FactsElement {
  const element = TAGS.includes(tag) ? customElements.get(tag) : undefined;
  if (!element || !(element.prototype instanceof FactsElement))
    throw new TypeError(`claimkit/ssr: unknown element ${JSON.stringify(tag)}; expected one of ${TAGS.join(', ')}`);
  return element as unknown as typeof FactsElement;
}

type Pieces = Iterable<string | Promise<unknown> | (() => unknown)>;

/** Lit's render result as text, piece by piece, in order (its promises and thunks resolved as they come). */
async function* text(result: Pieces): AsyncGenerator<string> {
  for (const item of result) {
    const value = await (typeof item === 'function' ? item() : item);
    if (typeof value === 'string') yield value;
    else if (value) yield* text(value as Pieces);
  }
}

/**
 * The widget's HTML in pieces. Lit wraps it in markers for a template nobody hydrates
 * (`<!--lit-part …--><!--lit-node 0-->` before, `<!--/lit-part-->` after): dropped, and the
 * light DOM (data, fallback) goes in before the closing tag.
 */
async function* pieces(tag: string, data: unknown, options: RenderOptions): AsyncGenerator<string> {
  const element = elementFor(tag);
  const checked = validate(element.shape, data);
  if (!checked.ok) throw new ClaimkitRenderError(tag, checked.problems);
  const lang = safeLocale(options.lang ?? 'en');
  await loadMessages(lang);
  await warmUp(lang);
  const { theme, headingLevel } = options;
  if (theme !== undefined && !['light', 'dark', 'auto'].includes(theme))
    throw new TypeError(`claimkit/ssr: theme: expected "light", "dark" or "auto", got ${JSON.stringify(theme)}`);
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 6))
    throw new TypeError(`claimkit/ssr: headingLevel: expected a whole number from 2 to 6, got ${JSON.stringify(headingLevel)}`);
  // The attributes as static text (every value checked above), so the tag reads as written.
  const attributes = Object.entries({ lang, theme, 'heading-level': headingLevel })
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const result = render(html`<${unsafeStatic(tag + attributes)} .data=${data}></${unsafeStatic(tag)}>`);
  const open = `<${tag}`;
  const tail = `</${tag}><!--/lit-part-->`;
  let pending = '';
  let started = false;
  let tidied = false;
  for await (const piece of text(result as Pieces)) {
    pending += piece;
    if (!started) {
      const at = pending.indexOf(open);
      if (at < 0) continue;
      pending = pending.slice(at);
      started = true;
    }
    // Lit leaves the spaces of the attributes it moved; the tag reads as written.
    if (!tidied && pending.includes('>')) {
      pending = pending.replace(/^(<[\w-]+)\s+(?=[\w>])/, '$1 ');
      tidied = true;
    }
    if (tidied && pending.length > tail.length) {
      yield pending.slice(0, -tail.length);
      pending = pending.slice(-tail.length);
    }
  }
  if (pending !== tail) throw new Error(`claimkit/ssr: unexpected end of Lit's output for <${tag}>: ${JSON.stringify(pending)}`);
  const fallback = options.fallback?.trim() ? `<p>${escapeText(options.fallback.trim())}</p>` : '';
  yield `<script type="application/json">${scriptJson(data)}</script>${fallback}</${tag}>`;
}

/**
 * `tag` with `data`, as HTML to publish: declarative shadow DOM, the data, the fallback.
 * Rejects with `ClaimkitRenderError` when the data does not fit the element, and with a
 * TypeError for a tag that is not a Claimkit element.
 */
export async function renderToString(tag: string, data: unknown, options: RenderOptions = {}): Promise<string> {
  let html = '';
  for await (const piece of pieces(tag, data, options)) html += piece;
  return html;
}

/**
 * The same HTML as a stream of text, sent as Lit renders it, for a server that sends the page
 * as it makes it (in Node's http: `Readable.fromWeb(renderToStream(…)).pipe(response)`). Bad
 * data errors the stream before any of it is sent.
 */
export function renderToStream(tag: string, data: unknown, options: RenderOptions = {}): ReadableStream<string> {
  const source = pieces(tag, data, options);
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await source.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: () => void source.return(undefined),
  });
}
