/**
 * What a reader of `<claim-compare>` sees, derived from checked data by pure functions: the
 * figures lined up metric by metric, how far apart they are (only as far as the figures say:
 * claim-compare.figures.ts), and the one-sentence summary. Every sentence here is one a
 * sub-editor would pass: it names whose figure is higher, never calls a floor a number, and
 * marks a figure from a claim rated false or misleading wherever it appears.
 */
import { type AmountKind, formatAmount, formatAmountInFull, formatList, formatNumber } from '../../core/format.js';
import { type MessageKey, t } from '../../core/messages.js';
import { type Claim, type ClaimStatus, type Figure, metricKey } from '../../core/shapes.js';
import { above, type Bounds, differenceOf, type Interval, intervalOf, kindOf, ratioOf, same, sayRatio } from './claim-compare.figures.js';
import type { ClaimCompareData } from './claim-compare.shape.js';

/** One claimant's figure for a metric; `figure` is absent when the claimant did not state it. */
export interface FigureCell {
  claim: Claim;
  figure?: Figure;
  /** "at least 9,000", "400,000–600,000", "1.6 billion", "$40 billion", or "not stated". */
  text: string;
  /** The number written in full when `text` has it in words ("1,600,000,000"). */
  full?: string;
  /** "rated false", "rated misleading": the claim's verdict travels with its figure. */
  mark?: string;
  /** The bar: where it starts and ends on the metric's scale, in % (0 is the scale's start). */
  from: number;
  to: number;
  /** The figure goes on beyond the bar's end ("at least"), starts below it ("at most"), or is beyond the scale (a claim rated false). */
  open?: 'end' | 'start' | 'beyond';
}

/** A metric (and unit) stated by at least one claimant, across all claimants. */
export interface MetricRow {
  metric: string;
  unit?: string;
  kind: AmountKind;
  cells: FigureCell[];
  /** Where 0 sits on the scale, in %, when the scale has negative values. */
  zero?: number;
  /** How far apart the figures are, in a sentence; absent when fewer than two or when they overlap. */
  gap?: string;
  /** The figures' sentence name ("the number killed"), for the summary. */
  phrase: string;
}

export interface ClaimCompareView {
  data: ClaimCompareData;
  summary: string;
  rows: MetricRow[];
  /** Metrics that come in different units, in words, for the page: "Not set against each other: …". */
  notes: string[];
  /** The same, for the developer's console, with the JSON paths. */
  warnings: string[];
}

const MARKS: Partial<Record<ClaimStatus, MessageKey>> = { false: 'markFalse', misleading: 'markMisleading' };
/** A claim rated false does not set the scale: its figure cannot make the others look small. */
const rated = (claim: Claim) => (claim.status ? MARKS[claim.status] : undefined);

const compactOf = (lang: string) => (t(lang, 'compact') === 'short' ? 'short' : 'long');

/** A figure's number(s) in words: "9,000", "about 600", "at least 12", "400,000–600,000", "$40 billion". */
export function figureText(figure: Figure, lang: string): string {
  const kind = kindOf(figure.unit);
  const amount = (n: number) => formatAmount(n, lang, kind, figure.unit, compactOf(lang));
  const number = figure.value !== undefined ? amount(figure.value) : `${amount(figure.min!)}–${amount(figure.max!)}`;
  return t(lang, figure.qualifier ?? 'exact', { n: number });
}

/** The number in full, when the text gives it in words. */
const fullText = (figure: Figure, lang: string) => {
  const kind = kindOf(figure.unit);
  const values = figure.value !== undefined ? [figure.value] : [figure.min!, figure.max!];
  if (values.every((v) => Math.abs(v) < 1e6) || kind === 'percent') return undefined;
  return values.map((v) => formatAmountInFull(v, lang, kind, figure.unit)).join('–');
};

/** Metrics English reads without "of": "the number killed" (but "the number of civilians killed"). */
const PARTICIPLE = /^(killed|injured|wounded|dead|missing|displaced|detained|arrested|evacuated|captured|hospitali[sz]ed)$/i;

/** How a sentence names a figure's metric: its `phrase`, else the language's way ("the number killed", «загиблі»). */
function phraseOf(figure: Figure, lang: string) {
  if (figure.phrase) return figure.phrase;
  const kind = kindOf(figure.unit);
  const metric = kind === 'unit' ? `${figure.metric} (${figure.unit})` : figure.metric;
  const key = kind !== 'count' && kind !== 'unit' ? 'metricAmount' : PARTICIPLE.test(figure.metric) ? 'metricParticiple' : 'metricCount';
  return t(lang, key, { metric });
}

/**
 * Figures lined up metric by metric, in the order metrics first appear. A metric given in two
 * units gets a row per unit: they are never set against each other, and `notes` says so.
 */
