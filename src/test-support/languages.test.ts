/**
 * Every element speaks the reader's language: each element's every valid fixture, rendered in
 * each UI language but English, shows no English word of Claimkit's own (the `en` table), in its
 * text or in the names it gives screen readers. The data is shown as written, so its strings are
 * taken out of the text first; a word a language shares with English ("Status" in German) counts
 * only when that language's own table does not have it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/index.js';
import { valid as articleFacts } from '../components/article-facts/article-facts.fixtures.js';
import { valid as claimCompare, invalid as claimCompareInvalid } from '../components/claim-compare/claim-compare.fixtures.js';
import type { ClaimCompareData } from '../components/claim-compare/claim-compare.shape.js';
import { claimCompareView } from '../components/claim-compare/claim-compare.view.js';
import { valid as eventCard } from '../components/event-card/event-card.fixtures.js';
import { valid as eventTimeline } from '../components/event-timeline/event-timeline.fixtures.js';
import { valid as factCheck } from '../components/fact-check/fact-check.fixtures.js';
import { valid as quoteCard } from '../components/quote-card/quote-card.fixtures.js';
import { valid as tripItinerary } from '../components/trip-itinerary/trip-itinerary.fixtures.js';
import { en, loadMessages, type MessageTable } from '../core/messages.js';
import ar from '../messages/ar.js';
import de from '../messages/de.js';
import es from '../messages/es.js';
import fr from '../messages/fr.js';
import pl from '../messages/pl.js';
import ru from '../messages/ru.js';
import uk from '../messages/uk.js';
import { latin } from './element-tests.js';
import type { Fixture } from './fixture.js';

const LANGUAGES: Record<string, MessageTable> = { uk, ru, pl, de, fr, es, ar };
const ELEMENTS: Record<string, Fixture[]> = {
  'claim-compare': claimCompare,
  'event-card': eventCard,
  'event-timeline': eventTimeline,
  'quote-card': quoteCard,
  'fact-check': factCheck,
  'trip-itinerary': tripItinerary,
  'article-facts': articleFacts,
};

/** Text as words: letters only, lower case, between single spaces, so a phrase is found whole-word by `includes`. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;

/** The words of a message around its placeholders: "Show all ({n})" → ["show all"]. */
const pieces = (message: string) =>
  message
    .split(/\{\w+\}/)
    .map((piece) => words(piece).trim())
    .filter(Boolean);

/** Claimkit's English words: every piece of every `en` message (`compact` is a setting, not words). */
const english = [
  ...new Set(
    Object.entries(en)
      .filter(([key]) => key !== 'compact')
      .flatMap(([, message]) => pieces(message)),
  ),
];

/** Fields whose strings are codes, never shown as written (statuses, kinds, qualifiers, language and country codes). */
const CODES = new Set(['kind', 'status', 'qualifier', 'language', 'countryCode', 'url']);

/** The data's own strings, as words, longest first; a string with placeholders ("Day {n} of the invasion") by its pieces. */
function dataWords(data: unknown, found = new Set<string>()): Set<string> {
  if (typeof data === 'string') for (const piece of pieces(data)) found.add(piece);
  else if (Array.isArray(data)) for (const item of data) dataWords(item, found);
  else if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) if (!CODES.has(key)) dataWords(value, found);
  return found;
}

/** What the element shows and names, one text per text node or accessible-name attribute, shadow roots included. */
function* texts(root: Node): Generator<string> {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) yield (node as Text).data;
    else if (node instanceof Element && node.localName !== 'style' && node.localName !== 'script') {
      for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'])
        if (node.hasAttribute(name)) yield node.getAttribute(name)!;
      yield* texts(node);
    }
  }
  if (root instanceof Element && root.shadowRoot) yield* texts(root.shadowRoot);
}

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

/** Resolves once `el` and every element nested in its shadow root (`<article-facts>`' sections) have rendered. */
async function settled(el: Rendered): Promise<void> {
  await el.updateComplete;
  const nested = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((child): child is Rendered => 'updateComplete' in child);
  await Promise.all(nested.map(settled));
}

/** The English words `el` shows that `table` does not have, each with the text it was found in. */
function englishIn(el: Element, data: unknown, table: MessageTable): string[] {
  const own = words(Object.values(table).join(' | '));
  const strings = [...dataWords(data)].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (const text of texts(el)) {
    let rest = words(text);
    for (const piece of strings) while (rest.includes(` ${piece} `)) rest = rest.replace(` ${piece} `, ' ');
    const here = english.filter((word) => rest.includes(` ${word} `) && !own.includes(` ${word} `));
    // "is" is not said again when "this content is unavailable" is.
    for (const word of here)
      if (!here.some((longer) => longer !== word && ` ${longer} `.includes(` ${word} `))) found.push(`"${word}" in "${text.trim()}"`);
  }
  return found;
}

