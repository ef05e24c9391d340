/**
 * An event's look, written once: `<event-card>` renders it as its whole content and
 * `<event-timeline>` renders it for each event.
 */
import { html, nothing } from 'lit';
import { formatList } from '../../core/format.js';
import { type MessageKey, t } from '../../core/messages.js';
import { heading, link, sourcesBlock, statusLabel, timeSpan, updatesBlock, who } from '../../core/parts.js';
import type { EventCardData } from './event-card.shape.js';
import { placeName } from './event-card.view.js';

const row = (lang: string, key: MessageKey, value: unknown) => html`<dt>${t(lang, key)}</dt><dd>${value}</dd>`;

/**
 * The event: title (linked to `url`) as a heading at `level`, status in words, when, where,
 * who with their roles, summary, "Add to calendar" for scheduled events with a day or time,
 * sources and updates. `day`: the day the event sits under in a timeline, so a one-day
 * event does not repeat it.
 */
export function eventBody(event: EventCardData, lang: string, level: number, day?: string) {
  const facts = [
    (event.end || event.start !== day) && row(lang, 'when', timeSpan(event.start, event.end, lang)),
    event.places?.length && row(lang, 'where', formatList(event.places.map(placeName), lang)),
    event.participants?.length &&
      row(lang, 'participants', html`<ul class="list">${event.participants.map((actor) => html`<li class="who">${who(actor)}</li>`)}</ul>`),
  ].filter(Boolean);
  return html`
    ${heading(level, link(event.title, event.url))}
    ${event.status ? html`<p>${statusLabel(event.status, lang)}</p>` : nothing}
    ${facts.length ? html`<dl class="facts" part="facts">${facts}</dl>` : nothing}
    ${event.summary ? html`<p class="summary" part="summary">${event.summary}</p>` : nothing}
    ${
      event.status === 'scheduled' && event.start.length > 7
        ? html`<button type="button" part="calendar" @click=${() => import('./event-card.ics.js').then((ics) => ics.downloadIcs(event, lang))}>${t(lang, 'addToCalendar')}</button>`
        : nothing
    }
    ${
      event.sources?.length || event.updates?.length
        ? html`<div class="extra">${sourcesBlock(event.sources, lang, level)} ${updatesBlock(event.updates, lang, level)}</div>`
        : nothing
    }
  `;
}
