/**
 * An event as an iCalendar file (RFC 5545), made in the browser: no network request.
 *
 * - All-day events (a `start` without a time) get `DTSTART;VALUE=DATE` and an exclusive
 *   `DTEND;VALUE=DATE`, the day after the last day (a month or year `end`: the day after it ends).
 * - Date-times are written in UTC (`DTSTART:20220305T090000Z`), converted from their offset,
 *   so calendars show them in the reader's zone. A date-only `end` of a timed event ends at
 *   midnight after that day, in the start's offset; a timed event without `end` has no `DTEND`.
 * - `UID` is derived from `start` and `title`, so downloading again updates the same entry.
 * - TEXT values escape `\ ; ,` and newlines; lines are folded at 75 octets (never inside a
 *   UTF-8 sequence) and end with CRLF.
 */
import { type DateParts, formatList, parseDate, plain } from '../../core/format.js';
import { safeLink } from '../../core/url.js';
import type { EventCardData } from './event-card.shape.js';
import { placeName } from './event-card.view.js';

const text = (s: string) =>
  s
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/\p{Cc}/gu, ' ');

/** `20220305T090000Z` */
const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');

/** The first moment after a date's period, on its own wall clock. */
const after = ({ precision, wall }: DateParts) => {
  const next = new Date(wall);
  if (precision === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCHours(24, 0, 0, 0);
  return next.getTime();
};

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
const fold = (line: string) => {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
};

/** A short stable hash (FNV-1a) for the UID. */
const hash = (s: string) => {
  let h = 2166136261;
  for (const char of s) h = Math.imul(h ^ char.codePointAt(0)!, 16777619);
  return (h >>> 0).toString(36);
};

/** The `.ics` text for `event`; `lang` writes the places list, `now` is the `DTSTAMP`. */
export function icsOf(event: EventCardData, lang: string, now = Date.now()): string {
  const start = parseDate(event.start);
  const end = event.end ? parseDate(event.end) : undefined;
  const timed = start.precision === 'time';
  const url = safeLink(event.url)?.href;
  return `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//claimkit//event-card//EN',
    'BEGIN:VEVENT',
    `UID:${hash(event.start + event.title)}@claimkit`,
    `DTSTAMP:${utc(now)}`,
    timed ? `DTSTART:${utc(start.instant)}` : `DTSTART;VALUE=DATE:${utc(start.wall.getTime()).slice(0, 8)}`,
    timed
      ? end && `DTEND:${utc(end.precision === 'time' ? end.instant : after(end) - start.wall.getTime() + start.instant)}`
      : `DTEND;VALUE=DATE:${utc(after(end ?? start)).slice(0, 8)}`,
    `SUMMARY:${text(event.title)}`,
    event.places?.length && `LOCATION:${text(plain(formatList(event.places.map(placeName), lang)))}`,
    event.summary && `DESCRIPTION:${text(event.summary)}`,
    url && `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .filter(Boolean)
    .map((line) => fold(line as string))
    .join('\r\n')}\r\n`;
}

/** Downloads `event` as an `.ics` file named after its title, through a `blob:` URL. */
export function downloadIcs(event: EventCardData, lang: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([icsOf(event, lang)], { type: 'text/calendar' }));
  link.download = `${
    event.title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'event'
  }.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