async function render(tag: string, data: unknown, lang: string, width = 800) {
  const holder = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = Object.assign(document.createElement(tag), { data }) as unknown as Rendered;
  el.setAttribute('lang', lang);
  el.setAttribute('theme', 'light');
  holder.append(el);
  await settled(el);
  return el;
}

describe('no English words of Claimkit’s own in another language', () => {
  for (const [lang, table] of Object.entries(LANGUAGES))
    describe(lang, () => {
      for (const [tag, fixtures] of Object.entries(ELEMENTS))
        it(`<${tag}>: every valid fixture`, async function () {
          this.timeout(60000);
          const found: string[] = [];
          for (const f of fixtures) {
            const el = await render(tag, f.data, lang, f.width);
            found.push(...englishIn(el, f.data, table).map((word) => `${f.name}: ${word}`));
            el.parentElement!.remove();
          }
          expect(found).to.deep.equal([]);
        });

      it('the notice for data that cannot be shown, with no fallback', async () => {
        const original = console.error;
        console.error = () => {};
        try {
          const { data } = claimCompareInvalid[0];
          const el = await render('claim-compare', data, lang);
          expect(el.shadowRoot!.querySelector('.notice'), 'no notice').to.not.equal(null);
          expect(englishIn(el, data, table)).to.deep.equal([]);
        } finally {
          console.error = original;
        }
      });
    });
});

describe('multiples and percentage points in each language’s plural forms', () => {
  /** The gap sentence for Kyiv's figure `a` against Moscow's `b`, as read (isolates out, Western digits). */
  const gap = (a: object, b: object, lang: string) => {
    const claim = (name: string, figure: object) => ({ claimant: { name }, statement: 'x', figures: [{ metric: 'm', ...figure }] });
    const view = claimCompareView({ topic: 'T', claims: [claim('Kyiv', a), claim('Moscow', b)] } as ClaimCompareData, lang);
    return latin(view.rows[0].gap!);
  };
  const [twice, thrice, eighteen, range, points2, points5] = [
    [{ value: 2000 }, { value: 1000 }],
    [{ value: 3000 }, { value: 1000 }],
    [{ value: 9000 }, { value: 498 }],
    // 1.5 to 2 times: a range, never "twice".
    [{ min: 3000, max: 4000 }, { value: 2000 }],
    [
      { value: 37, unit: '%' },
      { value: 35, unit: '%' },
    ],
    [
      { value: 40, unit: '%' },
      { value: 35, unit: '%' },
    ],
  ];
  const cases: [string, object[], string][] = [
    ['ar', twice, 'الرقم الذي يذكره Kyiv أعلى بمرتين من الرقم الذي يذكره Moscow (بفارق 1,000).'],
    ['ar', thrice, 'الرقم الذي يذكره Kyiv أعلى بـ3 مرات من الرقم الذي يذكره Moscow (بفارق 2,000).'],
    ['ar', eighteen, 'الرقم الذي يذكره Kyiv أعلى بـ18 مرة من الرقم الذي يذكره Moscow (بفارق 8,502).'],
    ['ar', range, 'الرقم الذي يذكره Kyiv أعلى بـ1.5–2 مرة من الرقم الذي يذكره Moscow (بفارق 1,000–2,000).'],
    ['ar', points2, 'الرقم الذي يذكره Kyiv أعلى بمقدار نقطتين مئويتين من الرقم الذي يذكره Moscow.'],
    ['ar', points5, 'الرقم الذي يذكره Kyiv أعلى بمقدار 5 نقاط مئوية من الرقم الذي يذكره Moscow.'],
    ['pl', twice, 'Kyiv podaje liczbę 2 razy większą niż Moscow (różnica: 1000).'],
    ['pl', range, 'Kyiv podaje liczbę 1,5–2 razy większą niż Moscow (różnica: 1000–2000).'],
    ['pl', points2, 'Kyiv podaje liczbę o 2 punkty procentowe wyższą niż Moscow.'],
    ['pl', points5, 'Kyiv podaje liczbę o 5 punktów procentowych wyższą niż Moscow.'],
    ['fr', eighteen, 'Le chiffre avancé par Kyiv est 18 fois supérieur à celui avancé par Moscow (8 502 de plus).'],
    ['fr', points2, 'Le chiffre avancé par Kyiv est plus élevé que celui avancé par Moscow : 2 points de pourcentage de plus.'],
    ['es', eighteen, 'Kyiv da una cifra 18 veces mayor que Moscow (8502 más).'],
    ['es', points5, 'Kyiv da 5 puntos porcentuales más que Moscow.'],
  ];
  before(() => Promise.all(['ar', 'pl', 'fr', 'es'].map(loadMessages)));
  for (const [lang, [a, b], sentence] of cases)
    it(`${lang}: ${sentence}`, () => {
      expect(gap(a, b, lang)).to.equal(sentence);
    });
});
