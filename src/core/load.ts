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
  /** Seconds to wait for `src`. */
  timeout?: number;
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

/** A document being fetched or fetched: shared by every element that names it. */
interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Elements still waiting for it; when the last stops waiting before it arrives, the fetch is aborted. */
  waiting: number;
  settled?: boolean;
}

const documents = new Map<string, Shared>();

/**
 * One fetch per document URL for the whole page; a failed one is forgotten so it can be tried
 * again. `signal` says this element stops waiting (a newer `src`, the element removed, its time
 * out): it gets no answer, and the fetch itself is aborted once no element waits for it.
 */
function fetchDocument(url: string, signal: AbortSignal): Promise<unknown> {
  let shared = documents.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal: controller.signal }).then(
      async (response) => {
        if (!response.ok) throw { path: '', why: 'http', detail: `${response.status} ${response.statusText}`.trim() } satisfies Issue;
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch (error) {
          throw { path: '', why: 'json', detail: (error as Error).message } satisfies Issue;
        }
      },
    );
    const entry: Shared = { promise, controller, waiting: 0 };
    documents.set(url, entry);
    promise.then(
      () => {
        entry.settled = true;
      },
      () => {
        entry.settled = true;
        if (documents.get(url) === entry) documents.delete(url);
      },
    );
    shared = entry;
  }
  const entry = shared;
  entry.waiting++;
  return new Promise((resolve, reject) => {
    entry.promise.then(resolve, reject);
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason);
        if (--entry.waiting || entry.settled) return;
        entry.controller.abort();
        documents.delete(url);
      },
      { once: true },
    );
  });
}

/** How long to wait for a `src` whose `timeout` is not a positive number of seconds (elements default to the same). */
export const TIMEOUT = 15;

/** A URL as messages quote it: whole up to 100 characters, else its start (a `data:` URL can be megabytes). */
export const quoteUrl = (url: string) => (url.length > 100 ? `${url.slice(0, 80)}…` : url);

/**
 * Fetches `src` (relative to the page) and selects its fragment's JSON Pointer. `signal` stops
 * the wait (a newer `src`, the element gone); after `timeout` seconds it ends with a problem.
 */
export async function loadSrc(
  src: string,
  { base = document.baseURI, signal, timeout = TIMEOUT }: { base?: string; signal: AbortSignal; timeout?: number },
): Promise<Loaded> {
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
    return { ok: false, source: 'src', url: quoteUrl(href), issue: { path: '', why: 'scheme', value: src } };
  const waiting = new AbortController();
  const stop = () => waiting.abort();
  signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(() => waiting.abort('timeout'), (timeout > 0 ? timeout : TIMEOUT) * 1000);
  try {
    const doc = await fetchDocument(href, waiting.signal);
    const selected = resolvePointer(doc, fragment);
    return selected.found
      ? { ok: true, value: selected.value, source: 'src', pointer: selected.pointer, url: href }
      : { ok: false, source: 'src', url: href, issue: { path: selected.pointer, why: 'pointer', value: fragment } };
  } catch (error) {
    // A problem of ours (http, json), else the wait's end or the network's failure, in our words:
    // the browser's ("Failed to fetch", "NetworkError…", "Load failed") name neither URL nor cause.
    const issue: Issue = (error as Issue)?.why
      ? (error as Issue)
      : { path: '', why: error === 'timeout' ? 'timeout' : 'network', detail: timeout > 0 ? timeout : TIMEOUT };
    return { ok: false, source: 'src', url: href, issue };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