export function figureRows(claims: Claim[], lang: string): { rows: MetricRow[]; notes: string[]; warnings: string[] } {
  const rows = new Map<string, MetricRow & { at: string[] }>();
  for (const [i, claim] of claims.entries())
    for (const [j, figure] of (claim.figures ?? []).entries()) {
      const key = JSON.stringify([metricKey(figure.metric), figure.unit ?? '']);
      const at = `/claims/${i}/figures/${j}`;
      const row = rows.get(key);
      if (!row)
        rows.set(key, {
          metric: figure.metric,
          unit: figure.unit,
          kind: kindOf(figure.unit),
          cells: [],
          phrase: phraseOf(figure, lang),
          at: [at],
        });
      else {
        row.at.push(at);
        // Written "Killed" by one and "killed" by another: the sentences take the lower case.
        if (/^\p{Lu}/u.test(row.metric) && /^\p{Ll}/u.test(figure.metric.trim()))
          Object.assign(row, { metric: figure.metric.trim(), phrase: phraseOf({ ...figure, metric: figure.metric.trim() }, lang) });
      }
    }
  const all = [...rows.values()];
  for (const row of all) fillRow(row, claims, lang);

  // The same metric in different units: say so on the page and to the developer.
  const notes: string[] = [];
  const warnings: string[] = [];
  const byMetric = new Map<string, (typeof all)[number][]>();
  for (const row of all) byMetric.set(metricKey(row.metric), [...(byMetric.get(metricKey(row.metric)) ?? []), row]);
  for (const group of byMetric.values()) {
    if (group.length < 2) continue;
    const units = group.map((row) => row.unit ?? t(lang, 'noUnit'));
    notes.push(t(lang, 'unitsDiffer', { metric: group[0].metric, units: formatList(units, lang) }));
    warnings.push(
      `"${group[0].metric}" comes in different units (${group.map((row) => `${row.unit ? `"${row.unit}"` : 'no unit'} at ${row.at.join(', ')}`).join('; ')}); figures in different units are not set against each other.`,
    );
  }
  return { rows: all.map(({ at: _, ...row }) => row), notes, warnings };
}

/** A row's cells, bars and gap. */
function fillRow(row: MetricRow, claims: Claim[], lang: string) {
  const key = metricKey(row.metric);
  const figures = claims.map((claim) => claim.figures?.find((f) => metricKey(f.metric) === key && f.unit === row.unit));
  const intervals = figures.map((f) => (f ? intervalOf(f) : undefined));
  // The scale: from 0 (or the lowest negative figure) to the highest finite bound, set by the
  // figures not rated false (unless all are).
  const scaled = intervals.filter(
    (v, i): v is Interval => !!v && (claims[i].status !== 'false' || claims.every((c) => c.status === 'false')),
  );
  const finite = scaled.flatMap(({ low, high }) => [low, high]).filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const pct = (n: number) => (hi > lo ? Math.min(100, Math.max(0, ((n - lo) / (hi - lo)) * 100)) : 0);
  if (lo < 0) row.zero = pct(0);
  row.cells = claims.map((claim, i) => {
    const figure = figures[i];
    const interval = intervals[i];
    if (!figure || !interval) return { claim, text: t(lang, 'notStated'), from: 0, to: 0 };
    const markKey = rated(claim);
    const start = Number.isFinite(interval.low) ? interval.low : lo;
    const end = Number.isFinite(interval.high) ? interval.high : hi;
    const [from, to] = interval.point ? [Math.min(0, start), Math.max(0, end)] : [start, end];
    const open =
      interval.high > hi
        ? Number.isFinite(interval.high)
          ? 'beyond'
          : 'end'
        : interval.low <= 0 && !interval.point && figure.value !== undefined
          ? 'start'
          : undefined;
    return {
      claim,
      figure,
      text: figureText(figure, lang),
      full: fullText(figure, lang),
      mark: markKey && t(lang, markKey),
      from: pct(from),
      to: pct(to),
      open,
    };
  });
  row.gap = gapOf(row, intervals, claims, lang);
}

/** A name as the gap sentence gives it: with its claim's verdict when that is false or misleading. */
const named = (claim: Claim, lang: string) => {
  const mark = rated(claim);
  return mark ? `${claim.claimant.name} (${t(lang, mark)})` : claim.claimant.name;
};

/**
 * A floor as the gap gives it: from a million on, amounts are written in words to three
 * significant digits, so a floor is rounded down to them first ("at least 2.45 million", never
 * 2.46 for 2,456,789); below, it is written in full.
 */
const rounded = (how: (x: number) => number) => (n: number) => {
  if (n < 1e6 || !Number.isFinite(n)) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 2);
  return how(n / step) * step;
};
const roundDown = rounded(Math.floor);
/** A ceiling, likewise rounded up. */
const roundUp = rounded(Math.ceil);

/**
 * How far apart a row's figures are, highest against lowest, in a sentence; undefined when
 * fewer than two claimants state it or their figures overlap (then nothing can be said of
 * which is higher, nor by how much).
 */
