import { compact, type JsonLdWriter, schemaActor, schemaPlace } from '../../core/jsonld.js';
import { safeLink } from '../../core/url.js';
import type { EventCardData } from './event-card.shape.js';

/**
 * A schema.org `Event`. `eventStatus`: `postponed` and `cancelled` map to `EventPostponed` and
 * `EventCancelled`; `scheduled`, `ongoing` and `concluded` all to `EventScheduled`, which
 * schema.org defines as taking or having taken place as scheduled (it has no "ongoing" or
 * "concluded"). Participants are `performer`s (those who take part); the data does not say who
 * organised an event, so there is no `organizer`. One place is a `Place`, several an array.
 */
const STATUS = { postponed: 'Postponed', cancelled: 'Cancelled' };

export function schemaEvent(event: EventCardData) {
  const places = event.places?.map(schemaPlace);
  return compact({
    '@type': 'Event',
    name: event.title,
    startDate: event.start,
    endDate: event.end,
    eventStatus: event.status && `https://schema.org/Event${(STATUS as Record<string, string>)[event.status] ?? 'Scheduled'}`,
    location: places?.length === 1 ? places[0] : places,
    performer: event.participants?.map(schemaActor),
    description: event.summary,
    url: safeLink(event.url)?.href,
  });
}

/** A schema.org `Event`. */
const eventCardLd: JsonLdWriter<EventCardData> = (data) => ({ '@context': 'https://schema.org', ...schemaEvent(data) });

export default eventCardLd;
