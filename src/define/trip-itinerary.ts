/**
 * Registers `<trip-itinerary>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { TripItineraryElement } from '../components/trip-itinerary/trip-itinerary.js';

TripItineraryElement.define();

export { registerMessages } from '../core/messages.js';
export { TripItineraryElement };
