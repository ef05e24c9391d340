/**
 * The facts format's shared value types (spec: "Shared value types"), as shapes.
 * Element data shapes are built from these in each element's folder.
 */
import { bool, date, describe, type Infer, list, num, obj, oneOf, type Rule, text, url } from './shape.js';

export const actor = obj(
  { name: text() },
  {
    role: text(),
    affiliation: text(),
    kind: oneOf(['person', 'organization']),
    url: url(),
  },
  { short: 'name', d: 'A person or organisation; a string is shorthand for { "name": … }.' },
);

export const place = obj(
  { name: text() },
  {
    country: text(),
    countryCode: text('a two-letter ISO 3166-1 country code like "UA"', '^[A-Z]{2}$'),
    lat: num({ min: -90, max: 90 }),
    lon: num({ min: -180, max: 180 }),
  },
  { short: 'name', d: 'A place; a string is shorthand for { "name": … }.' },
);

export const source = obj(
  { name: text() },
  { url: url(), date: date() },
  { short: 'name', d: 'Where a fact comes from; a string is shorthand for { "name": … }.' },
);

export const figure = obj(
  { metric: text('What is counted, e.g. "killed".') },
  {
    value: num({ min: 0 }),
    min: num({ min: 0 }),
    max: num({ min: 0 }),
    unit: text(),
    qualifier: oneOf(['exact', 'approximately', 'at least', 'at most']),
  },
  {
    one: [['value'], ['min', 'max']],
    both: [['min', 'max']],
    rules: [
      {
        doc: '"min" must not be above "max".',
        test: (f) =>
          (f.min as number) > (f.max as number)
            ? ['min', `expected "min" to be at most "max" (${f.max}), got the number ${f.min}`]
            : undefined,
      },
    ],
    d: 'A quantity someone claims: "value", or a range "min"–"max". Figures are counts, so never negative.',
  },
);

export const claimStatus = oneOf(['unverified', 'disputed', 'confirmed', 'false', 'misleading']);

export const update = obj({ date: date(), text: text() }, {});

/** Every element's data may carry a corrections and updates log. */
export const updates = list(update, { d: 'Corrections and updates, shown newest first.' });

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
  doc: `"${later}" must not be before "${earlier}".`,
  test: (o) =>
    o[later] !== undefined && o[earlier] !== undefined && dateBefore(o[later] as string, o[earlier] as string)
      ? [later, `expected "${later}" not to be before "${earlier}" (${o[earlier]}), got ${describe(o[later])}`]
      : undefined,
});

export const claim = obj(
  { claimant: actor, statement: text() },
  {
    quote: bool('The statement is verbatim.'),
    date: date(),
    figures: list(figure),
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
