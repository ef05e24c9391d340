/**
 * Where an element's data comes from, and whether it is good: the four routes in the format's
 * order of precedence (the `data` property, the `data` attribute as JSON, an inline
 * `<script type="application/json">` child, `src`), the race between a slow `src` and a newer
 * one (the newest wins), the check against the element's shape, and the one report of a
 * problem (a `claimkit-error` event and one `console.error`, never twice for the same problem).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportError } from '../errors.js';
import { findData, type Loaded, loadSrc, type Routes, type SourceKind } from '../load.js';
import { check, type Infer, type Issue, type Problem, type Shape } from '../shape.js';

/** An error's message, whatever was thrown (even a value whose conversion to text throws). */
const said = (error: unknown) => {
  try {
    return String((error as Error)?.message ?? error);
  } catch {
    return 'something that is not an error';
  }
};

/** What the data source reads from its element. */
export type DataHost = ReactiveControllerHost & HTMLElement & Routes;

export class DataSource<S extends Shape> implements ReactiveController {
  /** `pending` until data arrives; `ready` with checked `facts`; `error` when the data is bad or unreachable. */
  phase: 'pending' | 'ready' | 'error' = 'pending';
  /** The checked data, while `ready`. */
  facts?: Infer<S>;
  /** The routes as last looked at: data, dataJson, src (a symbol: never looked yet). */
  #seen: unknown[] = [Symbol()];
  /** Counts lookups, so a slow `src` never overwrites a newer one. */
  #request = 0;
  /** The wait for `src`, while there is one. */
  #waiting?: AbortController;
  /** The last problem reported, so a re-render does not report it again. */
  #reported = '';
  #host: DataHost;
  #shape: Shape;
  #held: () => boolean;

  /** `held`: true while the element must not look for data yet (`loading="lazy"`, not near the view). */
  constructor(host: DataHost, shape: Shape, held: () => boolean) {
    this.#host = host;
    this.#shape = shape;
    this.#held = held;
    host.addController(this);
  }

  hostUpdate() {
    const { data, dataJson, src } = this.#host;
    const [d, j, s] = this.#seen;
    if ((d === data && j === dataJson && s === src) || this.#held()) return;
    this.#seen = [data, dataJson, src];
    this.#look();
  }

  hostDisconnected() {
    // Removed while its src loads: the wait stops (and the fetch, if no other element waits for
    // it); put back, the element looks again.
    if (this.#waiting) {
      this.#stop();
      this.#seen = [Symbol()];
    }
  }

  hostConnected() {
    if (this.#seen.length === 1) this.#host.requestUpdate();
  }

  #look() {
    const host = this.#host;
    const request = ++this.#request;
    this.#stop();
    const found = findData(host);
    if (found) return this.#accept(found);
    this.phase = 'pending';
    const waiting = new AbortController();
    this.#waiting = waiting;
    loadSrc(host.src!, { signal: waiting.signal, timeout: host.timeout }).then((loaded) => {
      if (request !== this.#request || waiting.signal.aborted) return;
      this.#waiting = undefined;
      this.#accept(loaded);
      host.requestUpdate();
    });
  }

  /** Stops waiting for an earlier `src`: its answer, whenever it comes, is not used. */
  #stop() {
    this.#waiting?.abort();
    this.#waiting = undefined;
  }

  #accept(loaded: Loaded) {
    let issue: Issue;
    if (loaded.ok) {
      let checked: ReturnType<typeof check>;
      try {
        checked = check(this.#shape, loaded.value, { path: loaded.pointer });
      } catch (error) {
        // Data set as a property may be anything: an object whose getter throws, a revoked Proxy.
        checked = {
          ok: false,
          issues: [{ path: loaded.pointer, message: `expected data that can be read, got an error reading it: ${said(error)}` }],
        };
      }
      if (checked.ok) {
        this.facts = checked.value as Infer<S>;
        this.phase = 'ready';
        this.#reported = '';
        return;
      }
      issue = checked.issues[0];
    } else issue = loaded.issue;
    this.facts = undefined;
    this.phase = 'error';
    // The fallback shows at once; the report follows once the words for it are here (a lazy
    // chunk in the CDN build: valid data never needs them).
    const request = this.#request;
    const { source, url } = loaded;
    import('../problems.js').then(
      ({ problem }) => request === this.#request && this.#report(problem(issue, source, url), source, url),
      () => this.#report({ path: issue.path, message: 'invalid data (the words for its problem did not load)' }, source, url),
    );
  }

  #report({ path, message }: Problem, source: SourceKind, url?: string) {
    const detail = { message, path, source };
    const key = JSON.stringify(detail);
    if (key === this.#reported) return;
    this.#reported = key;
    reportError(this.#host, detail, url ?? (source === 'script' ? 'the inline <script type="application/json">' : 'data'));
  }
}
