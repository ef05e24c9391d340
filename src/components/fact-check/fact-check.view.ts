/** What a reader of `<fact-check>` sees of a rating's scale, derived by a pure function. */
import { formatNumber } from '../../core/format.js';
import { t } from '../../core/messages.js';
import type { FactCheckData, Rating } from './fact-check.shape.js';

export interface RatingScale {
  /** Where `value` sits from `worst` (0) to `best` (100), in %. */
  at: number;
  /** The position in words: "3 on a scale of 1 to 5". */
  text: string;
}

/** The scale of a checked rating, read alone: undefined when it has no `value` (then it has no `best`/`worst` either). */
export function ratingScale({ value, best, worst, worstLabel, bestLabel }: Rating, lang: string): RatingScale | undefined {
  if (value === undefined) return undefined;
  // Each end with what it means, when the data says: "3 on a scale of 1 (False) to 5 (True)".
  const end = (x: number, label?: string) => (label ? `${formatNumber(x, lang, 6)} (${label})` : formatNumber(x, lang, 6));
  return {
    at: ((value - worst!) / (best! - worst!)) * 100,
    text: t(lang, 'scale', { value: formatNumber(value, lang, 6), worst: end(worst!, worstLabel), best: end(best!, bestLabel) }),
  };
}

export interface FactCheckView {
  data: FactCheckData;
  /** Where the rating sits on its scale; undefined for a verdict in words only. */
  scale?: RatingScale;
}

export const factCheckView = (data: FactCheckData, lang: string): FactCheckView => ({ data, scale: ratingScale(data.rating, lang) });
