import type { JsonLdWriter } from '../../core/jsonld.js';
import { schemaEvent } from '../event-card/event-card.jsonld.js';
import type { EventTimelineData } from './event-timeline.shape.js';
import { byDate } from './event-timeline.view.js';

/** Each event a schema.org `Event`, in date order, as a graph. */
const eventTimelineLd: JsonLdWriter<EventTimelineData> = (data) => ({
  '@context': 'https://schema.org',
  '@graph': byDate(data.events).map(schemaEvent),
});

export default eventTimelineLd;
