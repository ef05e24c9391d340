/**
 * The words an element says itself (not the newsroom's data), one table per language.
 * English is built in; other languages register their tables. A missing key falls back
 * to the base language (`de-AT` → `de`), then to English.
 */
import { pluralRules } from './format.js';

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
  timesUpTo: 'up to {n} times',
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

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/**
 * A language's table: any key, plus plural forms as `key.one`, `key.few`, `key.many`…
 * (Intl.PluralRules categories), chosen when `t()` is given a count.
 */
export type MessageTable = Partial<Messages> & { [plural in `${MessageKey}.${Intl.LDMLPluralRule}`]?: string };

const tables = new Map<string, MessageTable>([['en', en]]);

/** Adds (or extends) the table for a language, e.g. from a lazily loaded module. */
export function registerMessages(lang: string, table: MessageTable) {
  tables.set(lang, { ...tables.get(lang), ...table });
}

/**
 * The languages Claimkit speaks besides English, each a small module loaded the first time
 * an element on the page needs it (a separate chunk in the CDN build).
 */
const loaders: Record<string, () => Promise<{ default: MessageTable }>> = {
  ar: () => import('../messages/ar.js'),
  de: () => import('../messages/de.js'),
  ru: () => import('../messages/ru.js'),
  uk: () => import('../messages/uk.js'),
};
const loading = new Map<string, Promise<void>>();

/**
 * Loads the table for `lang` if Claimkit has one that is not here yet. Returns undefined
 * when there is nothing to wait for; a table that fails to load leaves English in place.
 */
export function loadMessages(lang: string): Promise<void> | undefined {
  const base = lang.split('-')[0].toLowerCase();
  if (tables.has(base) || !loaders[base]) return undefined;
  if (!loading.has(base))
    loading.set(
      base,
      loaders[base]().then(
        (module) => registerMessages(base, module.default),
        () => registerMessages(base, {}),
      ),
    );
  return loading.get(base);
}

/**
 * The message `key` in `lang` (then its base language, then English), with `{name}`
 * placeholders filled from `vars`; with `count`, the plural form that count takes in `lang`.
 */
export function t(lang: string, key: MessageKey, vars: Record<string, string> = {}, count?: number): string {
  // Called for every word of every render: no arrays or closures made just to look a word up.
  const own = tables.get(lang);
  const base = tables.get(lang.split('-')[0].toLowerCase());
  const plural = count === undefined ? undefined : (`${key}.${pluralRules(lang).select(count)}` as const);
  const text = (plural && (own?.[plural] || base?.[plural])) || own?.[key] || base?.[key] || en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
