/** Registers `<event-timeline>`. */
import { EventTimelineElement } from '../components/event-timeline/event-timeline.js';

EventTimelineElement.define();
