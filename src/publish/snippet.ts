/**
 * Ready-to-paste HTML for one Claimkit element and its data: the pure functions behind the
 * catalogue's embed builder (`stories/embed-builder/`), of `claimkit render` and `claimkit snippet`,
 * and of `claimkit/snippet` for a CMS's own tools; tested in `src/test-support/snippet.test.ts`.
 * Publishing tools only: no element imports this, and no CDN file holds it.
 *
 * The escaping rules, and why they are enough:
 * - **`data='…'` attribute** (`dataAttributeSnippet`): in a single-quoted attribute value the
 *   HTML tokenizer stops only at `'` and decodes character references after `&`, so exactly
 *   those two are escaped: `&` → `&amp;` (first, so `&amp;` in the data stays `&amp;` once decoded),
 *   `'` → `&#39;`. `"`, `<` and `>` are left as they are: they are plain characters in a quoted
 *   attribute value, and JSON is full of `"`. `JSON.stringify` already writes control characters
 *   and lone surrogates as `\u` escapes, so nothing else can reach the parser raw.
 * - **`<script type="application/json">` child** (`scriptSnippet`): script contents are raw
 *   text: no character references (so `&` stays `&`), but the element ends at `</script` in any
 *   case, and `<!--` switches the tokenizer into an "escaped" state in which a later `<script`
 *   changes where it ends. Both can only occur inside JSON strings, so the `<` that starts them
 *   is written as the JSON escape `\u003c`: `JSON.parse` gives back exactly the same value.
 * - **Fallback text**: `&`, `<` and `>` → character references; it is element content.
 */

/** The seven Claimkit tags, in the order the builder offers them. */
export const TAGS = [
  'claim-compare',
  'event-card',
  'event-timeline',
  'quote-card',
  'fact-check',
  'trip-itinerary',
  'article-facts',
] as const;
export type Tag = (typeof TAGS)[number];

/** Where the CDN files live: jsDelivr's mirror of the npm package at exactly `version`. */
export const cdnBase = (version: string) => `https://cdn.jsdelivr.net/npm/claimkit@${version}/dist/cdn/`;

export interface LoaderOptions {
  /** The folder holding `claimkit.js` and `<tag>.js`, ending in `/` (default: jsDelivr, see `cdnBase`). */
  base: string;
  /** `all`: `claimkit.js` (every element); `one`: `<tag>.js` (just this one, smaller). */
  file?: 'all' | 'one';
}

export interface SnippetOptions {
  /** A sentence readers see before the script runs, without JavaScript and if the data cannot be shown. */
  fallback?: string;
  /** Indent the JSON (script form only; the attribute form is always one line). */
  pretty?: boolean;
  /** Other attributes of the tag, by name (`lang`, `heading-level`…); `''` writes a bare boolean attribute. */
  attributes?: Record<string, string>;
}

/** Escapes text for a single-quoted HTML attribute value: `&` → `&amp;`, `'` → `&#39;`. */
export const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** Escapes text for a double-quoted HTML attribute value: `&` → `&amp;`, `"` → `&quot;`. */
const attributeValue = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Escapes text for HTML element content: `&`, `<`, `>`. */
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON for the inside of a `<script>` element: `JSON.stringify(value)`, with the `<` of every
 * `</script` (any case) and `<!--` written as `\u003c`, so the text cannot end or confuse the
 * script element and still parses to the same value.
 */
export function scriptJson(value: unknown, pretty = false): string {
  const json = JSON.stringify(value, null, pretty ? 2 : undefined);
  if (json === undefined) throw new TypeError('expected a JSON value, got undefined');
  return json.replace(/<(?=\/script|!--)/gi, '\\u003c');
}

/** ` name="value"` for each attribute (a bare name for `''`), the value escaped for a double-quoted attribute. */
const otherAttributes = (attributes: Record<string, string> = {}) =>
  Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`))
    .join('');

const fallbackHtml = (fallback: string | undefined, indent: string) =>
  fallback && /\S/.test(fallback) ? `${indent}<p>${escapeText(fallback.trim())}</p>\n` : '';

/** `<tag data='…'></tag>`: the data as one line of JSON in the `data` attribute. */
export function dataAttributeSnippet(tag: string, value: unknown, options: SnippetOptions = {}): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('expected a JSON value, got undefined');
  const fallback = fallbackHtml(options.fallback, '  ');
  return `<${tag}${otherAttributes(options.attributes)} data='${escapeAttribute(json)}'>${fallback ? `\n${fallback}` : ''}</${tag}>`;
}

/** `<tag><script type="application/json">…</script></tag>`: the data in an inline JSON child (read by the element as its `textContent`). */
export function scriptSnippet(tag: string, value: unknown, options: SnippetOptions = {}): string {
  const json = scriptJson(value, options.pretty ?? true);
  const body = json.replace(/\n/g, '\n    ');
  return `<${tag}${otherAttributes(options.attributes)}>\n  <script type="application/json">\n    ${body}\n  </script>\n${fallbackHtml(options.fallback, '  ')}</${tag}>`;
}

/** The CDN file for `tag`: `claimkit.js` (`file: 'all'`) or `<tag>.js` (`file: 'one'`). */
export const cdnUrl = (tag: string, { base, file = 'all' }: LoaderOptions) => `${base}${file === 'one' ? tag : 'claimkit'}.js`;

/** The seven tags in alphabetical order, as `src/claimkit.css` lists them. */
const cssTags = [...TAGS].sort().join(',');

/**
 * The declarations of `src/claimkit.css`, minified: each tag's box before the script defines it
 * is the box it has after (the elements' own `:host` rule), so nothing moves when they upgrade.
 * `:where()` gives them no specificity: the page's own rules for these tags still win.
 * `src/publish/snippet.node-test.ts` keeps this equal to the file, and the CSP hash of it in
 * docs/security.md true.
 */
export const PAGE_CSS = `:where(${cssTags}){display:block;contain:content;container-type:inline-size}:where(${cssTags})[hidden]{display:none}`;

/**
 * `PAGE_CSS` as an inline `<style>` element: it blocks nothing (no request, unlike
 * `<link rel="stylesheet" href="…/claimkit.css">`, which holds back the page's first paint until
 * it arrives). A page whose Content-Security-Policy refuses inline styles links `claimkit.css`
 * instead, or allows this element by its hash (docs/security.md).
 */
export const PAGE_STYLE = `<style>${PAGE_CSS}</style>`;

/**
 * Once per page, in the `<head>` (or anywhere before the first widget): the library
 * (`<script type="module">`, which never blocks rendering) and `PAGE_STYLE`, which keeps each
 * widget's box the same before and after it upgrades (no layout shift).
 */
export const loaderSnippet = (tag: string, options: LoaderOptions) =>
  `<script type="module" src="${attributeValue(cdnUrl(tag, options))}"></script>\n${PAGE_STYLE}`;
