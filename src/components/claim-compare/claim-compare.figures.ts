/**
 * What two figures support saying about each other, as numbers (no words: claim-compare.view.ts
 * puts them in words). Every figure is an interval: an exact or approximate value is a point, a
 * range is [min, max], "at least" and "more than" are open above, "at most" and "fewer than" open
 * below (down to 0 for a count, which is never negative). A multiple or a difference is given
 * only where the intervals imply it, and only as far as they do.
 */
import type { AmountKind } from '../../core/format.js';
import type { Figure } from '../../core/shapes.js';

const PERCENT = /^(%|percent|per cent)$/i;
let currencies: Set<string> | undefined;

/** An ISO 4217 code the browser knows (`USD`, `UAH`); other three-letter units are units. */
const isCurrency = (unit: string) => {
  if (!/^[A-Z]{3}$/.test(unit)) return false;
  currencies ??= new Set(Intl.supportedValuesOf?.('currency') ?? []);
  return currencies.has(unit);
};

/** How a figure's number is to be read: a count (no unit), a percentage, an amount of money, or another unit. */
export const kindOf = (unit?: string): AmountKind =>
  !unit ? 'count' : PERCENT.test(unit) ? 'percent' : isCurrency(unit) ? 'currency' : 'unit';

/** A figure as the interval of numbers it allows. */
export interface Interval {
  low: number;
  high: number;
  /** `low` and `high` themselves excluded ("more than", "fewer than"). */
  lowOpen: boolean;
  highOpen: boolean;
  /** One number ("9,000", "about 600"). */
  point: boolean;
  /** "about" or "approximately". */
  approximate: boolean;
}

export function intervalOf(figure: Figure): Interval {
  const floor = kindOf(figure.unit) === 'count' ? 0 : Number.NEGATIVE_INFINITY;
  const approximate = figure.qualifier === 'approximately';
  const base = { lowOpen: false, highOpen: false, point: false, approximate };
  if (figure.value === undefined) return { ...base, low: figure.min!, high: figure.max!, point: figure.min === figure.max };
  const v = figure.value;
  switch (figure.qualifier) {
    case 'at least':
      return { ...base, low: v, high: Number.POSITIVE_INFINITY };
    case 'more than':
      return { ...base, low: v, high: Number.POSITIVE_INFINITY, lowOpen: true };
    case 'at most':
      return { ...base, low: floor, high: v };
    case 'fewer than':
      return { ...base, low: floor, high: v, highOpen: true };
    default:
      return { ...base, low: v, high: v, point: true };
  }
}

/** `a` lies wholly above `b`: every number `a` allows is greater than every number `b` allows. */
export const above = (a: Interval, b: Interval) => a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));

/** Both are the same exact number. */
export const same = (a: Interval, b: Interval) => a.point && b.point && a.low === b.low;

/** Bounds of a quantity: `min` and `max` (`max` may be infinite). */
export interface Bounds {
  min: number;
  max: number;
  /** Both ends one number (two points). */
  exact: boolean;
  approximate: boolean;
}

/**
 * How many times `b` `a` is, for `a` above `b`; undefined when a ratio means nothing: `b` may be
 * negative, or is 0 at most. (`b` reaching down to 0, a ceiling on a count, leaves the ratio open above.)
 */
export function ratioOf(a: Interval, b: Interval): Bounds | undefined {
  if (b.low < 0 || b.high <= 0) return undefined;
  return {
    min: a.low / b.high,
    max: b.low > 0 ? a.high / b.low : Number.POSITIVE_INFINITY,
    exact: a.point && b.point,
    approximate: a.approximate || b.approximate,
  };
}

/** How much more `a` is than `b`, for `a` above `b`. */
export const differenceOf = (a: Interval, b: Interval): Bounds => ({
  min: a.low - b.high,
  max: a.high - b.low,
  exact: a.point && b.point,
  approximate: a.approximate || b.approximate,
});

/** The ratios worth a word: from 1.5 times. Below, only the difference is given. */
export const MEANINGFUL_RATIO = 1.5;

/** Nor above 10,000 times (0.0004 against 498, a figure of almost nothing): "1,245,000 times" tells a reader less than the difference. */
export const MAX_RATIO = 1e4;

/**
 * A ratio as it may be written: rounded to one decimal below 10 and to a whole number above,
 * and rounded the safe way for its bound (down for "at least", up for "up to"), so the words never
 * say more than the figures.
 */
export function sayRatio(r: Bounds): { say: 'exact' | 'about' | 'atLeast' | 'upTo' | 'between' | 'none'; n: number; m?: number } {
  const round = (x: number, how: (x: number) => number) => (x < 10 ? how(x * 10) / 10 : how(x));
  if (r.exact) {
    const n = round(r.min, Math.round);
    return n < MEANINGFUL_RATIO || !(n <= MAX_RATIO) ? { say: 'none', n } : { say: r.approximate ? 'about' : 'exact', n };
  }
  const low = round(r.min, Math.floor);
  if (!(low <= MAX_RATIO)) return { say: 'none', n: 0 };
  const high = r.max <= MAX_RATIO ? round(r.max, Math.ceil) : Number.POSITIVE_INFINITY;
  if (low >= MEANINGFUL_RATIO && Number.isFinite(high))
    return low === high ? { say: 'about', n: low } : { say: 'between', n: low, m: high };
  // An exclusive bound ("more than 5 times") is said as "at least": true, and plainer.
  if (low >= MEANINGFUL_RATIO) return { say: 'atLeast', n: low };
  if (Number.isFinite(high) && high >= MEANINGFUL_RATIO) return { say: 'upTo', n: high };
  return { say: 'none', n: 0 };
}
