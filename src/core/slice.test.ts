/**
 * Time slicing (core/slice.ts) on a clock the test drives: what happens is decided by the order
 * of tasks and frames and by the time the test says passed, never by how fast this machine is.
 * How long slices and frames really take is `npm run bench`'s business.
 */
import { expect } from '@open-wc/testing';
import { type Clock, FAR_SLICE_MS, FRAME_MS, FRAME_TIMEOUT_MS, inOrder, MIN_SLICE_MS, SLICE_MS, slicer } from './slice.js';

/** A page's clock, frames, tasks and timers, moved on only by the test. */
class TestClock implements Clock {
  time = 0;
  isHidden = false;
  tasks: (() => void)[] = [];
  frames = new Set<() => void>();
  timers = new Set<{ at: number; callback: () => void }>();
  now = () => this.time;
  frame = (callback: () => void) => {
    this.frames.add(callback);
  };
  task = (callback: () => void) => {
    this.tasks.push(callback);
  };
  timeout = (callback: () => void, ms: number) => {
    this.timers.add({ at: this.time + ms, callback });
  };
  hidden = () => this.isHidden;
  /** Runs the tasks queued now, each followed by its microtasks (promise reactions). */
  async runTasks() {
    for (const task of this.tasks.splice(0)) {
      task();
      await settle();
    }
  }
  /** The browser renders a frame: its callbacks run, then rendering takes `ms`. */
  async paint(ms: number) {
    for (const callback of [...this.frames]) callback();
    this.frames.clear();
    await settle();
    this.time += ms;
  }
  /** `ms` pass with no frame: timers that are due fire. */
  async wait(ms: number) {
    this.time += ms;
    for (const timer of [...this.timers]) {
      if (timer.at > this.time) continue;
      this.timers.delete(timer);
      timer.callback();
    }
    await settle();
  }
}

/** Lets pending promise reactions run (a real task: the test clock's tasks are not involved). */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A promise's state, without waiting for it. */
const state = async (promise: Promise<unknown> | undefined) => {
  if (!promise) return 'none';
  let done = false;
  promise.then(() => (done = true));
  await settle();
  return done ? 'resolved' : 'pending';
};

/** A slicer on a fresh test clock, inside a slice just opened for a render (`laidOut`: of a widget laid out at once; false: a far one). */
async function inSlice(laidOut = true) {
  const clock = new TestClock();
  const slices = slicer(clock);
  const first = slices.turn(laidOut);
  await clock.runTasks();
  expect(await state(first)).to.equal('resolved');
  return { clock, slices };
}

