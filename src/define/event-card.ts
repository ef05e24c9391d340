/**
 * Registers `<event-card>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { EventCardElement } from '../components/event-card/event-card.js';

EventCardElement.define();

export { registerMessages } from '../core/messages.js';
export { EventCardElement };
