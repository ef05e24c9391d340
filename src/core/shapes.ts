/**
 * The facts format's shared value types (spec: "Shared value types"), as shapes.
 * Element data shapes are built from these in each element's folder.
 */
import { array, boolean, date, enumOf, type Infer, number, object, type Rule, text, url } from './shape.js';

export const actor = object(
  { name: text() },
  {
    role: text(),
    affiliation: text(),
    kind: enumOf(['person', 'organization']),
    url: url(),
  },
  { shorthand: 'name', description: 'A person or organisation; a string is shorthand for { "name": … }.' },
);

export const place = object(
  { name: text() },
  {
    country: text(),
    countryCode: text({ pattern: '^[A-Z]{2}$', expected: 'a two-letter ISO 3166-1 country code like "UA"' }),
    lat: number({ minimum: -90, maximum: 90 }),
    lon: number({ minimum: -180, maximum: 180 }),
  },
  { shorthand: 'name', description: 'A place; a string is shorthand for { "name": … }.' },
);

export const source = object(
  { name: text() },
  { url: url(), date: date() },
  { shorthand: 'name', description: 'Where a fact comes from; a string is shorthand for { "name": … }.' },
);

/** How figures' metrics are matched: case, spacing and Unicode forms do not matter ("Killed" is "killed"). */
export const metricKey = (metric: string) => metric.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export const figure = object(
  { metric: text({ description: 'What is counted or measured, e.g. "killed", "GDP growth".' }) },
  {
    value: number(),
    min: number(),
    max: number(),
    unit: text({
      description:
        'No unit: a count (never negative). "%": a percentage; an ISO 4217 code ("USD", "UAH"): money; anything else ("tanks") is written after the number.',
    }),
    qualifier: enumOf(['exact', 'approximately', 'at least', 'more than', 'at most', 'fewer than'], {
      description: 'How the value is meant; a range ("min"–"max") takes only "exact" or "approximately".',
    }),
    phrase: text({
      description: 'The metric as a sentence names it, e.g. "the number of civilians killed"; by default derived from "metric".',
    }),
  },
  {
    oneOf: [['value'], ['min', 'max']],
    requiredTogether: [['min', 'max']],
    rules: [
      {
        description: 'A figure without a unit is a count: "value", "min" and "max" are at least 0.',
        test: (f) => {
          if (f.unit !== undefined) return undefined;
          const key = ['value', 'min', 'max'].find((k) => (f[k] as number) < 0);
          return key ? [key, `expected a number of at least 0 (a count: a figure without a unit), got the number ${f[key]}`] : undefined;
        },
      },
      {
        description: '"min" must not be above "max".',
        test: (f) =>
          (f.min as number) > (f.max as number)
            ? ['min', `expected "min" to be at most "max" (${f.max}), got the number ${f.min}`]
            : undefined,
      },
      {
        description: 'A range takes no "at least", "more than", "at most" or "fewer than".',
        test: (f) =>
          f.min !== undefined && f.qualifier !== undefined && f.qualifier !== 'exact' && f.qualifier !== 'approximately'
            ? ['qualifier', `expected "exact" or "approximately" with a range ("min"–"max"), got the string "${f.qualifier}"`]
            : undefined,
      },
    ],
    description:
      'A quantity someone claims: "value", or a range "min"–"max", with a unit when it is not a count, and how it is meant ("qualifier").',
  },
);

export const claimStatus = enumOf(['unverified', 'disputed', 'confirmed', 'false', 'misleading']);

export const update = object({ date: date(), text: text() }, {});

/** Every element's data may carry a corrections and updates log. */
export const updates = array(update, { description: 'Corrections and updates, shown newest first.' });

/**
 * Whether Date `a` lies wholly before Date `b` (both already checked): two date-times by
 * instant; otherwise by calendar at the coarser precision of the two, so `2022-03` is not
 * before `2022-03-05`, and a date-time counts on its own wall-clock day.
 */
export const dateBefore = (a: string, b: string) => {
  if (a.length > 10 && b.length > 10) return Date.parse(a) < Date.parse(b);
  const n = Math.min(a.length, b.length, 10);
  return a.slice(0, n) < b.slice(0, n);
};

/** A rule: the Date at `later` must not be before the Date at `earlier` (an `end` before its `start`). */
export const notBefore = (later: string, earlier: string): Rule => ({
  description: `"${later}" must not be before "${earlier}".`,
  test: (o) =>
    o[later] !== undefined && o[earlier] !== undefined && dateBefore(o[later] as string, o[earlier] as string)
      ? [later, `expected "${later}" not to be before "${earlier}" (${o[earlier]}), got the string ${JSON.stringify(o[later])}`]
      : undefined,
});

export const claim = object(
  { claimant: actor, statement: text() },
  {
    quote: boolean({ description: 'The statement is verbatim.' }),
    date: date(),
    figures: array(figure, { description: 'At most one figure per metric and unit.' }),
    source,
    status: claimStatus,
  },
  {
    rules: [
      {
        description: 'A claimant gives at most one figure per metric (matched without regard to case or spacing) and unit.',
        test: (c) => {
          const seen = new Set<string>();
          const figures = (c.figures ?? []) as { metric: string; unit?: string }[];
          for (const [i, f] of figures.entries()) {
            const key = `${metricKey(f.metric)}\0${f.unit ?? ''}`;
            if (seen.has(key))
              return [['figures', i, 'metric'], `expected one figure per metric from a claimant, got a second for "${f.metric}"`];
            seen.add(key);
          }
          return undefined;
        },
      },
    ],
  },
);

export type Actor = Infer<typeof actor>;
export type Place = Infer<typeof place>;
export type Source = Infer<typeof source>;
export type Figure = Infer<typeof figure>;
export type ClaimStatus = Infer<typeof claimStatus>;
export type Update = Infer<typeof update>;
export type Claim = Infer<typeof claim>;