describe('time slices (core/slice.ts)', () => {
  it('opens a slice in a task of its own, never in the task that asks', async () => {
    const clock = new TestClock();
    const slices = slicer(clock);
    const wait = slices.turn();
    expect(await state(wait), 'a render ran in the asking task').to.equal('pending');
    await clock.runTasks();
    expect(await state(wait)).to.equal('resolved');
    expect(slices.turn(), 'inside a fresh slice, renders run at once').to.equal(undefined);
  });

  it('is quiet only when no render waits for a slice and none is open', async () => {
    const clock = new TestClock();
    const slices = slicer(clock);
    expect(slices.quiet, 'nothing asked yet').to.equal(true);
    const wait = slices.turn();
    expect(slices.quiet, 'a render waits').to.equal(false);
    await clock.runTasks();
    await wait;
    expect(slices.quiet, 'the slice is open').to.equal(false);
    clock.time += slices.budget;
    const next = slices.turn();
    await clock.runTasks();
    await clock.paint(10);
    await clock.runTasks();
    await next;
    expect(slices.quiet, 'the next slice is open').to.equal(false);
    await clock.runTasks();
    expect(slices.quiet, 'the task after the last slice').to.equal(true);
  });

  it('runs renders back to back until the slice is used up', async () => {
    const { clock, slices } = await inSlice();
    clock.time += slices.budget - 1;
    expect(slices.turn()).to.equal(undefined);
    clock.time += 1;
    expect(slices.turn()).to.be.instanceOf(Promise);
  });

  it('holds back a render that would end past the slice, taking it to last as long as the one before', async () => {
    const { clock, slices } = await inSlice();
    const { budget } = slices;
    expect(slices.turn(), 'the first render').to.equal(undefined);
    clock.time += budget / 2 - 1;
    expect(slices.turn(), 'the second would end 2 ms before the line').to.equal(undefined);
    clock.time += budget / 2 - 1;
    expect(slices.turn(), 'the third, as long, would end past it').to.be.instanceOf(Promise);
    // Far widgets the same, against FAR_SLICE_MS.
    const { clock: farClock, slices: far } = await inSlice(false);
    expect(far.turn(false)).to.equal(undefined);
    farClock.time += FAR_SLICE_MS / 2 + 1;
    expect(far.turn(false), 'a render of more than half the slice: the next waits').to.be.instanceOf(Promise);
  });

  it('lets a frame render between a used-up slice and the next', async () => {
    const { clock, slices } = await inSlice();
    clock.time += slices.budget;
    const wait = slices.turn();
    await clock.runTasks();
    expect(await state(wait), 'no frame yet').to.equal('pending');
    await clock.paint(10);
    expect(await state(wait), 'the frame, but not yet the task after it').to.equal('pending');
    await clock.runTasks();
    expect(await state(wait)).to.equal('resolved');
    expect(slices.turn()).to.equal(undefined);
    // The timer that comes late queues nothing.
    const queued = clock.tasks.length;
    await clock.wait(FRAME_TIMEOUT_MS);
    expect(clock.tasks.length).to.equal(queued);
  });

  it('sizes each slice after the second so the frame after it takes about FRAME_MS', async () => {
    const { clock, slices } = await inSlice();
    const first = slices.budget;
    expect(first, 'the first slice is short').to.equal(MIN_SLICE_MS * 1.5);
    // The page's first frame with widgets in it, however heavy, does not size the second slice.
    clock.time += first;
    slices.turn();
    await clock.paint(FRAME_MS * 4);
    await clock.runTasks();
    expect(slices.budget, 'the second slice').to.equal(SLICE_MS);
    // From then on, a heavy frame (twice the aim) halves the slice, down to its floor.
    clock.time += slices.budget;
    slices.turn();
    await clock.paint(FRAME_MS * 2);
    await clock.runTasks();
    expect(slices.budget).to.equal(Math.max(MIN_SLICE_MS, SLICE_MS / 2));
    // Light frames let it grow, by half at a time, up to SLICE_MS.
    for (let round = 0; round < 10; round++) {
      clock.time += slices.budget;
      slices.turn();
      await clock.paint(1);
      await clock.runTasks();
    }
    expect(slices.budget).to.equal(SLICE_MS);
  });

  it('lets far widgets render on to FAR_SLICE_MS, and then waits for a frame', async () => {
    const { clock, slices } = await inSlice();
    clock.time += slices.budget;
    expect(slices.turn(), 'a widget laid out at once waits once the budget is used').to.be.instanceOf(Promise);
    const { clock: farClock, slices: far } = await inSlice(false);
    farClock.time += FAR_SLICE_MS - 1;
    expect(far.turn(false), 'a far widget goes on').to.equal(undefined);
    farClock.time += 1;
    const wait = far.turn(false);
    await farClock.runTasks();
    expect(await state(wait), 'no frame yet').to.equal('pending');
    await farClock.paint(10);
    await farClock.runTasks();
    expect(await state(wait)).to.equal('resolved');
  });

  it('goes on after FRAME_TIMEOUT_MS when no frame comes (the page hidden meanwhile)', async () => {
    const { clock, slices } = await inSlice();
    clock.time += slices.budget;
    const wait = slices.turn();
    await clock.wait(FRAME_TIMEOUT_MS - 1);
    await clock.runTasks();
    expect(await state(wait)).to.equal('pending');
    await clock.wait(1);
    await clock.runTasks();
    expect(await state(wait)).to.equal('resolved');
    // The frame that comes late queues nothing.
    const queued = clock.tasks.length;
    await clock.paint(1);
    expect(clock.tasks.length).to.equal(queued);
  });

  it('does not wait for frames on a hidden page (a background tab paints none)', async () => {
    const { clock, slices } = await inSlice();
    clock.isHidden = true;
    clock.time += slices.budget;
    const wait = slices.turn();
    expect(clock.frames.size).to.equal(0);
    await clock.runTasks();
    expect(await state(wait)).to.equal('resolved');
  });

  it('renders every one of many elements on the page, each when its turn comes', async () => {
    await import('../define/quote-card.js');
    const { valid } = await import('../components/quote-card/quote-card.fixtures.js');
    const host = document.createElement('div');
    const els = Array.from({ length: 120 }, () => Object.assign(document.createElement('quote-card'), { data: valid[0].data }));
    host.append(...els);
    document.body.append(host);
    try {
      await Promise.all(els.map((el) => el.updateComplete));
      expect(els.filter((el) => el.shadowRoot?.querySelector('.root'))).to.have.length(120);
    } finally {
      host.remove();
    }
  });
});

describe('inOrder: first renders from the top of the page down', () => {
  it('lets the elements asking in one task go in document order, not in the order they asked', async () => {
    // A page's tags upgrade one name at a time: every <claim-compare> first, then every <event-card>.
    const page = document.createElement('div');
    page.innerHTML = '<p id="a"></p><section><p id="b"></p></section><p id="c"></p>';
    document.body.append(page);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => page.querySelector(`#${id}`)!);
    const went: string[] = [];
    await Promise.all([c, a, b].map((node) => inOrder(node).then(() => went.push(node.id))));
    expect(went).to.deep.equal(['a', 'b', 'c']);
    // Asking again later makes a round of its own, in document order too.
    went.length = 0;
    await Promise.all([b, a].map((node) => inOrder(node).then(() => went.push(node.id))));
    expect(went).to.deep.equal(['a', 'b']);
    page.remove();
  });
});
