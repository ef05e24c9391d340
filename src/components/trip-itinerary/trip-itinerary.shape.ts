import { date, type Infer, list, obj, text } from '../../core/shape.js';
import { actor, notBefore, place, updates } from '../../core/shapes.js';

/** One stop of a journey: where, when, whom the traveller met there and why. */
export const tripStop = obj(
  { place },
  {
    date: date('When the traveller arrives (or the day of the stop).'),
    end: date('When the traveller leaves, for a stop of several days.'),
    meetings: list(actor, { d: 'Whom the traveller meets there.' }),
    purpose: text(),
  },
  { rules: [notBefore('end', 'date')], d: 'One stop of a journey, in the order travelled.' },
);

/** `<trip-itinerary>` data: a journey of several stops (spec: "trip-itinerary"). */
export const tripItineraryShape = obj(
  { traveller: actor, stops: list(tripStop, { min: 1, d: 'The stops in the order travelled.' }) },
  {
    title: text(),
    purpose: text(),
    start: date(),
    end: date(),
    updates,
  },
  { rules: [notBefore('end', 'start')], d: 'A journey of several stops.' },
);

export type TripStop = Infer<typeof tripStop>;
export type TripItineraryData = Infer<typeof tripItineraryShape>;
