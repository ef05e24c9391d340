/**
 * Narrow columns: at 320 px, the long words of a German newsroom's names ("Russisches
 * Verteidigungsministerium") wrap between words, never inside one, in the claimant's panel and
 * in the figures table; checked from layout (each word's boxes on one line).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/index.js';
import { loadMessages } from '../core/messages.js';
import { translations } from './seed.js';

const german = translations.find((t) => t.lang === 'de')!.story;

/** The lines the first occurrence of `word` in `part` is drawn on (1 when it is not broken). */
function linesOf(part: Element, word: string) {
  const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }
  throw new Error(`"${word}" is not in ${part.textContent}`);
}

describe('narrow columns', () => {
  before(() => loadMessages('de'));

  it('at 320 px, German names break between words, not inside them', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = Object.assign(document.createElement('claim-compare'), { data: german.comparisons[0] }) as unknown as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('lang', 'de');
    holder.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const words = ['Verteidigungsministerium', 'Selenskyj'];
    for (const selector of ['.claim .who', 'table th'])
      for (const part of root.querySelectorAll(selector))
        for (const word of words.filter((w) => part.textContent!.includes(w)))
          expect(linesOf(part, word), `${word} in ${selector}`).to.equal(1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320.5);
    expect(getComputedStyle(root.querySelector('.root')!).hyphens).to.equal('auto');
  });
});
