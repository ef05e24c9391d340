/**
 * Registers every Claimkit element, and exports the public API (`claimkit`'s) under its real
 * names: the CDN file claimkit.js is built from here, so a page can
 * `import { registerMessages } from '…/claimkit.js'` and use the very tables its elements read.
 * All but validate() and icsOf(), whose code the CDN file loads only when an element needs it
 * (the checker's words for bad data, the calendar file on a click): exported, every page would
 * download them.
 */
import './article-facts.js';
import './claim-compare.js';
import './event-card.js';
import './event-timeline.js';
import './fact-check.js';
import './quote-card.js';
import './trip-itinerary.js';

export {
  ArticleFactsElement,
  articleFactsShape,
  ClaimCompareElement,
  ClaimkitErrorEvent,
  claimCompareShape,
  EventCardElement,
  EventTimelineElement,
  eventCardShape,
  eventTimelineShape,
  FactCheckElement,
  FactsElement,
  factCheckShape,
  QuoteCardElement,
  quoteCardShape,
  registerMessages,
  TripItineraryElement,
  tripItineraryShape,
} from '../index.js';
