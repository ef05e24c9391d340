import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const [seed, talks] = seedStory.events;
const blinken = seed.participants[0];

/** A scheduled meeting with every field: a date-time range with its offset, a linked title, sources, updates. */
export const meeting = {
  title: 'Blinken meets Polish Foreign Minister Zbigniew Rau',
  start: '2022-03-05T10:00:00+01:00',
  end: '2022-03-05T11:30:00+01:00',
  status: 'scheduled',
  places: [{ name: 'Rzeszów', country: 'Poland', countryCode: 'PL', lat: 50.04, lon: 22.0 }],
  participants: [
    blinken,
    { name: 'Zbigniew Rau', role: 'Foreign Minister', affiliation: 'Poland', kind: 'person', url: 'https://example.org/rau' },
  ],
  summary: 'Talks on refugees, security; a joint press conference follows.\nClosed to the press.',
  url: 'https://example.org/events/blinken-rau',
  sources: [{ name: 'US State Department', url: 'https://example.org/state-department/schedule', date: '2022-03-04' }, 'Reuters'],
  updates: [
    { date: '2022-03-04', text: 'Added the meeting time.' },
    { date: '2022-03-05', text: 'Added the place.' },
  ],
};

const event = (title: string, start: string, extra: object = {}) => ({ title, start, ...extra });

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: "The seed story: Blinken's six-day trip, ongoing, 3–8 March, with six countries, one participant and a source.",
    data: seed,
  },
  {
    name: 'seedTalks',
    title: 'The seed story: the second round of talks, on one day, with two organisations as participants.',
    data: talks,
  },
  {
    name: 'scheduled',
    title:
      'A scheduled meeting with every field: a time range in its own zone (UTC+01:00), a linked title and participant, sources, updates, and "Add to calendar".',
    data: meeting,
  },
  {
    name: 'scheduledAllDay',
    title: 'A scheduled event with a day and no time: "Add to calendar" downloads an all-day event.',
    data: event('Russian and Ukrainian negotiators agree to hold peace talks', '2022-03-06', { status: 'scheduled' }),
  },
  {
    name: 'concluded',
    title: 'A concluded event at a place with its country: "Gomel (Belarus)".',
    data: seedStory.timeline.events[1],
  },
  {
    name: 'postponed',
    title: 'A postponed event: the status in words, never by colour alone.',
    data: event('Ministerial press conference', '2022-03-07', { status: 'postponed', places: ['Warsaw'] }),
  },
  {
    name: 'cancelled',
    title: 'A cancelled event: the status in words, never by colour alone.',
    data: event('Lavrov addresses the UN Human Rights Council in person', '2022-03-01', {
      status: 'cancelled',
      places: [{ name: 'Geneva', country: 'Switzerland', countryCode: 'CH' }],
    }),
  },
  { name: 'day', title: 'The least an event needs: a title and a day.', data: event('The invasion begins', '2022-02-24') },
  {
    name: 'acrossMonths',
    title: 'A range across two months, with what both ends share written once.',
    data: event('The first weeks of the invasion', '2022-02-24', { end: '2022-03-08' }),
  },
  {
    name: 'acrossYears',
    title: 'A range across the turn of a year, both years written.',
    data: event('Vienna talks on the Iran nuclear deal', '2021-12-27', { end: '2022-01-02' }),
  },
  {
    name: 'partial',
    title: 'A date known only to the month, written as a month: "March 2022".',
    data: event('Talks on a humanitarian corridor', '2022-03', { status: 'scheduled' }),
  },
  {
    name: 'dateTime',
    title: 'A date-time with its offset, shown in its own zone (UTC+02:00), never converted to the reader’s.',
    data: event('Zelenskyy addresses the nation', '2022-03-05T22:30:00+02:00', { status: 'concluded', places: ['Kyiv'] }),
  },
  {
    name: 'longText',
    title: 'A long title with a 60-letter word and six places wrap inside the box.',
    data: {
      ...seed,
      title: `${seed.title} — ${'and a title that goes on and on '.repeat(3)}Supercalifragilisticexpialidociousunbreakablestringwithoutspaces`,
    },
  },
  ...inEveryLanguage('The seed story’s trip', (story) => story.events[0]),
  {
    name: 'dark',
    title: 'The scheduled meeting with theme="dark": every colour pair still passes WCAG AA contrast.',
    data: meeting,
    theme: 'dark',
  },
  {
    name: 'narrow',
    title: 'The scheduled meeting in a 280 px sidebar: below 30em the labels sit above their values.',
    data: meeting,
    width: 280,
  },
];

export const invalid: BadFixture[] = [
  {
    name: 'missingStart',
    title: 'No start date',
    data: { title: seed.title, end: seed.end },
    path: '/start',
    message: 'expected a date like 2022-03-03, 2022-03, 2022 or 2022-03-05T10:00:00+01:00 (required), got nothing',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: { ...seed, start: '2022-02-30' },
    path: '/start',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
  {
    name: 'endBeforeStart',
    title: 'An end before the start',
    data: { ...seed, start: '2022-03-08', end: '2022-03-03' },
    path: '/end',
    message: 'expected "end" not to be before "start" (2022-03-08), got the string "2022-03-03"',
  },
  {
    name: 'endBeforeStartTime',
    title: 'An end time before the start time on the same day',
    data: { ...meeting, end: '2022-03-05T09:30:00+01:00' },
    path: '/end',
    message: 'expected "end" not to be before "start" (2022-03-05T10:00:00+01:00), got the string "2022-03-05T09:30:00+01:00"',
  },
  {
    name: 'unknownStatus',
    title: 'A status that does not exist',
    data: { ...seed, status: 'planned' },
    path: '/status',
    message: 'expected one of "scheduled", "ongoing", "concluded", "postponed", "cancelled", got the string "planned"',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL',
    data: { ...seed, url: 'javascript:alert(1)' },
    path: '/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'placeWithoutName',
    title: 'A place without a name',
    data: { ...seed, places: [...seed.places.slice(0, 2), { countryCode: 'MD' }] },
    path: '/places/2/name',
    message: 'expected a non-empty string (required), got nothing',
  },
];
