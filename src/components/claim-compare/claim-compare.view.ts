/**
 * What a reader of `<claim-compare>` sees, derived from checked data by pure functions:
 * the figures lined up metric by metric, how far apart they are, and the summary.
 */
import { formatList, formatNumber, numberFormat } from '../../core/format.js';
import { t } from '../../core/messages.js';
import type { Claim, Figure } from '../../core/shapes.js';
import type { ClaimCompareData } from './claim-compare.shape.js';

/** One claimant's figure for a metric; `figure` is absent when the claimant did not state it. */
export interface FigureCell {
  claim: Claim;
  figure?: Figure;
  /** "at least 9,000", "400–600 troops", or "not stated". */
  text: string;
  /** Where the bar starts and ends, in % of the metric's largest value (a point value starts at 0). */
  from: number;
  to: number;
}

/** A metric (and unit) stated by at least one claimant, across all claimants. */
export interface MetricRow {
  metric: string;
  unit?: string;
  cells: FigureCell[];
  /** How far apart the stated point values are: "18 times higher (8,502 more)"; absent when fewer than two. */
  gap?: string;
}

export interface ClaimCompareView {
  data: ClaimCompareData;
  summary: string;
  rows: MetricRow[];
}

const upper = (figure: Figure) => figure.value ?? figure.max ?? 0;

/** A figure as words: the number(s) in the reader's locale, with qualifier and unit. */
export function figureText(figure: Figure, lang: string): string {
  const fmt = numberFormat(lang, 6);
  const number =
    figure.value !== undefined
      ? t(lang, figure.qualifier ?? 'exact', { n: fmt.format(figure.value) })
      : fmt.formatRange
        ? fmt.formatRange(figure.min!, figure.max!)
        : t(lang, 'range', { min: fmt.format(figure.min!), max: fmt.format(figure.max!) });
  return figure.unit ? `${number} ${figure.unit}` : number;
}

/**
 * Figures lined up metric by metric, in the order metrics first appear. Figures are
 * set against each other only when both `metric` and `unit` match; a claimant's second
 * figure for the same metric and unit is ignored.
 */
export function figureRows(claims: Claim[], lang: string): MetricRow[] {
  const rows = new Map<string, MetricRow>();
  for (const claim of claims)
    for (const figure of claim.figures ?? []) {
      const key = JSON.stringify([figure.metric, figure.unit ?? '']);
      if (!rows.has(key)) rows.set(key, { metric: figure.metric, unit: figure.unit, cells: [] });
    }
  for (const row of rows.values()) {
    const figures = claims.map((claim) => claim.figures?.find((f) => f.metric === row.metric && f.unit === row.unit));
    const scale = Math.max(0, ...figures.map((f) => (f ? upper(f) : 0)));
    const pct = (n: number) => (scale ? (n / scale) * 100 : 0);
    row.cells = claims.map((claim, i) => {
      const figure = figures[i];
      return figure
        ? { claim, figure, text: figureText(figure, lang), from: pct(figure.min ?? 0), to: pct(upper(figure)) }
        : { claim, text: t(lang, 'notStated'), from: 0, to: 0 };
    });
    row.gap = gapBetween(
      figures.filter((f): f is Figure => f?.value !== undefined).map((f) => f.value!),
      lang,
    );
  }
  return [...rows.values()];
}

/**
 * How far apart point values are, highest against lowest: "18 times higher (8,502 more)"
 * from 1.5 times up, else "8,502 more"; undefined for fewer than two values.
 * Ranges are not compared: any single ratio would claim more than the data says.
 */
export function gapBetween(values: number[], lang: string): string | undefined {
  if (values.length < 2) return undefined;
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (high === low) return t(lang, 'same');
  const more = t(lang, 'more', { n: formatNumber(high - low, lang, 6) });
  const ratio = low > 0 ? high / low : 0;
  if (ratio < 1.5) return more;
  const rounded = ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
  return `${t(lang, 'timesHigher', { n: formatNumber(rounded, lang) }, rounded)} (${more})`;
}

/** English reads "the number killed" but "the number of casualties". */
const metricPhrase = (metric: string, lang: string) => (lang.startsWith('en') && !/ed$/.test(metric) ? `of ${metric}` : metric);

/**
 * One plain sentence summing up the disagreement, read first by screen readers: on the
 * metric most claimants state (at least two), who says what; else who disagrees about what.
 */
export function summary(data: ClaimCompareData, rows: MetricRow[], lang: string): string {
  const compared = rows
    .map((row) => ({ row, stated: row.cells.filter((cell) => cell.figure) }))
    .filter(({ stated }) => stated.length >= 2)
    .sort((a, b) => b.stated.length - a.stated.length)[0];
  if (!compared) {
    const who = formatList(
      data.claims.map((claim) => claim.claimant.name),
      lang,
    );
    return t(lang, 'summaryClaims', { who, topic: data.topic });
  }
  const who = formatList(
    compared.stated.map((cell) => cell.claim.claimant.name),
    lang,
  );
  const metric = compared.row.unit ? `${compared.row.metric} (${compared.row.unit})` : compared.row.metric;
  const texts = compared.stated.map((cell) => figureText({ ...cell.figure!, unit: undefined }, lang));
  const agree = texts.every((text) => text === texts[0]);
  return t(lang, agree ? 'summaryAgree' : 'summaryFigures', {
    who,
    metric: metricPhrase(metric, lang),
    values: agree ? texts[0] : texts.join(t(lang, 'versus')),
  });
}

export function claimCompareView(data: ClaimCompareData, lang: string): ClaimCompareView {
  const rows = figureRows(data.claims, lang);
  return { data, rows, summary: summary(data, rows, lang) };
}
