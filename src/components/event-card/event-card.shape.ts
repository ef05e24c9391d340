import { array, date, enumOf, type Infer, object, text, url } from '../../core/shape.js';
import { actor, notBefore, place, source, updates } from '../../core/shapes.js';

export const eventStatus = enumOf(['scheduled', 'ongoing', 'concluded', 'postponed', 'cancelled']);

/**
 * `<event-card>` data, and each of `<event-timeline>`'s events (spec: "event-card").
 * `end` must not be before `start`: two date-times compare as instants, anything else by
 * calendar at the coarser precision, so `2022-03` may end an event starting `2022-03-15`.
 */
export const eventCardShape = object(
  { title: text(), start: date() },
  {
    end: date(),
    status: eventStatus,
    places: array(place),
    participants: array(actor),
    summary: text(),
    sources: array(source),
    url: url(),
    updates,
  },
  { rules: [notBefore('end', 'start')], description: 'One dated event.' },
);

export type EventCardData = Infer<typeof eventCardShape>;
export type EventStatus = Infer<typeof eventStatus>;
