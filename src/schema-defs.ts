/**
 * The shapes published in `claimkit/schema.json` (built by scripts/build-schema.mjs):
 * one `$defs` entry per element's data (named after its tag) and per shared value type.
 * The root is a whole story: `<article-facts>` data, the document a CMS publishes.
 */
import { article, articleFactsShape } from './components/article-facts/article-facts.shape.js';
import { claimCompareShape } from './components/claim-compare/claim-compare.shape.js';
import { eventCardShape } from './components/event-card/event-card.shape.js';
import { epoch, eventTimelineShape } from './components/event-timeline/event-timeline.shape.js';
import { factCheckShape, rating } from './components/fact-check/fact-check.shape.js';
import { quoteCardShape } from './components/quote-card/quote-card.shape.js';
import { tripItineraryShape, tripStop } from './components/trip-itinerary/trip-itinerary.shape.js';
import { actor, claim, figure, place, source, update } from './core/shapes.js';

export const schemaDefs = {
  'article-facts': articleFactsShape,
  'claim-compare': claimCompareShape,
  'event-card': eventCardShape,
  'event-timeline': eventTimelineShape,
  'quote-card': quoteCardShape,
  'fact-check': factCheckShape,
  'trip-itinerary': tripItineraryShape,
  article,
  'trip-stop': tripStop,
  epoch,
  rating,
  claim,
  figure,
  actor,
  place,
  source,
  update,
};
