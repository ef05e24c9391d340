/**
 * Time slicing for first renders: many widgets on one page (a live blog, a long explainer)
 * must not freeze it in one long task. Renders run back to back within a slice; once a slice
 * is used up, the next renders wait until the browser has laid out and painted what it drew
 * (one frame) and then for a fresh task, so the page can paint and answer input in between.
 *
 * Laying out what a slice drew costs more than drawing it (2–3× on the benchmark page), so a
 * slice's length follows the frames: each slice is sized so that the frame after it takes about
 * {@link FRAME_MS}. Measured on the benchmark page (500 widgets, 2 cores, frames timed with Long
 * Animation Frames): fixed 20 ms slices left 12–18 frames of 50–94 ms in every run; sized slices
 * leave none in most runs and one or two of 51–70 ms in some, and take longer in all (1.0–1.25×
 * in interleaved A/B rounds, as noisy as that range). Aiming at 30 ms frames left a frame over
 * 50 ms in most runs of `npm run bench`.
 */

/** The longest slice. */
export const SLICE_MS = 20;
const MIN_SLICE_MS = 4;
/** The frame a slice should leave: room under the 50 ms long-task line for a heavier one. */
const FRAME_MS = 25;

/**
 * The next slice's length: short at first (the first frame also resolves each element's styles
 * for the first time), then sized from the frame before it.
 */
let budget = MIN_SLICE_MS * 1.5;
let sliceEnd = 0;
let inSlice = false;
/** When the frame after a used-up slice began (0: no slice was used up since the last was sized). */
let frameStart = 0;
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
 * Resolves in the first task after the next frame; `frameStart` is when that frame began.
 * If no frame comes (the page was hidden meanwhile), it goes on after 100 ms.
 */
const afterFrame = () =>
  new Promise<void>((resolve) => {
    const go = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      frameStart = performance.now();
      newTask().then(resolve);
    };
    const timer = setTimeout(go, 100);
    const frame = requestAnimationFrame(go);
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
  // A hidden page (a background tab, prerendering) paints no frames to wait for.
  nextTask ??= (inSlice && !document.hidden ? afterFrame() : newTask()).then(openSlice);
  return nextTask;
}

function openSlice() {
  const now = performance.now();
  if (frameStart) {
    // The frame took `now - frameStart` for what a slice of `budget` drew: aim the next at FRAME_MS.
    budget = Math.max(MIN_SLICE_MS, Math.min(SLICE_MS, budget * 1.5, (budget * FRAME_MS) / (now - frameStart)));
    frameStart = 0;
  }
  nextTask = undefined;
  inSlice = true;
  sliceEnd = now + budget;
  newTask().then(() => {
    inSlice = false;
  });
}
