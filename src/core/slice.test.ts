import { expect } from '@open-wc/testing';
import { SLICE_MS, turn } from './slice.js';

/** Keeps the main thread busy for `ms`, as renders using up a slice would. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** Runs `body` with no animation frame ever coming, as on a page that paints none. */
const withoutFrames = async (body: () => Promise<void>) => {
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = () => 0;
  try {
    await body();
  } finally {
    window.requestAnimationFrame = raf;
  }
};

/** Waits until `turn()` lets a render run, as FactsElement.scheduleUpdate does. */
const myTurn = async () => {
  for (let wait = turn(); wait; wait = turn()) await wait;
};

describe('time slices (core/slice.ts)', () => {
  it('opens a slice in a task of its own, not in the task that asks', async () => {
    await myTurn(); // whatever state earlier tests left
    busy(SLICE_MS + 1);
    let ran = false;
    const done = myTurn().then(() => {
      ran = true;
    });
    await Promise.resolve();
    expect(ran, 'a render ran in the asking task').to.equal(false);
    await done;
    expect(turn(), 'inside a fresh slice, renders run at once').to.equal(undefined);
  });

  it('lets a frame render between a used-up slice and the next', async () => {
    await myTurn();
    busy(SLICE_MS + 1);
    let framed = false;
    requestAnimationFrame(() => {
      framed = true;
    });
    await myTurn();
    expect(framed, 'a frame ran before the next slice opened').to.equal(true);
  });

  it('goes on after a timeout when no frame comes (the page hidden meanwhile)', async () => {
    await myTurn();
    busy(SLICE_MS + 1);
    await withoutFrames(async () => {
      const started = performance.now();
      await myTurn();
      expect(performance.now() - started).to.be.within(90, 2000);
    });
  });

  it('does not wait for frames on a hidden page (a background tab paints none)', async () => {
    await myTurn();
    busy(SLICE_MS + 1);
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      await withoutFrames(async () => {
        const started = performance.now();
        await myTurn();
        expect(performance.now() - started, 'the next slice waited for the frame timeout').to.be.below(90);
      });
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    expect(document.hidden).to.equal(false);
  });

  it('renders many elements over several slices, all of them', async () => {
    await import('../define/quote-card.js');
    const { valid } = await import('../components/quote-card/quote-card.fixtures.js');
    const host = document.createElement('div');
    const els = Array.from({ length: 120 }, () => Object.assign(document.createElement('quote-card'), { data: valid[0].data }));
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    host.append(...els);
    document.body.append(host);
    try {
      await Promise.all(els.map((el) => el.updateComplete));
      counting = false;
      expect(els.every((el) => el.shadowRoot?.querySelector('.root'))).to.equal(true);
      expect(frames, 'frames rendered while the elements were rendering').to.be.at.least(1);
    } finally {
      host.remove();
    }
  });
});
