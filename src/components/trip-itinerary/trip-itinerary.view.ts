/**
 * What a reader of `<trip-itinerary>` sees, derived from checked data by pure functions:
 * each place's country line and the stops the map marks.
 */
import { formatNumber, regionName } from '../../core/format.js';
import type { Place } from '../../core/shapes.js';
import type { TripItineraryData, TripStop } from './trip-itinerary.shape.js';
import type { MapStop } from './trip-map.js';

/**
 * The country written after a place's name: `country`, else the name of `countryCode` in
 * the reader's language; none when it only repeats the name ("Poland, Poland").
 */
export function countryOf(place: Place, lang: string): string | undefined {
  const country = place.country ?? (place.countryCode && regionName(place.countryCode, lang));
  return country && country.toLowerCase() !== place.name.toLowerCase() ? country : undefined;
}

/** The stops that carry both `lat` and `lon`, numbered as the list numbers them (1-based, in the reader's digits). */
export const mapStops = (stops: TripStop[], lang: string): MapStop[] =>
  stops.flatMap(({ place: { lat, lon } }, i) =>
    lat !== undefined && lon !== undefined ? [{ n: formatNumber(i + 1, lang), lat, lon }] : [],
  );

export interface TripView {
  data: TripItineraryData;
  /** Each stop with its number (in the reader's digits) and the country written after its name. */
  stops: { stop: TripStop; n: string; country?: string }[];
  /** The stops the map marks. */
  mapped: MapStop[];
}

export const tripView = (data: TripItineraryData, lang: string): TripView => ({
  data,
  stops: data.stops.map((stop, i) => ({ stop, n: formatNumber(i + 1, lang), country: countryOf(stop.place, lang) })),
  mapped: mapStops(data.stops, lang),
});
