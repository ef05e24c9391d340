/**
 * Registers `<event-timeline>`; exports its class and registerMessages too, for the CDN
 * file built from here (the words a page registers must reach the tables its element reads).
 */
import { EventTimelineElement } from '../components/event-timeline/event-timeline.js';

EventTimelineElement.define();

export { registerMessages } from '../core/messages.js';
export { EventTimelineElement };
