import { date, type Infer, list, obj, text } from '../../core/shape.js';
import { updates } from '../../core/shapes.js';
import { eventCardShape } from '../event-card/event-card.shape.js';

/** The day from which a timeline counts: its own date is day 1. */
export const epoch = obj(
  { date: date(), label: text('a label with {n} for the day number, like "Day {n} of the invasion"', '\\{n\\}') },
  {},
  { d: 'Events show their day count from this date, which is day 1; events before it show none.' },
);

/** `<event-timeline>` data: events in date order (spec: "event-timeline"). */
export const eventTimelineShape = obj(
  { events: list(eventCardShape, { min: 1, d: 'Shown in date order; the same day keeps this order.' }) },
  { title: text(), epoch, updates },
  { d: 'Events in date order.' },
);

export type EventTimelineData = Infer<typeof eventTimelineShape>;
export type Epoch = Infer<typeof epoch>;
