/**
 * Claimkit: the element classes, their data types and the shared helpers. Importing
 * this module registers nothing; use `claimkit/define` or `claimkit/<tag>` for that.
 */
export { ArticleFactsElement } from './components/article-facts/article-facts.js';
export { type ArticleData, type ArticleFactsData, articleFactsShape } from './components/article-facts/article-facts.shape.js';
export { ClaimCompareElement } from './components/claim-compare/claim-compare.js';
export { type ClaimCompareData, claimCompareShape } from './components/claim-compare/claim-compare.shape.js';
export { icsOf } from './components/event-card/event-card.ics.js';
export { EventCardElement } from './components/event-card/event-card.js';
export { type EventCardData, type EventStatus, eventCardShape } from './components/event-card/event-card.shape.js';
export { EventTimelineElement } from './components/event-timeline/event-timeline.js';
export { type Epoch, type EventTimelineData, eventTimelineShape } from './components/event-timeline/event-timeline.shape.js';
export { FactCheckElement } from './components/fact-check/fact-check.js';
export { type FactCheckData, factCheckShape, type Rating } from './components/fact-check/fact-check.shape.js';
export { QuoteCardElement } from './components/quote-card/quote-card.js';
export { type QuoteCardData, quoteCardShape } from './components/quote-card/quote-card.shape.js';
export { TripItineraryElement } from './components/trip-itinerary/trip-itinerary.js';
export { type TripItineraryData, type TripStop, tripItineraryShape } from './components/trip-itinerary/trip-itinerary.shape.js';
export { type ClaimkitErrorDetail, ClaimkitErrorEvent } from './core/errors.js';
export { FactsElement } from './core/facts-element.js';
export { type Messages, type MessageTable, registerMessages } from './core/messages.js';
export { validate } from './core/problems.js';
export type { Problem } from './core/shape.js';
export type { Actor, Claim, ClaimStatus, Figure, Place, Source, Update } from './core/shapes.js';
