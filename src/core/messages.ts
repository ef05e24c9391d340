/**
 * The words an element says itself (not the newsroom's data), one table per language.
 * English is built in; uk, ru, pl, de, fr, es and ar are loaded when a page needs them, and a
 * newsroom adds a language or its own words with registerMessages(). A missing key falls back
 * to the base language (`de-AT` → `de`), then to English. src/core/messages.node-test.ts keeps
 * every table whole: every key, a plural form for every category, the English placeholders.
 */
import { isolate, pluralRules, safeLocale } from './format.js';

export const en = {
  unavailable: 'This content is unavailable.',
  notStated: 'not stated',
  sources: 'Sources',
  source: 'Source',
  updates: 'Updates',
  asOf: 'As of {date}',
  said: 'said on {date}',
  status: 'Status',
  unverified: 'Unverified',
  disputed: 'Disputed',
  confirmed: 'Confirmed',
  false: 'False',
  misleading: 'Misleading',
  exact: '{n}',
  approximately: 'about {n}',
  'at least': 'at least {n}',
  'more than': 'more than {n}',
  'at most': 'at most {n}',
  'fewer than': 'fewer than {n}',
  /** How large numbers read in words: `long` ("1.6 billion") or `short` ("1,6 млрд"). */
  compact: 'long',
  claimant: 'Who',
  figures: 'Figures',
  metric: 'Figure',
  markFalse: 'rated false',
  markMisleading: 'rated misleading',
  noUnit: 'no unit',
  unitsDiffer: 'Not set against each other: “{metric}” is given in {units}.',
  // How far apart two figures are. `times` takes the ratio; `aboutX` and `atLeastX` qualify a
  // whole phrase; `more` and `higher` (for percentages) take the difference.
  times: '{n} times',
  'times.one': '{n} time',
  timesUpTo: 'up to {n} times',
  'timesUpTo.one': 'up to {n} time',
  aboutX: 'about {x}',
  atLeastX: 'at least {x}',
  more: '{n} more',
  higher: '{n} higher',
  points: '{n} percentage points',
  'points.one': '{n} percentage point',
  gapTimes: 'The figure from {high} is {times} that from {low} ({diff} more).',
  gapTimesOnly: 'The figure from {high} is {times} that from {low}.',
  gapMore: 'The figure from {high} is {more} than that from {low}.',
  gapSame: '{who} give the same figure.',
  /** Before a gap sentence when three or more claimants state the metric. */
  gapEnds: 'Highest against lowest: ',
  /** A metric inside a sentence: a count's, one read without "of" ("killed"), an amount's. */
  metricCount: 'the number of {metric}',
  metricParticiple: 'the number {metric}',
  metricAmount: '{metric}',
  summaryFigures: '{who} disagree on {metric}: {values}.',
  summaryAgree: '{who} agree on {metric}: {values}.',
  summaryClaims: '{who} make conflicting claims.',
  versus: ' vs ',
  gap: 'Difference',
  original: 'Original in {lang}',
  translatedFrom: 'Translated from {lang}',
  verdict: 'Verdict',
  claim: 'Claim',
  scale: '{value} on a scale of {worst} to {best}',
  checkedByOn: 'Checked by {who} on {date}',
  checkedBy: 'Checked by {who}',
  checkedOn: 'Checked on {date}',
  scheduled: 'Scheduled',
  ongoing: 'Ongoing',
  concluded: 'Concluded',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  when: 'When',
  where: 'Where',
  participants: 'Who',
  addToCalendar: 'Add to calendar',
  showAll: 'Show all ({n})',
  timesIn: 'Times are in {zone}.',
  toOldest: 'Jump to the oldest',
  toNewest: 'Jump to the newest',
  tripBy: 'Trip by {name}',
  until: 'Until {date}',
  meetings: 'Meetings: {who}',
  stops: 'Stops',
  inCountry: ', {country}',
  sectionEvents: 'What happened',
  sectionComparisons: 'Disputed claims',
  sectionQuotes: 'What they said',
  sectionFactChecks: 'Fact checks',
  sectionItineraries: 'Journeys',
  sectionTimeline: 'Timeline',
} as const;

/** A message's name (its plural forms, `times.one`, aside). */
export type MessageKey = Exclude<keyof typeof en, `${string}.${string}`>;
export type Messages = Record<MessageKey, string>;

/**
 * The messages `t()` is given a count for, so that it picks the count's plural form. A table
 * has a form for every plural category its language uses (`times.few`…; the plain key is
 * `other`), but for the keys in COUNT_INVARIANT.
 */
