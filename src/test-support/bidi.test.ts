/**
 * Bidirectional text, checked from layout: where the browser draws each character, not what the
 * DOM holds. The newsroom's strings (names, questions, statements, places) keep their own
 * direction inside the element's words, in a right-to-left element with left-to-right data and
 * the reverse, and a direction override in the data cannot reorder the element's own sentence.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/index.js';
import { formatNumber } from '../core/format.js';
import { loadMessages } from '../core/messages.js';
import { seedStory, translations } from './seed.js';

const arabic = translations.find((t) => t.lang === 'ar')!.story;

/** Renders `tag` with `data` in `lang`, 1,400 px wide so that no sentence wraps. */
async function render(tag: string, data: unknown, lang: string) {
  const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: 1400px"></div>`);
  const el = Object.assign(document.createElement(tag), { data }) as unknown as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('lang', lang);
  el.setAttribute('theme', 'light');
  holder.append(el);
  await el.updateComplete;
  return el;
}

/** Every text node under `root`, shadow roots included. */
function* textNodes(root: Node): Generator<Text> {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) yield node as Text;
    else if (node.nodeType === Node.ELEMENT_NODE) yield* textNodes(node);
  }
  if (root instanceof Element && root.shadowRoot) yield* textNodes(root.shadowRoot);
}

/**
 * The box of the `at`th character of the first occurrence of `needle` in a text node of the
 * part matched by `selector` (`at` may be negative: from the end).
 */
function charBox(el: Element, selector: string, needle: string, at = 0): DOMRect {
  const parts = [...el.shadowRoot!.querySelectorAll(selector)];
  for (const node of parts.flatMap((part) => [...textNodes(part)])) {
    const index = node.data.indexOf(needle);
    if (index < 0) continue;
    const offset = index + (at < 0 ? needle.length + at : at);
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" is not in ${selector}: ${parts.map((part) => part.textContent).join(' | ')}`);
}

/** `a` is drawn left of `b`, on the same line. */
function leftOf(a: DOMRect, b: DOMRect, what: string) {
  expect(Math.abs(a.top - b.top), `${what}: on one line`).to.be.below(a.height / 2);
  expect(a.left, what).to.be.below(b.left);
}

describe('bidi: left-to-right data in a right-to-left element', () => {
  before(() => loadMessages('ar'));
  const comparison = seedStory.comparisons[0];

  it('a question keeps its question mark at its end (on the right)', async () => {
    const el = await render('claim-compare', comparison, 'ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    leftOf(charBox(el, '.question', 'How'), charBox(el, '.question', '?', -1), '"How" before "?"');
  });

  it("a statement keeps its full stop after its last word, and its numbers' digits in order", async () => {
    const el = await render('claim-compare', comparison, 'ar');
    const statement = '.claim:nth-child(2) .statement';
    leftOf(charBox(el, statement, 'injured'), charBox(el, statement, '.', -1), '"injured" before "."');
    leftOf(charBox(el, statement, '1,597', 0), charBox(el, statement, '1,597', -1), '1,597 left to right');
  });

  it('names in the Arabic summary stay whole and in reading order, right to left', async () => {
    const el = await render('claim-compare', comparison, 'ar');
    // The first claimant is read first: on the right, and each name reads left to right.
    leftOf(
      charBox(el, '.summary', 'Russian Defence Ministry'),
      charBox(el, '.summary', 'Volodymyr Zelenskyy'),
      'second name left of the first',
    );
    leftOf(charBox(el, '.summary', 'Volodymyr'), charBox(el, '.summary', 'Zelenskyy'), 'a name left to right');
    // Digits as the browser writes them for ar (WebKit: Arabic-Indic).
    leftOf(
      charBox(el, '.summary', formatNumber(498, 'ar')),
      charBox(el, '.summary', formatNumber(9000, 'ar')),
      'second figure left of the first',
    );
  });

  it('a claimant in the table and a place in an event keep their own order', async () => {
    const el = await render('claim-compare', comparison, 'ar');
    leftOf(charBox(el, 'th', 'Russian'), charBox(el, 'th', 'Ministry'), 'a row header left to right');
    // A list of Latin place names in Arabic words: the first place is read first, on the right.
    const event = await render('event-card', seedStory.events[0], 'ar');
    leftOf(charBox(event, 'dd', 'Poland'), charBox(event, 'dd', 'Belgium'), 'second place left of the first');
  });
});

describe('bidi: right-to-left data in a left-to-right element', () => {
  it('an Arabic statement keeps its full stop at its end (on the left)', async () => {
    const el = await render('claim-compare', arabic.comparisons[0], 'en');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal('ltr');
    const statement = el.shadowRoot!.querySelector('.claim .statement')!.textContent!.trim();
    leftOf(
      charBox(el, '.claim .statement', '.', -1),
      charBox(el, '.claim .statement', statement.slice(0, 1)),
      '"." left of the first letter',
    );
  });

  it('Arabic names in the English summary are read in the English order', async () => {
    const el = await render('claim-compare', arabic.comparisons[0], 'en');
    const [a, b] = (arabic.comparisons[0].claims as { claimant: { name: string } }[]).map((claim) => claim.claimant.name);
    leftOf(charBox(el, '.summary', a), charBox(el, '.summary', b), 'first name left of the second');
    leftOf(charBox(el, '.summary', b), charBox(el, '.summary', 'disagree'), 'the names before "disagree"');
  });
});

describe('bidi: an override character in the data', () => {
  it('cannot reverse the sentence around it', async () => {
    const spoofed = structuredClone(comparisonWith('\u202EKyiv'));
    const el = await render('claim-compare', spoofed, 'en');
    const summary = '.summary';
    leftOf(charBox(el, summary, 'disagree'), charBox(el, summary, 'killed'), '"disagree" before "killed"');
    leftOf(charBox(el, summary, '9,000', 0), charBox(el, summary, '9,000', -1), '9,000 left to right');
    leftOf(charBox(el, summary, '9,000'), charBox(el, summary, '498'), '9,000 before 498');
  });
});

/** The seed comparison with the first claimant renamed. */
function comparisonWith(name: string) {
  const data = structuredClone(seedStory.comparisons[0]) as { claims: { claimant: { name: string } }[] };
  data.claims[0].claimant.name = name;
  return data;
}
