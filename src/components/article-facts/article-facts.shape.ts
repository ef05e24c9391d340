import { array, date, type Infer, object, text, url } from '../../core/shape.js';
import { updates } from '../../core/shapes.js';
import { claimCompareShape } from '../claim-compare/claim-compare.shape.js';
import { eventCardShape } from '../event-card/event-card.shape.js';
import { eventTimelineShape } from '../event-timeline/event-timeline.shape.js';
import { factCheckShape } from '../fact-check/fact-check.shape.js';
import { quoteCardShape } from '../quote-card/quote-card.shape.js';
import { tripItineraryShape } from '../trip-itinerary/trip-itinerary.shape.js';

export const article = object(
  {},
  { headline: text(), url: url(), published: date(), publisher: text(), byline: text() },
  { description: 'The article the facts belong to.' },
);

/** `<article-facts>` data: a whole story's facts — the article and any of the element sections. */
export const articleFactsShape = object(
  {},
  {
    article,
    comparisons: array(claimCompareShape),
    events: array(eventCardShape),
    timeline: eventTimelineShape,
    quotes: array(quoteCardShape),
    factChecks: array(factCheckShape),
    itineraries: array(tripItineraryShape),
    updates,
  },
  {
    description: "A news story's structured facts: the document a CMS publishes once per story.",
    anyOf: ['article', 'comparisons', 'events', 'timeline', 'quotes', 'factChecks', 'itineraries'],
  },
);

export type ArticleData = Infer<typeof article>;
export type ArticleFactsData = Infer<typeof articleFactsShape>;
