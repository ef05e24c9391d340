/**
 * The seed story (examples/seed-article.json) and its translations, for the fixtures: every
 * element's stories and tests show it in each UI language with data written in that language,
 * as a Ukrainian, Russian, Polish, German, French, Spanish or Arabic newsroom would publish it.
 */

import ar from '../../examples/seed-article.ar.json';
import de from '../../examples/seed-article.de.json';
import es from '../../examples/seed-article.es.json';
import fr from '../../examples/seed-article.fr.json';
import en from '../../examples/seed-article.json';
import pl from '../../examples/seed-article.pl.json';
import ru from '../../examples/seed-article.ru.json';
import uk from '../../examples/seed-article.uk.json';
import type { Fixture } from './fixture.js';

export type SeedStory = typeof en;

/** The seed story in English: the showcase and the data most tests start from. */
export const seedStory: SeedStory = en;

/** The seed story in each UI language besides English, with the language's name for fixture names and descriptions. */
export const translations = [
  { lang: 'uk', name: 'ukrainian', language: 'Ukrainian', story: uk as SeedStory },
  { lang: 'ru', name: 'russian', language: 'Russian', story: ru as SeedStory },
  { lang: 'pl', name: 'polish', language: 'Polish', story: pl as SeedStory },
  { lang: 'de', name: 'german', language: 'German', story: de as SeedStory },
  { lang: 'fr', name: 'french', language: 'French', story: fr as SeedStory },
  { lang: 'es', name: 'spanish', language: 'Spanish', story: es as SeedStory },
  { lang: 'ar', name: 'arabic', language: 'Arabic', story: ar as SeedStory },
] as const;

/**
 * One fixture per translation: `pick` chooses the element's part of the story. `what` names that
 * part for the description ("The casualty figures").
 */
export const inEveryLanguage = (what: string, pick: (story: SeedStory) => unknown): Fixture[] =>
  translations.map(({ lang, name, language, story }) => ({
    name,
    title: `${what}, as a ${language} newsroom publishes it: the data written in ${language}, on a page with lang="${lang}", so dates, numbers and the element’s own words are ${language} too${lang === 'ar' ? ', right to left' : ''}.`,
    data: pick(story),
    lang,
  }));

/** Each element with its part of the seed story, `<article-facts>` (the whole story) last. */
export const seedWidgets: [tag: string, data: unknown][] = [
  ['claim-compare', en.comparisons[0]],
  ['event-card', en.events[0]],
  ['event-timeline', en.timeline],
  ['quote-card', en.quotes[0]],
  ['fact-check', en.factChecks[0]],
  ['trip-itinerary', en.itineraries[0]],
  ['article-facts', en],
];
