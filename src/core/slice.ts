/**
 * Time slicing for first renders: many widgets on one page (a live blog, a long explainer)
 * must not freeze it in one long task. Renders run back to back within a slice of
 * {@link SLICE_MS}; once a slice is used up, the next renders wait for a fresh task, so the
 * browser can paint and answer input in between.
 */
// 20 ms leaves room under the 50 ms long-task line for a render that overruns its slice;
// shorter slices cost more in all (`npm run bench`, 500 widgets: 8 ms took 1.4× as long as 20 ms).
export const SLICE_MS = 20;

let sliceEnd = 0;
let inSlice = false;
let nextTask: Promise<void> | undefined;

/** Resolves in a new task of the event loop; MessageChannel is not clamped like nested timeouts. */
export const newTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return setTimeout(resolve);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });

/**
 * `undefined` when a render may run now; otherwise a promise to wait for, after which the
 * caller asks again (the first caller in the new task opens the next slice).
 */
export function turn(): Promise<void> | undefined {
  const now = performance.now();
  if (!inSlice) {
    inSlice = true;
    sliceEnd = now + SLICE_MS;
    newTask().then(() => {
      inSlice = false;
    });
    return undefined;
  }
  if (now < sliceEnd) return undefined;
  nextTask ??= newTask().then(() => {
    nextTask = undefined;
  });
  return nextTask;
}
