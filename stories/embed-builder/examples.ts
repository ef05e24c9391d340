import { valid as articleFacts } from '../../src/components/article-facts/article-facts.fixtures.js';
import { valid as claimCompare } from '../../src/components/claim-compare/claim-compare.fixtures.js';
import { valid as eventCard } from '../../src/components/event-card/event-card.fixtures.js';
import { valid as eventTimeline } from '../../src/components/event-timeline/event-timeline.fixtures.js';
import { valid as factCheck } from '../../src/components/fact-check/fact-check.fixtures.js';
import { valid as quoteCard } from '../../src/components/quote-card/quote-card.fixtures.js';
import { valid as tripItinerary } from '../../src/components/trip-itinerary/trip-itinerary.fixtures.js';
import type { Tag } from '../../src/publish/snippet.js';
import type { Fixture } from '../../src/test-support/fixture.js';

const seedFirst = (fixtures: Fixture[]) => [...fixtures].sort((a, b) => Number(b.name === 'seed') - Number(a.name === 'seed'));

/** Every element's valid fixtures (the same data as its stories and tests), the seed story's first. */
export const examples: Record<Tag, Fixture[]> = {
  'claim-compare': seedFirst(claimCompare),
  'event-card': seedFirst(eventCard),
  'event-timeline': seedFirst(eventTimeline),
  'quote-card': seedFirst(quoteCard),
  'fact-check': seedFirst(factCheck),
  'trip-itinerary': seedFirst(tripItinerary),
  'article-facts': seedFirst(articleFacts),
};
