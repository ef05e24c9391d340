import { FactsElement } from '../../core/facts-element.js';
import { eventBody } from './event-body.js';
import { type EventCardData, eventCardShape } from './event-card.shape.js';
import { eventStyles } from './event-card.styles.js';
import { type EventView, eventView } from './event-card.view.js';

/**
 * One dated event: its title as a heading (linked to `url`), its status in words, when it
 * happens (`<time datetime>` on each end of a range; a date-time in its own zone), where (a
 * natural list of places, with countries), who takes part with their roles, a summary,
 * sources and the updates log. A `scheduled` event with a day or a time offers "Add to
 * calendar": a button that downloads an `.ics` file made in the browser.
 *
 * The facts sit as label/value columns when the element is at least 30em wide, stacked below.
 *
 * With `structured-data`, it writes a schema.org `Event` (`eventStatus`: `EventPostponed`,
 * `EventCancelled`, else `EventScheduled`, which covers ongoing and concluded events too;
 * participants as `performer`).
 *
 * @summary One dated event: what, when, where, with whom.
 * @tag event-card
 *
 * @csspart heading - The title.
 * @csspart status - The status, in words.
 * @csspart facts - The when / where / who list.
 * @csspart summary - The summary.
 * @csspart calendar - The "Add to calendar" button (scheduled events).
 * @csspart sources - The sources list.
 * @csspart updates - The updates log.
 */
export class EventCardElement extends FactsElement<typeof eventCardShape, EventView> {
  static override tag = 'event-card';
  static override styles = eventStyles;
  static override shape = eventCardShape;
  /** @internal */
  static override jsonLd = () => import('./event-card.jsonld.js');

  protected override derive(event: EventCardData, lang: string) {
    return eventView(event, lang);
  }

  protected override renderFacts(view: EventView) {
    return eventBody(view, this.locale, this.headingLevel);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCardElement;
  }
}
