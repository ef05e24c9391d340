/**
 * Time slicing for first renders: many widgets on one page (a live blog, a long explainer)
 * must not freeze it in one long task. Renders run back to back within a slice; once a slice
 * is used up, the next renders wait until the browser has laid out and painted what it drew
 * (one frame) and then for a fresh task, so the page can paint and answer input in between.
 * Far widgets (their layout kept for later: the reader sees nothing new) render on in a slice up
 * to {@link FAR_SLICE_MS}. On the benchmark page of 500 widgets the frames between slices of far
 * widgets cost 4–11 ms each (style of the new hosts, intersections, commit) however little the
 * slice drew, so fewer, longer slices spend less on them. Their slices still wait for a frame:
 * a reader who jumps down the page meanwhile makes widgets near, and the frame is when the page
 * learns it (drawn as far, such a widget would grow in view; a variant that waited for a task
 * only gave `npm run cls`'s early jump 0.8052 in two runs of two, a path that varies from 0.18 to
 * 0.81 anyway: docs/performance.md).
 *
 * Laying out what a slice drew costs more than drawing it (2–3× on the benchmark page), so a
 * slice's length follows the frames: each slice after the second is sized so that the frame
 * after it takes about {@link FRAME_MS} (docs/performance.md has the measurements behind these
 * numbers).
 */

/**
 * The longest slice that draws a widget the reader sees. At 20 ms, the benchmark page of ten
 * widgets took 1.12× as long as at 30 (more frames between its renders); at 30, no frame or task
 * is over 50 ms on the page of 500 (docs/performance.md).
 */
export const SLICE_MS = 30;
export const MIN_SLICE_MS = 4;
/** How long a slice may go on drawing far widgets (the frame after lays out nothing of them): under the 50 ms long-task line. */
export const FAR_SLICE_MS = 40;
/** The frame a slice should leave: room under the 50 ms long-task line for a heavier one. */
export const FRAME_MS = 25;
/** How long to wait for a frame that may never come (the page was hidden meanwhile). */
export const FRAME_TIMEOUT_MS = 100;

/** What slicing needs from the page: a clock, frames, tasks, timers and whether the page is hidden. */
export interface Clock {
  now(): number;
  frame(callback: () => void): void;
  task(callback: () => void): void;
  timeout(callback: () => void, ms: number): void;
  hidden(): boolean;
}

/** Runs `callback` in a new task of the event loop; MessageChannel is not clamped like nested timeouts. */
const task = (callback: () => void) => {
  if (typeof MessageChannel === 'undefined') return void setTimeout(callback);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(0);
};

/** The page's own clock. */
export const pageClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  task,
  timeout: (callback, ms) => setTimeout(callback, ms),
  hidden: () => !!globalThis.document?.hidden,
};

/** Resolves in a new task of the event loop. */
export const newTask = () => new Promise<void>((resolve) => task(resolve));

/**
 * A slicer on `clock`: its `turn()` is `undefined` when a render may run now; otherwise a
 * promise to wait for, after which the caller asks again (the first caller in the new task
 * opens the next slice).
 */
export function slicer(clock: Clock) {
  /**
   * The next slice's length. The first is short, so that the first widget is painted soon. The
   * frame after the first slice used up is, on a page with its widgets at load, the page's first
   * with Claimkit's widgets in it: the browser resolves each element's styles and shapes their
   * text for the first time (on the benchmark page of ten, 15 of that frame's 20 ms were layout,
   * for one or two widgets). That is a cost of its own, not a measure of what a slice's renders
   * cost to lay out, so the slice after it is {@link SLICE_MS} long. Every slice after that is
   * sized from the frame before it.
   */
  let budget = MIN_SLICE_MS * 1.5;
  /** Whether a slice has been sized from a frame yet (the first frame sizes none). */
  let sized = false;
  let sliceStart = 0;
  /** When the last render allowed in this slice began. */
  let last: number | undefined;
  let inSlice = false;
  /** When the frame after a used-up slice began (0: no slice was used up since the last was sized). */
  let frameStart = 0;
  let next: Promise<void> | undefined;

  /** Resolves in the first task after the next frame; if no frame comes, it goes on after FRAME_TIMEOUT_MS (whichever is first). */
  const afterFrame = () =>
    new Promise<void>((resolve) => {
      let gone = false;
      const go = () => {
        if (gone) return;
        gone = true;
        frameStart = clock.now();
        clock.task(resolve);
      };
      clock.timeout(go, FRAME_TIMEOUT_MS);
      clock.frame(go);
    });

  const openSlice = () => {
    const now = clock.now();
    if (frameStart) {
      // The frame took `now - frameStart` for what a slice of `budget` drew: aim the next at FRAME_MS.
      budget = sized ? Math.max(MIN_SLICE_MS, Math.min(SLICE_MS, budget * 1.5, (budget * FRAME_MS) / (now - frameStart))) : SLICE_MS;
      sized = true;
      frameStart = 0;
    }
    next = undefined;
    inSlice = true;
    sliceStart = now;
    last = undefined;
    clock.task(() => {
      inSlice = false;
    });
  };

  return {
    /** `laidOut`: the render asking is laid out at once (false: a far widget, whose layout waits). */
    turn(laidOut = true): Promise<void> | undefined {
      // A far widget's render may go on to FAR_SLICE_MS: the frame after it lays out nothing of it.
      // After the first render of a slice, each is taken to last as long as the one before it,
      // and one that would end past the line waits (a slower device's renders take longer, its
      // slices no longer).
      const now = clock.now();
      if (inSlice && 2 * now - (last ?? now) < sliceStart + (laidOut ? budget : FAR_SLICE_MS)) {
        last = now;
        return undefined;
      }
      // A slice opens in a task of its own, never in the task that asks first: that task (a page
      // inserting 500 widgets, the library's module upgrading the page's tags) has done its own
      // work already, and a slice on top of it would make it the page's longest task.
      // A hidden page (a background tab, prerendering) paints no frames to wait for.
      next ??= (inSlice && !clock.hidden() ? afterFrame() : new Promise<void>((resolve) => clock.task(resolve))).then(openSlice);
      return next;
    },
    /** No render waits for a slice and none is open: the first renders asked for so far are done. */
    get quiet() {
      return !next && !inSlice;
    },
    /** The length of the next slice, in ms. */
    get budget() {
      return budget;
    },
  };
}

const queue: [Node, () => void][] = [];

/**
 * Resolves in a new task, in document order with the others asked for meanwhile. A page's tags
 * upgrade one element name at a time (every <claim-compare>, then every <event-card>…); their
 * first renders are taken from the top of the page down, so the first screen is drawn first and
 * each widget's distance from the view is known when it renders (core/controllers/visibility.ts).
 * (4: Node.DOCUMENT_POSITION_FOLLOWING, `b` after `a`.)
 */
export const inOrder = (node: Node) =>
  new Promise<void>((resolve) => {
    if (queue.push([node, resolve]) < 2)
      task(() => {
        for (const [, go] of queue.splice(0).sort(([a], [b]) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))) go();
      });
  });

/** The page's slicer: every Claimkit element's first render waits for its turn. */
const slices = slicer(pageClock);
export const { turn } = slices;
/** Whether the page's first renders are done (far widgets are laid out in idle time only then). */
export const quiet = () => slices.quiet;

/** Calls back in the browser's next idle period; where it has no requestIdleCallback (WebKit), after a timer's 200 ms. */
export const whenIdle = (callback: () => void) => {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(() => callback());
  else setTimeout(callback, 200);
};
