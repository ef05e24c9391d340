/** What `<event-card>` and `<event-timeline>` derive from an event: place names. */
import type { Place } from '../../core/shapes.js';

/** A place with its country when given and not the place itself: "Gomel (Belarus)", "Poland". */
export const placeName = ({ name, country }: Place) => (country && country !== name ? `${name} (${country})` : name);
