/**
 * How `<event-timeline>` orders and groups its events, by pure functions.
 *
 * Order: by the first calendar day of `start`, as written in its own zone (a date-time's own
 * date, never converted); on that day a year (`2022`) comes before a month (`2022-01`) before a
 * whole day, and a whole day's events before those with a time; events with times go by the
 * instant they happen (10:00 at UTC+03:00 before 23:30 at UTC+02:00); anything else keeps its
 * JSON order.
 */
import { dayOf, daysBetween, formatNumber, parseDate, zoneName } from '../../core/format.js';
import type { EventCardData } from '../event-card/event-card.shape.js';
import { type EventView, eventView } from '../event-card/event-card.view.js';
import type { Epoch, EventTimelineData } from './event-timeline.shape.js';

/** The first day it covers and its precision (0 a year, 1 a month, 2 a day, 3 a time), then a date-time's instant. */
const sortKey = (iso: string): [string, number] => [
  dayOf(iso) + (iso.length === 4 ? 0 : iso.length === 7 ? 1 : iso.length === 10 ? 2 : 3),
  iso.length > 10 ? parseDate(iso).instant : 0,
];

/** The events in date order; a stable sort, so what the rules leave equal keeps JSON order. */
export const byDate = (events: EventCardData[]) =>
  events
    .map((event) => [sortKey(event.start), event] as const)
    .sort(([[a, x]], [[b, y]]) => (a < b ? -1 : a > b ? 1 : x - y))
    .map(([, event]) => event);

/** The one zone every date-time in the timeline is given in; undefined when there are none or several. */
function sharedZone(events: EventCardData[]) {
  const offsets = new Set(
    events.flatMap((e) => [e.start, e.end ?? '']).flatMap((iso) => (iso.length > 10 ? [zoneName(parseDate(iso).offset!)] : [])),
  );
  return offsets.size === 1 ? [...offsets][0] : undefined;
}

export interface TimelineView {
  data: EventTimelineData;
  /** Every event as `<event-card>` shows it, in date order. */
  events: EventView[];
  /** The zone all its times are in, said once ("Times are in UTC+02:00"); each time says its own where they differ. */
  zone?: string;
}

export function timelineView(data: EventTimelineData, lang: string): TimelineView {
  const zone = sharedZone(data.events);
  return { data, zone, events: byDate(data.events).map((event) => eventView(event, lang, !zone)) };
}

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
