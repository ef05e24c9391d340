import { array, date, type Infer, object, text } from '../../core/shape.js';
import { updates } from '../../core/shapes.js';
import { eventCardShape } from '../event-card/event-card.shape.js';

/** The day from which a timeline counts: its own date is day 1. */
export const epoch = object(
  { date: date(), label: text({ pattern: '\\{n\\}', expected: 'a label with {n} for the day number, like "Day {n} of the invasion"' }) },
  {},
  { description: 'Events show their day count from this date, which is day 1; events before it show none.' },
);

/** `<event-timeline>` data: events in date order (spec: "event-timeline"). */
export const eventTimelineShape = object(
  {
    events: array(eventCardShape, {
      minItems: 1,
      description: 'Shown in date order: on one day, whole-day events first, then by time; otherwise this order.',
    }),
  },
  { title: text(), epoch, updates },
  { description: 'Events in date order.' },
);

export type EventTimelineData = Infer<typeof eventTimelineShape>;
export type Epoch = Infer<typeof epoch>;
