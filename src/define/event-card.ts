/** Registers `<event-card>`. */
import { EventCardElement } from '../components/event-card/event-card.js';

EventCardElement.define();
