/** What a reader of an event sees (in `<event-card>` and in each of `<event-timeline>`'s events), derived by pure functions. */
import { formatList } from '../../core/format.js';
import type { Place } from '../../core/shapes.js';
import type { EventCardData } from './event-card.shape.js';

/** A place with its country when given and not the place itself: "Gomel (Belarus)", "Poland". */
export const placeName = ({ name, country }: Place) => (country && country !== name ? `${name} (${country})` : name);

export interface EventView {
  event: EventCardData;
  /** The places as a natural list in the reader's language; undefined without places. */
  places?: string;
  /** "Add to calendar" is offered: a scheduled event with at least a day. */
  calendar: boolean;
  /** Its times carry their zone ("10:00 UTC+01:00"); a timeline whose times share one says it once instead. */
  zone: boolean;
}

export const eventView = (event: EventCardData, lang: string, zone = true): EventView => ({
  event,
  places: event.places?.length ? formatList(event.places.map(placeName), lang) : undefined,
  calendar: event.status === 'scheduled' && event.start.length > 7,
  zone,
});
