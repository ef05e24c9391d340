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
  if (inSlice && performance.now() < sliceEnd) return undefined;
  // A slice opens in a task of its own, never in the task that asks first: that task (a page
  // inserting 500 widgets, the library's module upgrading the page's tags) has done its own
  // work already, and a slice on top of it made it the longest task of the page (measured:
  // 66–90 ms with 500 widgets, against 20–45 ms for the slices after it).
  nextTask ??= newTask().then(openSlice);
  return nextTask;
}

function openSlice() {
  nextTask = undefined;
  inSlice = true;
  sliceEnd = performance.now() + SLICE_MS;
  newTask().then(() => {
    inSlice = false;
  });
}
