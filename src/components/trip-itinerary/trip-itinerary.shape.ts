import { array, date, type Infer, object, text } from '../../core/shape.js';
import { actor, notBefore, place, updates } from '../../core/shapes.js';

/** One stop of a journey: where, when, whom the traveller met there and why. */
export const tripStop = object(
  { place },
  {
    date: date({ description: 'When the traveller arrives (or the day of the stop).' }),
    end: date({ description: 'When the traveller leaves, for a stop of several days.' }),
    meetings: array(actor, { description: 'Whom the traveller meets there.' }),
    purpose: text(),
  },
  { rules: [notBefore('end', 'date')], description: 'One stop of a journey, in the order travelled.' },
);

/** `<trip-itinerary>` data: a journey of several stops (spec: "trip-itinerary"). */
export const tripItineraryShape = object(
  { traveller: actor, stops: array(tripStop, { minItems: 1, description: 'The stops in the order travelled.' }) },
  {
    title: text(),
    purpose: text(),
    start: date(),
    end: date(),
    updates,
  },
  { rules: [notBefore('end', 'start')], description: 'A journey of several stops.' },
);

export type TripStop = Infer<typeof tripStop>;
export type TripItineraryData = Infer<typeof tripItineraryShape>;