function gapOf(row: MetricRow, intervals: (Interval | undefined)[], claims: Claim[], lang: string): string | undefined {
  const stated = intervals.flatMap((interval, i) => (interval ? [{ interval, claim: claims[i] }] : []));
  if (stated.length < 2) return undefined;
  if (stated.every(({ interval }) => same(interval, stated[0].interval)))
    return t(lang, 'gapSame', {
      who: formatList(
        stated.map(({ claim }) => claim.claimant.name),
        lang,
      ),
    });
  // The highest: the greatest floor (then the greatest ceiling); the lowest: the least ceiling.
  const high = stated.reduce((a, b) =>
    b.interval.low > a.interval.low || (b.interval.low === a.interval.low && b.interval.high > a.interval.high) ? b : a,
  );
  const low = stated.reduce((a, b) =>
    b.interval.high < a.interval.high || (b.interval.high === a.interval.high && b.interval.low < a.interval.low) ? b : a,
  );
  if (high === low || !above(high.interval, low.interval)) return undefined;
  const amount = (n: number) => formatAmount(n, lang, row.kind === 'percent' ? 'count' : row.kind, row.unit, compactOf(lang));
  const wrap = (x: string, key?: MessageKey) => (key ? t(lang, key, { x }) : x);
  const diff = (d: Bounds) => {
    const text = row.kind === 'percent' ? (n: number) => t(lang, 'points', { n: formatNumber(n, lang, 2) }, n) : amount;
    if (d.exact) return wrap(text(d.min), d.approximate ? 'aboutX' : undefined);
    if (!Number.isFinite(d.max)) return wrap(text(roundDown(d.min)), 'atLeastX');
    return text(d.min) === text(d.max) ? wrap(text(d.min), 'aboutX') : `${text(roundDown(d.min))}–${text(roundUp(d.max))}`;
  };
  const names = { high: named(high.claim, lang), low: named(low.claim, lang) };
  const ends = stated.length > 2 ? t(lang, 'gapEnds') : '';
  const difference = differenceOf(high.interval, low.interval);
  const ratio = row.kind === 'percent' ? undefined : ratioOf(high.interval, low.interval);
  const said = ratio ? sayRatio(ratio) : undefined;
  if (said && said.say !== 'none') {
    const n = formatNumber(said.n, lang);
    const times =
      said.say === 'upTo'
        ? t(lang, 'timesUpTo', { n }, said.n)
        : said.say === 'between'
          ? t(lang, 'times', { n: `${n}–${formatNumber(said.m!, lang)}` }, [said.n, said.m!])
          : wrap(t(lang, 'times', { n }, said.n), said.say === 'about' ? 'aboutX' : said.say === 'atLeast' ? 'atLeastX' : undefined);
    // "Up to 50 times" says all that can be said: the difference could be anything from nearly 0.
    return said.say === 'upTo'
      ? ends + t(lang, 'gapTimesOnly', { ...names, times })
      : ends + t(lang, 'gapTimes', { ...names, times, diff: diff(difference) });
  }
  const more = t(lang, row.kind === 'percent' ? 'higher' : 'more', { n: diff(difference) });
  return ends + t(lang, 'gapMore', { ...names, more });
}

/**
 * One plain sentence summing up the disagreement, read first by screen readers: on the
 * metric most claimants state (at least two), who says what; else who disagrees. The topic is
 * the heading just above, so the sentence does not repeat it (nor change its capitals).
 */
export function summary(data: ClaimCompareData, rows: MetricRow[], lang: string): string {
  const compared = rows
    .map((row) => ({ row, stated: row.cells.filter((cell) => cell.figure) }))
    .filter(({ stated }) => stated.length >= 2)
    .sort((a, b) => b.stated.length - a.stated.length)[0];
  if (!compared)
    return t(lang, 'summaryClaims', {
      who: formatList(
        data.claims.map((claim) => claim.claimant.name),
        lang,
      ),
    });
  const who = formatList(
    compared.stated.map((cell) => cell.claim.claimant.name),
    lang,
  );
  const texts = compared.stated.map((cell) => (cell.mark ? `${cell.text} (${cell.mark})` : cell.text));
  const agree = compared.stated.every((cell) => same(intervalOf(cell.figure!), intervalOf(compared.stated[0].figure!)));
  const sentence = t(lang, agree ? 'summaryAgree' : 'summaryFigures', {
    who,
    metric: compared.row.phrase,
    values: agree ? texts[0] : texts.join(t(lang, 'versus')),
  });
  // A figure ending in an abbreviation ("400 Mio.") ends the sentence with its own full stop.
  return sentence.replace(/\.\.$/, '.');
}

export function claimCompareView(data: ClaimCompareData, lang: string): ClaimCompareView {
  const { rows, notes, warnings } = figureRows(data.claims, lang);
  return { data, rows, notes, warnings, summary: summary(data, rows, lang) };
}