export const COUNTED = ['times', 'timesUpTo', 'points', 'showAll'] as const;
export type CountedKey = (typeof COUNTED)[number];
/**
 * Counted messages whose plain form reads right for every count in every language: "Show all
 * (14)" has its number in brackets. They take the count all the same, so that a newsroom's own
 * words may have forms ("Pokaż wszystkie 14 wydarzeń").
 */
export const COUNT_INVARIANT: readonly CountedKey[] = ['showAll'];

/**
 * A language's table: any key, plus plural forms of counted keys as `key.one`, `key.few`,
 * `key.many`… (Intl.PluralRules categories), chosen when `t()` is given a count.
 */
export type MessageTable = Partial<Messages> & { [plural in `${CountedKey}.${Intl.LDMLPluralRule}`]?: string };

const tables = new Map<string, MessageTable>([['en', en]]);

/**
 * Adds a language, or words of a newsroom's own, to the words elements say: `registerMessages('pt',
 * { notStated: 'não indicado' })`, `registerMessages('en', { sources: 'Sourced from' })`. The words
 * win over Claimkit's own for that language, even over a table Claimkit loads later; keys not
 * given keep Claimkit's words (or English). Call it before the elements render.
 */
export function registerMessages(lang: string, table: MessageTable) {
  const tag = safeLocale(lang);
  tables.set(tag, { ...tables.get(tag), ...table });
}

/**
 * The languages Claimkit speaks besides English, each a small module loaded the first time
 * an element on the page needs it (a separate chunk in the CDN build).
 */
const loaders: Record<string, () => Promise<{ default: MessageTable }>> = {
  ar: () => import('../messages/ar.js'),
  de: () => import('../messages/de.js'),
  es: () => import('../messages/es.js'),
  fr: () => import('../messages/fr.js'),
  pl: () => import('../messages/pl.js'),
  ru: () => import('../messages/ru.js'),
  uk: () => import('../messages/uk.js'),
};
const loading = new Map<string, Promise<void>>();
/** The languages whose table is here (a newsroom's words for one do not make it so). */
const loaded = new Set(['en']);

/**
 * Loads the table for `lang` if Claimkit has one that is not here yet. Returns undefined
 * when there is nothing to wait for; a table that fails to load leaves English in place.
 */
export function loadMessages(lang: string): Promise<void> | undefined {
  const base = lang.split('-')[0].toLowerCase();
  if (loaded.has(base) || !loaders[base]) return undefined;
  if (!loading.has(base))
    loading.set(
      base,
      loaders[base]().then(
        (module) => {
          // A newsroom's words registered meanwhile win over Claimkit's.
          tables.set(base, { ...module.default, ...tables.get(base) });
          loaded.add(base);
        },
        () => void loaded.add(base),
      ),
    );
  return loading.get(base);
}

/** What `t()` picks a plural form for: a number, or a range's two ends ("4–8.1 times"). */
export type Count = number | readonly [number, number];

/**
 * The plural category of a count in `lang`; a range's is the range's own (Intl's
 * `selectRange`): Arabic "1.5–2 times" is `other`, never the dual its 2 alone would take.
 */
function categoryOf(lang: string, count: Count) {
  const rules = pluralRules(lang) as Intl.PluralRules & { selectRange?(start: number, end: number): Intl.LDMLPluralRule };
  return typeof count === 'number' ? rules.select(count) : (rules.selectRange?.(count[0], count[1]) ?? rules.select(count[1]));
}

/** `key` in `table`: its plural form in `category`, else its plain form. */
const lookup = (table: MessageTable | undefined, key: MessageKey, category?: string) =>
  table && ((category && table[`${key}.${category}` as keyof MessageTable]) || table[key]);

/**
 * The message `key` in `lang` (then its base language, then English), with `{name}`
 * placeholders filled from `vars`; with `count`, the plural form that count takes in `lang`
 * (words that fall back to English take English's). Only COUNTED keys take a count.
 * Each filled placeholder is a bidi isolate (`isolate()` in format.ts).
 */
export function t(lang: string, key: MessageKey, vars?: Record<string, string>): string;
export function t(lang: string, key: CountedKey, vars: Record<string, string>, count: Count): string;
export function t(lang: string, key: MessageKey, vars: Record<string, string> = {}, count?: Count): string {
  // Called for every word of every render: no arrays or closures made just to look a word up.
  const category = count === undefined ? undefined : categoryOf(lang, count);
  const text =
    lookup(tables.get(lang), key, category) ||
    lookup(tables.get(lang.split('-')[0].toLowerCase()), key, category) ||
    lookup(tables.get('en'), key, count === undefined ? undefined : categoryOf('en', count)) ||
    en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (vars[name] == null ? '' : isolate(vars[name])));
}
