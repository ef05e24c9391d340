/**
 * The sections of a story, in reading order: what happened, what is disputed, what was said,
 * what was checked, who travelled where, and the longer background last. Each is one entry:
 * its key in the data, its heading, the element that draws it (its shape, tag and JSON-LD
 * writer come from there) and whether it holds a list. `<article-facts>`'s shape, rendering and
 * JSON-LD all read this one list.
 */
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../../core/messages.js';
import { ClaimCompareElement } from '../claim-compare/claim-compare.js';
import { EventCardElement } from '../event-card/event-card.js';
import { EventTimelineElement } from '../event-timeline/event-timeline.js';
import { FactCheckElement } from '../fact-check/fact-check.js';
import { QuoteCardElement } from '../quote-card/quote-card.js';
import { TripItineraryElement } from '../trip-itinerary/trip-itinerary.js';

export const SECTIONS = [
  {
    key: 'events',
    heading: 'sectionEvents',
    element: EventCardElement,
    many: true,
    draw: (data, level, theme) => html`<event-card .data=${data} heading-level=${level} theme=${theme}></event-card>`,
  },
  {
    key: 'comparisons',
    heading: 'sectionComparisons',
    element: ClaimCompareElement,
    many: true,
    draw: (data, level, theme) => html`<claim-compare .data=${data} heading-level=${level} theme=${theme}></claim-compare>`,
  },
  {
    key: 'quotes',
    heading: 'sectionQuotes',
    element: QuoteCardElement,
    many: true,
    draw: (data, level, theme) => html`<quote-card .data=${data} heading-level=${level} theme=${theme}></quote-card>`,
  },
  {
    key: 'factChecks',
    heading: 'sectionFactChecks',
    element: FactCheckElement,
    many: true,
    draw: (data, level, theme) => html`<fact-check .data=${data} heading-level=${level} theme=${theme}></fact-check>`,
  },
  {
    key: 'itineraries',
    heading: 'sectionItineraries',
    element: TripItineraryElement,
    many: true,
    draw: (data, level, theme) => html`<trip-itinerary .data=${data} heading-level=${level} theme=${theme}></trip-itinerary>`,
  },
  {
    key: 'timeline',
    heading: 'sectionTimeline',
    element: EventTimelineElement,
    many: false,
    draw: (data, level, theme) => html`<event-timeline .data=${data} heading-level=${level} theme=${theme}></event-timeline>`,
  },
] as const satisfies readonly {
  key: string;
  heading: MessageKey;
  element: { tag: string; shape: unknown };
  many: boolean;
  /** One item of the section, drawn by its element at the article's heading level and theme. */
  draw: (data: unknown, level: number, theme: string) => TemplateResult;
}[];

export type Section = (typeof SECTIONS)[number];
export type SectionKey = Section['key'];
