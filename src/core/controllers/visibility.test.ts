import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { box, DATA, fresh, height, rendered, shadowText } from '../../test-support/facts-tests.js';
import type { TestFactsElement } from '../../test-support/test-element.js';
import '../../test-support/test-element.js';

describe('Visibility: loading="lazy" and far widgets', () => {
  const FACTS = { title: 'Facts', items: ['one', 'two'], link: 'https://example.org/more' };

  it('loading="lazy" fetches and renders only near the viewport', async () => {
    const url = fresh('story.json');
    const holder = await fixture(
      html`<div style="padding-top: 300vh"><test-facts loading="lazy" src=${url}><p>Fallback</p></test-facts></div>`,
    );
    const el = holder.querySelector('test-facts') as TestFactsElement;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes(url.slice(DATA.length)));
    expect(fetched()).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    el.scrollIntoView();
    await rendered(el);
    expect(fetched()).to.equal(true);
    expect(shadowText(el)).to.equal('From a document');
  });

  /** Holds the page's idle callbacks (far elements are laid out in idle time) until `run()`. */
  function holdIdle() {
    const held: IdleRequestCallback[] = [];
    const original = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', {
      configurable: true,
      writable: true,
      value: (callback: IdleRequestCallback) => held.push(callback),
    });
    const restore = () =>
      original ? Object.defineProperty(window, 'requestIdleCallback', original) : delete (window as Partial<Window>).requestIdleCallback;
    return {
      restore,
      held,
      /** Runs what was held, one idle period per task, until none is left. */
      async run() {
        for (let period = 0; held.length && period < 100; period++) {
          await new Promise((resolve) => setTimeout(resolve));
          held.shift()!({ didTimeout: false, timeRemaining: () => 50 });
        }
        expect(held, 'idle work ends').to.deep.equal([]);
      },
    };
  }

  /**
   * The `test-facts` of `template`, given their facts once where each sits is known (the frame
   * after they are connected), with the page scrolled to the one at `reading` first.
   */
  async function drawn(template: ReturnType<typeof html>, reading = 0) {
    const holder = await fixture(template);
    const elements = [...holder.querySelectorAll('test-facts')] as TestFactsElement[];
    elements[reading].scrollIntoView();
    await nextFrame();
    await nextFrame();
    for (const el of elements) el.data = FACTS;
    await Promise.all(elements.map(rendered));
    return elements;
  }

  describe('far elements', () => {
    let idle: ReturnType<typeof holdIdle>;
    beforeEach(() => {
      idle = holdIdle();
    });
    afterEach(() => {
      idle.restore();
      window.scrollTo(0, 0);
    });

    it('skips the layout of an element first drawn more than a screen below the viewport, until the reader comes within a screen of it', async () => {
      const [above, near, far] = await drawn(
        html`<div>
        <test-facts></test-facts>
        <div style="height: 300vh"></div>
        <test-facts></test-facts>
        <div style="height: 300vh"></div>
        <test-facts></test-facts>
        <div style="height: 100vh"></div>
      </div>`,
        1,
      );
      expect(box(near).className).to.equal('root');
      // Far above is laid out: when the reader scrolls back up, growing from a placeholder would move the text in view.
      expect(box(above).className).to.equal('root');
      expect(box(far).className).to.equal('root far');
      expect(getComputedStyle(box(far)).contentVisibility).to.equal('auto');
      expect(height(far), 'a placeholder until then').to.not.equal(height(near));
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(height(far), 'holds 20rem for its content meanwhile').to.be.at.least(20 * rem);
      // Moved by the page (disconnected, then connected again in the same place): still waits to be near.
      far.replaceWith(far);
      // Within a screen's height below the view, still out of it: laid out in full, before the
      // reader sees it. WebKit left such content unmeasured (0 px) when the rule sat on the host,
      // not on the shadow's box.
      window.scrollBy(0, far.getBoundingClientRect().top - 1.5 * innerHeight);
      for (let frame = 0; frame < 30 && height(far) !== height(near); frame++) await nextFrame();
      expect(box(far).className).to.equal('root');
      expect(height(far)).to.equal(height(near));
      expect(height(far)).to.be.above(40);
      expect(far.getBoundingClientRect().top, 'still below the view').to.be.above(innerHeight);
      window.scrollTo(0, 0);
      await idle.run(); // nothing left to lay out
    });

    it('puts far an element that the widgets drawn above it push more than a screen down, before a frame has laid them out', async () => {
      // Both tags empty: the observer finds both near. Given their facts in one task, they render
      // in one slice (or in two, with a frame between): either way the second starts far down.
      const holder = await fixture(html`<div><test-facts></test-facts><test-facts></test-facts></div>`);
      const [tall, next] = [...holder.querySelectorAll('test-facts')] as TestFactsElement[];
      await nextFrame();
      await nextFrame();
      tall.data = { ...FACTS, title: 'A long title. '.repeat(1000) };
      next.data = FACTS;
      await Promise.all([tall, next].map(rendered));
      expect(box(tall).className).to.equal('root');
      expect(next.getBoundingClientRect().top).to.be.above(2 * innerHeight);
      expect(box(next).className).to.equal('root far');
      await idle.run();
    });

    it('lays a far element out in idle time, still out of view, so that its box is real wherever the reader jumps to', async () => {
      const [near, far, farther] = await drawn(html`<div>
      <test-facts></test-facts>
      <div style="height: 300vh"></div>
      <test-facts></test-facts>
      <test-facts></test-facts>
    </div>`);
      expect([far, farther].map((el) => box(el).className)).to.deep.equal(['root far', 'root far']);
      expect(idle.held.length, 'one idle callback for all far elements').to.equal(1);
      const scrolled = scrollY;
      await idle.run();
      for (let frame = 0; frame < 30 && height(farther) !== height(near); frame++) await nextFrame();
      expect([far, farther].map((el) => box(el).className)).to.deep.equal(['root', 'root']);
      expect([height(far), height(farther)]).to.deep.equal([height(near), height(near)]);
      expect(far.getBoundingClientRect().top, 'still below the view').to.be.above(innerHeight);
      expect(scrollY, 'the reader has not moved').to.equal(scrolled);
    });

    it('stops laying out in idle time an element taken off the page', async () => {
      const [, far] = await drawn(html`<div><test-facts></test-facts><div style="height: 300vh"></div><test-facts></test-facts></div>`);
      expect(box(far).className).to.equal('root far');
      far.remove();
      await idle.run();
      await nextFrame();
      expect(box(far).className, 'not drawn again off the page').to.equal('root far');
    });
  });

  it('lays an element first drawn while not shown (a closed tab) out in full the moment it is shown', async () => {
    const [shown, tab] = await drawn(html`<div><test-facts></test-facts><div hidden><test-facts></test-facts></div></div>`);
    expect(box(tab).className).to.equal('root');
    tab.parentElement!.hidden = false;
    expect(height(tab)).to.equal(height(shown));
  });

  it('lays an element first drawn in a closed <details> far down the page out in full the moment the reader opens it', async () => {
    const [shown, folded] = await drawn(
      html`<div><test-facts></test-facts><div style="height: 300vh"></div><details><summary>More</summary><test-facts></test-facts></details></div>`,
    );
    expect(box(folded).className).to.equal('root');
    folded.closest('details')!.open = true;
    expect(height(folded)).to.equal(height(shown));
  });
});
