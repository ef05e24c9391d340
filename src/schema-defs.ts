/**
 * The shapes published in `claimkit/schema.json` (built by scripts/build-schema.mjs):
 * one `$defs` entry per element's data and per shared value type, and the whole story
 * document as the root.
 */
import { claimCompareShape } from './components/claim-compare/claim-compare.shape.js';
import { list, obj, text, date, url } from './core/shape.js';
import { actor, claim, figure, place, source, update } from './core/shapes.js';

export const article = obj({}, { headline: text(), url: url(), published: date(), publisher: text(), byline: text() });

/** A whole story's facts: the article and any of the element sections. */
export const story = obj({}, { article, comparisons: list(claimCompareShape) });

export const schemaDefs = {
  'claim-compare': claimCompareShape,
  story,
  article,
  claim,
  figure,
  actor,
  place,
  source,
  update,
};
