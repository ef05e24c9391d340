/**
 * Where an element's data comes from, in the spec's order of precedence:
 * the `data` property, the `data` attribute (JSON), an inline
 * `<script type="application/json">` child, then `src` (a URL, optionally with a JSON
 * Pointer fragment). Documents named by several elements are fetched once per page.
 */
import { resolvePointer } from './pointer.js';
import type { Issue } from './shape.js';

export type SourceKind = 'data' | 'src' | 'script';

/** Raw data found for an element, or the problem that stopped it being found (in words: problems.ts). */
export type Loaded =
  | { ok: true; value: unknown; source: SourceKind; pointer: string; url?: string }
  | { ok: false; issue: Issue; source: SourceKind; url?: string };

/** JSON text as data, or a problem that quotes the parser's complaint (`property`: the text came as the `data` property). */
function parseJson(text: string, source: SourceKind, property?: boolean): Loaded {
  try {
    return { ok: true, value: JSON.parse(text), source, pointer: '' };
  } catch (error) {
    return { ok: false, source, issue: { path: '', why: 'json', detail: (error as Error).message, value: property } };
  }
}

/** The inline JSON child, if the element has one. */
export const jsonScript = (host: Element) =>
  [...host.children].find((child) => child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json');

/** An element's data routes: the `data` property, the `data` attribute, `src`. */
export interface Routes {
  data?: unknown;
  dataJson?: string | null;
  src?: string;
}

/**
 * The data on `host`'s routes, highest precedence first: the property, the attribute, the inline
 * script; `undefined` when only `src` has it (fetch it with `loadSrc`), a problem when none does.
 */
export function findData(host: Element & Routes): Loaded | undefined {
  // A string is JSON text, parsed as the attribute's is: React 19, Vue and Svelte set `data` as
  // a property, with whatever the app holds (an object, or the JSON it fetched or stringified).
  if (typeof host.data === 'string') return parseJson(host.data, 'data', true);
  if (host.data != null) return { ok: true, value: host.data, source: 'data', pointer: '' };
  if (host.dataJson != null) return parseJson(host.dataJson, 'data');
  const script = jsonScript(host);
  if (script) return parseJson(script.textContent ?? '', 'script');
  if (host.src) return undefined;
  return { ok: false, source: 'data', issue: { path: '', why: 'nothing' } };
}

const documents = new Map<string, Promise<unknown>>();

/** One fetch per document URL for the whole page; a failed one is forgotten so it can be tried again. */
function fetchDocument(url: string): Promise<unknown> {
  let pending = documents.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) throw { path: '', why: 'http', detail: `${response.status} ${response.statusText}`.trim() } satisfies Issue;
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch (error) {
        throw { path: '', why: 'json', detail: (error as Error).message } satisfies Issue;
      }
    });
    documents.set(url, pending);
    pending.catch(() => documents.delete(url));
  }
  return pending;
}

/** Fetches `src` (relative to the page) and selects its fragment's JSON Pointer. */
export async function loadSrc(src: string, base = document.baseURI): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, source: 'src', issue: { path: '', why: 'url', value: src } };
  }
  const fragment = url.hash.slice(1);
  url.hash = '';
  const href = url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, source: 'src', url: href, issue: { path: '', why: 'scheme', value: src } };
  try {
    const doc = await fetchDocument(href);
    const selected = resolvePointer(doc, fragment);
    return selected.found
      ? { ok: true, value: selected.value, source: 'src', pointer: selected.pointer, url: href }
      : { ok: false, source: 'src', url: href, issue: { path: selected.pointer, why: 'pointer', value: fragment } };
  } catch (error) {
    const issue = (error as Issue).why ? (error as Issue) : { path: '', message: (error as Error).message || String(error) };
    return { ok: false, source: 'src', url: href, issue };
  }
}
