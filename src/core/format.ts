/**
 * Formatting through one door: every date, number and list a reader sees goes through
 * these functions, which hand out cached `Intl` formatters per language.
 */

import { newTask, whenIdle } from './slice.js';

const cache = new Map<string, unknown>();
const cached = <T>(key: string, make: () => T): T => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
};

/** A BCP 47 tag Intl accepts: `lang` canonicalised, or `en` if it is not a valid tag. */
export function safeLocale(lang: string | null | undefined): string {
  if (!lang) return 'en';
  return cached(`c${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] || 'en';
    } catch {
      return 'en';
    }
  });
}

// Cache keys are short strings built from the few options the elements use, not a
// JSON.stringify of an options object on every call.

/** The formatter for dates of a precision, in UTC (a date's wall-clock time is formatted as if it were UTC). */
export const dateFormat = (lang: string, precision: DateParts['precision']) =>
  cached(`d${lang}${precision}`, () => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...OPTIONS[precision] }));

/** The formatter for numbers, with at most `digits` after the decimal sign (Intl's default is 3). */
export const numberFormat = (lang: string, digits = 3) =>
  cached(`n${lang}${digits}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }));

export const listFormat = (lang: string, type: 'conjunction' | 'disjunction' = 'conjunction') =>
  cached(`l${lang}${type}`, () => new Intl.ListFormat(lang, { type }));

export const pluralRules = (lang: string) => cached(`p${lang}`, () => new Intl.PluralRules(lang));

export const formatNumber = (n: number, lang: string, digits?: number) => numberFormat(lang, digits).format(n);

/**
 * `text` as a bidi isolate (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, as
 * Fluent does): a Latin name or a number inside an Arabic sentence, or Arabic data in an English
 * one, keeps its own direction and cannot reorder the words and punctuation around it, not even
 * with an override character of its own. Readers and screen readers do not see the marks.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** `text` without bidi isolates: for JSON-LD, files and the console. */
export const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** Items as a natural list in the reader's language ("A, B and C"), each item isolated. */
export const formatList = (items: string[], lang: string) => listFormat(lang).format(items.map(isolate));

/** How an amount is written: a count, a percentage, money (`unit` an ISO 4217 code), a number with another unit. */
export type AmountKind = 'count' | 'percent' | 'currency' | 'unit';

/** From a million on, counts and money read in words (`compact`: "1.6 billion" long, "1,6 млрд" short). */
const IN_WORDS = 1e6;

/**
 * Beyond what a newsroom writes out, a quadrillion and more or a non-zero billionth and less:
 * in scientific notation ("5E-324"), never 324 zeros or "1,000,000,000 trillion".
 */
const extreme = (n: number) => n !== 0 && !(Math.abs(n) < 1e15 && Math.abs(n) > 1e-9);

