import { plain } from '../../core/format.js';
import { compact, type JsonLdWriter, schemaPlace } from '../../core/jsonld.js';
import { t } from '../../core/messages.js';
import type { TripItineraryData } from './trip-itinerary.shape.js';

/** A schema.org `Trip`; see the element's class comment for what maps to what. */
const tripItineraryLd: JsonLdWriter<TripItineraryData> = (data, lang) => ({
  '@context': 'https://schema.org',
  ...compact({
    '@type': 'Trip',
    name: data.title ?? plain(t(lang, 'tripBy', { name: data.traveller.name })),
    description: data.purpose,
    departureTime: data.start,
    arrivalTime: data.end,
    itinerary: {
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: data.stops.length,
      itemListElement: data.stops.map((stop, i) => ({ '@type': 'ListItem', position: i + 1, item: schemaPlace(stop.place) })),
    },
  }),
});

export default tripItineraryLd;
