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

export const figure = object(
  { metric: text({ description: 'What is counted, e.g. "killed".' }) },
  {
    value: number({ minimum: 0 }),
    min: number({ minimum: 0 }),
    max: number({ minimum: 0 }),
    unit: text(),
    qualifier: enumOf(['exact', 'approximately', 'at least', 'at most']),
  },
  {
    oneOf: [['value'], ['min', 'max']],
    requiredTogether: [['min', 'max']],
    rules: [
      {
        description: '"min" must not be above "max".',
        test: (f) =>
          (f.min as number) > (f.max as number)
            ? ['min', `expected "min" to be at most "max" (${f.max}), got the number ${f.min}`]
            : undefined,
      },
    ],
    description: 'A quantity someone claims: "value", or a range "min"–"max". Figures are counts, so never negative.',
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
    figures: array(figure),
    source,
    status: claimStatus,
  },
);

export type Actor = Infer<typeof actor>;
export type Place = Infer<typeof place>;
export type Source = Infer<typeof source>;
export type Figure = Infer<typeof figure>;
export type ClaimStatus = Infer<typeof claimStatus>;
export type Update = Infer<typeof update>;
export type Claim = Infer<typeof claim>;
