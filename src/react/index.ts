/**
 * `claimkit/react`: every Claimkit element as a React component, through `@lit/react`, for apps
 * that prefer components to tags (React 18 and 19; React 19 also takes the tags themselves,
 * typed by `claimkit/types/react`). Importing this module registers every element.
 *
 * ```tsx
 * import { ClaimCompare } from 'claimkit/react';
 * <ClaimCompare data={story.comparisons[0]} lang="uk" onClaimkitError={(event) => report(event.detail)} />
 * ```
 *
 * Props are the element's properties (`data` as an object or JSON text, `src`, `lang`, `theme`,
 * `loading`, `structuredData`, `headingLevel`), set as properties, not attributes; children are
 * the fallback; `onClaimkitError` listens for `claimkit-error`.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ArticleFactsElement } from '../components/article-facts/article-facts.js';
import { ClaimCompareElement } from '../components/claim-compare/claim-compare.js';
import { EventCardElement } from '../components/event-card/event-card.js';
import { EventTimelineElement } from '../components/event-timeline/event-timeline.js';
import { FactCheckElement } from '../components/fact-check/fact-check.js';
import { QuoteCardElement } from '../components/quote-card/quote-card.js';
import { TripItineraryElement } from '../components/trip-itinerary/trip-itinerary.js';
import type { ClaimkitErrorEvent } from '../core/errors.js';

const events = { onClaimkitError: 'claimkit-error' as EventName<ClaimkitErrorEvent> };

/** The React component for `element`, registered under its tag. */
function component<E extends HTMLElement>(element: (new () => E) & { tag: string; define(): void }) {
  element.define();
  return createComponent({ tagName: element.tag, elementClass: element, react: React, events });
}

export const ArticleFacts = component(ArticleFactsElement);
export const ClaimCompare = component(ClaimCompareElement);
export const EventCard = component(EventCardElement);
export const EventTimeline = component(EventTimelineElement);
export const FactCheck = component(FactCheckElement);
export const QuoteCard = component(QuoteCardElement);
export const TripItinerary = component(TripItineraryElement);
