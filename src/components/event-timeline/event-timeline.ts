import { html, nothing } from 'lit';
import { FactsElement } from '../../core/facts-element.js';
import { formatDate, formatNumber } from '../../core/format.js';
import { t } from '../../core/messages.js';
import { heading, time } from '../../core/parts.js';
import { eventBody } from '../event-card/event-body.js';
import { eventStyles } from '../event-card/event-card.styles.js';
import type { EventView } from '../event-card/event-card.view.js';
import { type EventTimelineData, eventTimelineShape } from './event-timeline.shape.js';
import { eventTimelineStyles } from './event-timeline.styles.js';
import { dayCount, days, type TimelineView, timelineView } from './event-timeline.view.js';

/**
 * Events in date order, as an ordered list of days: each day's date (with the epoch's day
 * count, "Day 8 of the invasion", when the data has an `epoch`), then its events, each
 * rendered exactly as `<event-card>` renders one. Several events on one day are grouped under
 * it. Order: by the day of `start` as written, in its own zone (a year before its months
 * before its days); on a day, whole-day events first, then those with a time by the instant
 * they happen; otherwise JSON order. When all its times are in one zone the timeline says so
 * once, above the days, and leaves it out of each time.
 *
 * A timeline longer than `visible` shows only its most recent `visible` events, after a
 * "Show all (N)" button; showing all moves focus to the first event revealed (the oldest).
 * A long timeline also ends with "Jump to the oldest" and, once expanded, starts with
 * "Jump to the newest", which move focus to that event. Printed, it shows every event, without
 * its buttons (it expands when the browser says it is about to print, and folds back after).
 *
 * Dates sit in a column beside their events when the element is at least 40em wide.
 *
 * With `structured-data`, it writes one schema.org `Event` per event (as `<event-card>` does).
 *
 * @summary Events in date order, grouped by day, with a day count.
 * @tag event-timeline
 *
 * @csspart heading - The timeline's title (and, inside each event, the event's title).
 * @csspart events - The ordered list of days.
 * @csspart day - One day: its date and its events.
 * @csspart date - A day's date and day count.
 * @csspart event - One event.
 * @csspart status - An event's status, in words.
 * @csspart facts - An event's when / where / who list.
 * @csspart summary - An event's summary.
 * @csspart calendar - A scheduled event's "Add to calendar" button.
 * @csspart more - The "Show all" and "Jump to…" buttons.
 * @csspart sources - An event's sources.
 * @csspart updates - The updates logs.
 */
export class EventTimelineElement extends FactsElement<typeof eventTimelineShape, TimelineView> {
  static override tag = 'event-timeline';
  static override styles = [eventStyles, eventTimelineStyles];
  static override shape = eventTimelineShape;
  /** @internal */
  static override jsonLd = () => import('./event-timeline.jsonld.js');
  static override properties = { visible: { type: Number } };

  /** How many of the most recent events show before "Show all" (a whole number; a fraction rounds down); 0 shows all. */
  visible = 10;

  /** The reader asked for every event. */
  #expanded = false;

  /** The page is being printed: every event shows, whatever the reader chose. */
  #printing = false;

  #print = (event: Event) => {
    this.#printing = event.type === 'beforeprint';
    this.requestUpdate();
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('beforeprint', this.#print);
    addEventListener('afterprint', this.#print);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#print);
    removeEventListener('afterprint', this.#print);
  }

  protected override derive(data: EventTimelineData, lang: string) {
    return timelineView(data, lang);
  }

  protected override renderFacts({ data, events, zone }: TimelineView) {
    const lang = this.locale;
    const level = this.headingLevel + (data.title ? 1 : 0);
    const all = events.length;
    // A whole number of events (a fraction rounds down; below 1, or not a number: every event shows).
    const visible = Math.floor(this.visible);
    const long = visible > 0 && all > visible;
    const hidden = long && !this.#expanded && !this.#printing ? all - visible : 0;
    const item = ([event, i]: [EventView, number], date: string) =>
      html`<div class="event" part="event" data-i=${i} tabindex="-1">${eventBody(event, lang, level + 1, date)}</div>`;
    return html`
      ${data.title ? heading(this.headingLevel, data.title) : nothing}
      ${zone ? html`<p class="meta zone">${t(lang, 'timesIn', { zone })}</p>` : nothing}
      ${long ? this.#jump(hidden ? t(lang, 'showAll', { n: formatNumber(all, lang) }, all) : t(lang, 'toNewest'), hidden ? 0 : all - 1, data.title) : nothing}
      <ol class="days list" part="events">
        ${days(events, hidden).map(({ date, events }) => {
          const count = dayCount(date, data.epoch, lang);
          return html`<li class="day" part="day">
            ${heading(
              level,
              count
                ? html`<time datetime=${date}>${formatDate(date, lang)}</time><span class="count"><span class="visually-hidden">, </span>${count}</span>`
                : time(date, lang),
              'date',
            )}
            ${events.length > 1 ? html`<ol class="list">${events.map((e) => html`<li>${item(e, date)}</li>`)}</ol>` : item(events[0], date)}
          </li>`;
        })}
      </ol>
      ${long ? this.#jump(t(lang, 'toOldest'), 0, data.title) : nothing}
    `;
  }

  /**
   * A button that shows every event and moves focus to the `i`th in date order; named for
   * screen readers with the timeline's title, when it has one, so two timelines' buttons differ.
   */
  #jump(label: string, i: number, title?: string) {
    return html`<button type="button" part="more" @click=${async () => {
      this.#expanded = true;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-i="${i}"]`)?.focus();
    }}>${label}${title ? html`<span class="visually-hidden">: <bdi>${title}</bdi></span>` : nothing}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
  }
}
