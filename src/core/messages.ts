/**
 * The words an element says itself (not the newsroom's data), one table per language.
 * English is built in; other languages register their tables. A missing key falls back
 * to the base language (`de-AT` → `de`), then to English.
 */
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
  'at most': 'at most {n}',
  range: '{min}–{max}',
  claimant: 'Who',
  figures: 'Figures',
  metric: 'Figure',
  timesHigher: '{n} times higher',
  more: '{n} more',
  same: 'the same',
  summaryFigures: '{who} disagree on the number {metric}: {values}.',
  summaryAgree: '{who} give the same number {metric}: {values}.',
  summaryClaims: '{who} make conflicting claims about {topic}.',
  versus: ' vs ',
  gap: 'Difference',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const tables = new Map<string, Partial<Messages>>([['en', en]]);

/** Adds (or extends) the table for a language, e.g. from a lazily loaded module. */
export function registerMessages(lang: string, table: Partial<Messages>) {
  tables.set(lang, { ...tables.get(lang), ...table });
}

/** The message `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: string, key: MessageKey, vars: Record<string, string> = {}): string {
  const text = tables.get(lang)?.[key] ?? tables.get(lang.split('-')[0])?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
