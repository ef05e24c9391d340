import { compact, type JsonLdWriter, type Thing } from '../../core/jsonld.js';
import { claimCompareLd } from '../claim-compare/claim-compare.jsonld.js';
import { eventCardLd } from '../event-card/event-card.jsonld.js';
import { eventTimelineLd } from '../event-timeline/event-timeline.jsonld.js';
import { factCheckLd } from '../fact-check/fact-check.jsonld.js';
import { quoteCardLd } from '../quote-card/quote-card.jsonld.js';
import { tripItineraryLd } from '../trip-itinerary/trip-itinerary.jsonld.js';
import { SECTIONS, type Section } from './article-facts.js';
import type { ArticleFactsData } from './article-facts.shape.js';

/** Each section's writer. */
const WRITERS: Record<Section, JsonLdWriter<never>> = {
  events: eventCardLd,
  comparisons: claimCompareLd,
  quotes: quoteCardLd,
  factChecks: factCheckLd,
  itineraries: tripItineraryLd,
  timeline: eventTimelineLd,
};

/** A `NewsArticle` and every section's schema.org objects (each written by its element's writer), as one graph. */
export const articleFactsLd: JsonLdWriter<ArticleFactsData> = (data, lang) => {
  const a = data.article ?? {};
  const graph: Thing[] = [
    compact({
      '@type': 'NewsArticle',
      headline: a.headline,
      url: a.url,
      datePublished: a.published,
      author: a.byline ? { '@type': 'Person', name: a.byline } : undefined,
      publisher: a.publisher ? { '@type': 'Organization', name: a.publisher } : undefined,
    }),
  ];
  for (const [key] of SECTIONS) {
    const value = data[key];
    for (const part of Array.isArray(value) ? value : value ? [value] : []) {
      const { '@context': _, '@graph': inner, ...rest } = (WRITERS[key] as JsonLdWriter<unknown>)(part, lang);
      graph.push(...((inner as Thing[] | undefined) ?? [rest]));
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
};