const amountFormat = (lang: string, kind: AmountKind, unit: string, words: '' | 'long' | 'short' | 'sci') =>
  cached(`a${lang}${kind}${unit}${words}`, () => {
    const options: Intl.NumberFormatOptions =
      kind === 'percent'
        ? { style: 'unit', unit: 'percent' }
        : kind === 'currency'
          ? { style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol' }
          : {};
    // Whole and decimal numbers keep the digits they were written with (0.0000004 stays that), to
    // 15 significant digits; in words, three ("1.62 billion").
    return new Intl.NumberFormat(lang, {
      ...options,
      ...(words === 'sci'
        ? { notation: 'scientific', maximumSignificantDigits: 3 }
        : words
          ? { notation: 'compact', compactDisplay: words, maximumSignificantDigits: 3 }
          : { maximumSignificantDigits: 15 }),
    });
  });

/**
 * An amount as a newsroom writes it: "9,000", "1.6 billion", "$40 billion", "−8.5%", "12 tanks".
 * `compact` says how the reader's language writes large numbers in words. Money in words keeps
 * its symbol and takes the long word where the language uses one ("$40 billion", not "$40B").
 */
export function formatAmount(n: number, lang: string, kind: AmountKind, unit = '', compact: 'long' | 'short' = 'long'): string {
  if (extreme(n)) return formatAmountInFull(n, lang, kind, unit);
  const words = (kind === 'count' || kind === 'currency' || kind === 'unit') && Math.abs(n) >= IN_WORDS ? compact : '';
  if (kind === 'currency' && words) {
    // Intl writes money in short words only ("$40B"): put the long word ("billion") in its place.
    const long = amountFormat(lang, 'count', '', words)
      .formatToParts(n)
      .find((part) => part.type === 'compact')?.value;
    return minus(
      amountFormat(lang, kind, unit, 'short')
        .formatToParts(n)
        .map((part, i, parts) => (part.type === 'compact' && long ? `${parts[i - 1]?.type === 'literal' ? '' : ' '}${long}` : part.value))
        .join(''),
    );
  }
  if (!words) return formatAmountInFull(n, lang, kind, unit);
  const text = minus(amountFormat(lang, 'count', '', words).format(n));
  return kind === 'unit' ? `${text} ${unit}` : text;
}

/** The amount written in full, for a title beside the words: "1,600,000,000". */
export function formatAmountInFull(n: number, lang: string, kind: AmountKind, unit = ''): string {
  // `|| 0`: a negative zero is zero ("0", not "−0").
  const text = minus(amountFormat(lang, kind === 'unit' ? 'count' : kind, unit, extreme(n) ? 'sci' : '').format(n || 0));
  return kind === 'unit' ? `${text} ${unit}` : text;
}

/** A minus sign as typeset (U+2212), not the hyphen some locales' data gives. */
const minus = (text: string) => text.replace(/-(?=[\d\u200e\u200f$€£¥₴₽])/g, '−');

/** A checked facts-format Date, taken apart. */
export interface DateParts {
  /** How much of the date is known. */
  precision: 'year' | 'month' | 'day' | 'time';
  /** The wall-clock time in the date's own zone, as if it were UTC (for formatting). */
  wall: Date;
  /** The instant (for sorting and comparing); the first moment of a partial date, in UTC. */
  instant: number;
  /** `+01:00`, `-05:00` or `Z` for date-times. */
  offset?: string;
}

/** Takes apart a date the checker accepted: `2022`, `2022-03`, `2022-03-03`, `2022-03-05T10:00:00+01:00`. */
export function parseDate(iso: string): DateParts {
  const [y, m = 1, d = 1, h = 0, mi = 0, s = 0] = iso.match(/\d+/g)!.slice(0, 6).map(Number);
  const wall = new Date(Date.UTC(y, m - 1, d, h, mi, s));
  wall.setUTCFullYear(y);
  if (iso.length <= 10) {
    const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
    return { precision, wall, instant: wall.getTime() };
  }
  const offset = iso.match(/(Z|[+-]\d\d:\d\d)$/)![1];
  const sign = offset === 'Z' ? 0 : offset[0] === '-' ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return { precision: 'time', wall, instant: wall.getTime() - minutes * 60_000, offset };
}

const OPTIONS: Record<DateParts['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'long' },
  time: { dateStyle: 'long', timeStyle: 'short' },
};

/** `UTC`, `UTC+01:00`: the zone a date-time was given in, never silently converted. */
export const zoneName = (offset: string) => (offset === 'Z' || /^[+-]00:00$/.test(offset) ? 'UTC' : `UTC${offset}`);

/**
 * A date as the reader's language writes it: "3 March 2022", "March 2022", "5 March 2022, 10:00
 * UTC+01:00". `withZone: false` leaves a date-time's zone out, where the page says it once.
 */
export function formatDate(iso: string, lang: string, withZone = true): string {
  const parts = parseDate(iso);
  const text = dateFormat(lang, parts.precision).format(parts.wall);
  return parts.offset && withZone ? `${text} ${zoneName(parts.offset)}` : text;
}

/**
 * A date range with what both ends share written once ("3–8 March 2022"), as
 * `Intl.DateTimeFormat#formatRange` does; ends of different precision or zones are
 * written in full, joined by an en dash.
 */
export function formatDateRange(start: string, end: string, lang: string): string {
  const a = parseDate(start);
  const b = parseDate(end);
  if (a.precision !== b.precision || a.offset !== b.offset) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  const text = dateFormat(lang, a.precision).formatRange(a.wall, b.wall);
  return a.offset ? `${text} ${zoneName(a.offset)}` : text;
}

/** Whose words a piece of a formatted range is: the start's, the end's, or both's. */
export type RangeSource = Intl.DateTimeRangeFormatPart['source'];

/**
 * `formatDateRange` in runs of `[text, source]`, so each end's own words can be marked up
 * (`timeSpan` in parts.ts puts a `<time>` on each): en-US "March 3 – 8, 2022" is
 * `["March ", shared] ["3", startRange] [" – ", shared] ["8", endRange] [", 2022", shared]`.
 * Ends that format alike come back as shared runs only.
 */
export function formatDateRangeToParts(start: string, end: string, lang: string, withZone = true): [string, RangeSource][] {
  const a = parseDate(start);
  const b = parseDate(end);
  if (a.precision !== b.precision || a.offset !== b.offset)
    return [
      [formatDate(start, lang, withZone), 'startRange'],
      [' – ', 'shared'],
      [formatDate(end, lang, withZone), 'endRange'],
    ];
  const runs: [string, RangeSource][] = [];
  for (const { value, source } of dateFormat(lang, a.precision).formatRangeToParts(a.wall, b.wall)) {
    const last = runs[runs.length - 1];
    if (last?.[1] === source) last[0] += value;
    else runs.push([value, source]);
  }
  if (a.offset && withZone) runs.push([` ${zoneName(a.offset)}`, 'shared']);
  return runs;
}

/**
 * The first calendar day a date covers (`last`: the last one), as `YYYY-MM-DD` in the date's
 * own zone, for comparing as strings: `2022` → `2022-01-01` / `2022-12-31`, `2022-02` →
 * `2022-02-01` / `2022-02-31` (not a real day, but it sorts right), a date-time → its day.
 */
export const dayOf = (iso: string, last?: boolean) => (iso + (last ? '-12-31' : '-01-01').slice(iso.length - 4)).slice(0, 10);

/** Days from `from` to `to` on the calendar (dates' own wall-clock days). */
export const daysBetween = (from: string, to: string) =>
  Math.round((parseDate(to).wall.setUTCHours(0, 0, 0, 0) - parseDate(from).wall.setUTCHours(0, 0, 0, 0)) / 86_400_000);

/** A language's name in the reader's language ("uk" → "Ukrainian"); the tag itself when Intl has no name for it. */
export function languageName(tag: string, lang: string): string {
  try {
    return cached(`ln${lang}`, () => new Intl.DisplayNames(lang, { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether two BCP 47 tags name the same language (primary subtags: `en-GB` and `en-US` do). */
export const sameLanguage = (a: string, b: string) => a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();

/** A country's name in the reader's language from its ISO 3166-1 code ("PL" → "Poland"); the code when Intl has none. */
export function regionName(code: string, lang: string): string {
  try {
    return cached(`rn${lang}`, () => new Intl.DisplayNames(lang, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Makes a language's number and date formatters ahead of its first render, one per task.
 * The first use of each loads ICU data (measured in Chromium here: numbers 22 ms, dates 11 ms,
 * date ranges 31 ms), which would otherwise all land in the first widget's render, one long task.
 */
export const warmUp = (lang: string) =>
  cached(`w${lang}`, async () => {
    for (const step of [
      () => formatNumber(9000, lang),
      () => formatDate('2022-03-03', lang),
      () => formatDateRange('2022-03-03', '2022-03-08', lang),
    ]) {
      await newTask();
      step();
    }
  });

let idle = false;
/**
 * warmUp() for the page's language in idle time, once: a widget created after the page has
 * settled (an app's route, a live blog's update) then renders without waiting for it. Widgets in
 * the page at load wait for it as before.
 */
export const warmUpWhenIdle = () => {
  // Not without a page (Node, rendering on the server with Lit's DOM shim).
  if (!idle && globalThis.document) whenIdle(() => warmUp(safeLocale(document.documentElement.lang)));
  idle = true;
};
