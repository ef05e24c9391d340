/** Registers `<trip-itinerary>`. */
import { TripItineraryElement } from '../components/trip-itinerary/trip-itinerary.js';

TripItineraryElement.define();
