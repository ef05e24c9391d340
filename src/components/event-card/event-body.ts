/**
 * An event's look, written once: `<event-card>` renders it as its whole content and
 * `<event-timeline>` renders it for each event.
 */
import { html, nothing } from 'lit';
import { type MessageKey, t } from '../../core/messages.js';
import { extras, heading, link, statusLabel, timeSpan, who } from '../../core/parts.js';
import type { EventView } from './event-card.view.js';

const row = (lang: string, key: MessageKey, value: unknown) => html`<dt>${t(lang, key)}</dt><dd>${value}</dd>`;

/**
 * The event: title (linked to `url`) as a heading at `level`, status in words, when, where,
 * who with their roles, summary and "Add to calendar" for scheduled events with a day or time
 * (named for screen readers with the event's title: "Add to calendar: Blinken meets Rau").
 * In a timeline (`day`: the day the event sits under, so a one-day event does not repeat it) the
 * event's own sources and updates follow; `<event-card>` has them in its footer.
 */
export function eventBody({ event, places, calendar, zone }: EventView, lang: string, level: number, day?: string) {
  const facts = [
    (event.end || event.start !== day) && row(lang, 'when', timeSpan(event.start, event.end, lang, zone)),
    places && row(lang, 'where', places),
    event.participants?.length &&
      row(lang, 'participants', html`<ul class="list">${event.participants.map((actor) => html`<li class="who">${who(actor)}</li>`)}</ul>`),
  ].filter(Boolean);
  return html`
    ${heading(level, link(event.title, event.url))}
    ${event.status ? html`<p>${statusLabel(event.status, lang)}</p>` : nothing}
    ${facts.length ? html`<dl class="facts" part="facts">${facts}</dl>` : nothing}
    ${event.summary ? html`<p class="summary" part="summary" dir="auto">${event.summary}</p>` : nothing}
    ${
      calendar
        ? html`<button type="button" part="calendar" @click=${() => import('./event-card.ics.js').then((ics) => ics.downloadIcs(event, lang))}>${t(lang, 'addToCalendar')}<span class="visually-hidden">: <bdi>${event.title}</bdi></span></button>`
        : nothing
    }
    ${day === undefined ? nothing : extras(event, lang, level)}
  `;
}
