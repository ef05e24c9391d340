/**
 * How `<event-timeline>` orders and groups its events, by pure functions.
 *
 * Order: by the first calendar day of `start`, as written in its own zone (a date-time's own
 * date, never converted); on that day a year (`2022`) comes before a month (`2022-01`) before
 * days and times; everything else on the same day keeps its JSON order, times included
 * (the spec: events on the same day stay in JSON order).
 */
import { dayOf, daysBetween, formatNumber } from '../../core/format.js';
import type { EventCardData } from '../event-card/event-card.shape.js';
import { type EventView, eventView } from '../event-card/event-card.view.js';
import type { Epoch, EventTimelineData } from './event-timeline.shape.js';

/** `2022-03-01` + precision rank (4 year, 7 month, 9 day or time). */
const sortKey = (iso: string) => dayOf(iso) + Math.min(iso.length, 9);

/** The events in date order; a stable sort, so the same day keeps JSON order. */
export const byDate = (events: EventCardData[]) =>
  events
    .map((event) => [sortKey(event.start), event] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, event]) => event);

export interface TimelineView {
  data: EventTimelineData;
  /** Every event as `<event-card>` shows it, in date order. */
  events: EventView[];
}

export const timelineView = (data: EventTimelineData, lang: string): TimelineView => ({
  data,
  events: byDate(data.events).map((event) => eventView(event, lang)),
});

/** Consecutive events on the same day (a partial date: the same month or year), with their index in date order. */
export interface Day {
  /** `2022-03-03`, or `2022-03` / `2022` for partial dates. */
  date: string;
  events: [event: EventView, index: number][];
}

/** `sorted` from index `from` on, grouped by day. */
export function days(sorted: EventView[], from: number): Day[] {
  const out: Day[] = [];
  for (let i = from; i < sorted.length; i++) {
    const date = sorted[i].event.start.slice(0, 10);
    const last = out[out.length - 1];
    if (last?.date === date) last.events.push([sorted[i], i]);
    else out.push({ date, events: [[sorted[i], i]] });
  }
  return out;
}

/**
 * The epoch's label for `date` ("Day 8 of the invasion"), the epoch's own date being day 1;
 * undefined without an epoch, before it, and for partial dates (a month has no day count).
 */
export function dayCount(date: string, epoch: Epoch | undefined, lang: string) {
  const n = epoch && date.length === 10 ? daysBetween(epoch.date, date) + 1 : 0;
  return n > 0 ? epoch!.label.replaceAll('{n}', formatNumber(n, lang)) : undefined;
}
