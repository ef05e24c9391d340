import type { BadFixture, Fixture } from '../../test-support/fixture.js';
import { inEveryLanguage, seedStory } from '../../test-support/seed.js';

const seed = seedStory.itineraries[0];
const [brussels, poland, chisinau] = seed.stops;

/** The seed's trip with every coordinate removed: a list, and no map. */
const withoutCoordinates = {
  ...seed,
  stops: seed.stops.map(({ place: { lat, lon, ...place }, ...stop }) => ({ ...stop, place })),
};

export const valid: Fixture[] = [
  {
    name: 'seed',
    title: "The seed story: Blinken's six-nation trip, its stops in order beside a locator map drawn from their coordinates.",
    data: seed,
  },
  {
    name: 'fullStops',
    title:
      'Stops with dates, a two-day stop, meetings with linked names, a stop without coordinates (listed, not mapped) and an updates log.',
    data: {
      traveller: { name: 'Antony Blinken', role: 'United States Secretary of State', url: 'https://www.state.gov/' },
      title: 'Blinken in Europe',
      start: '2022-03-03',
      end: '2022-03-08',
      stops: [
        {
          place: brussels.place,
          date: '2022-03-03',
          end: '2022-03-04',
          meetings: [
            { name: 'Jens Stoltenberg', role: 'NATO Secretary General', url: 'https://www.nato.int/' },
            { name: 'G7 foreign ministers', kind: 'organization' },
          ],
          purpose: 'NATO and G7 meetings on the invasion.',
        },
        { ...poland, date: '2022-03-05' },
        { place: { name: 'Rzeszów', country: 'Poland' }, date: '2022-03-05', purpose: 'A refugee reception centre near the border.' },
        { ...chisinau, date: '2022-03-06' },
        { place: 'Vilnius', end: '2022-03-07' },
      ],
      updates: [
        { date: '2022-03-05', text: 'Added the stop in Rzeszów.' },
        { date: '2022-03-07', text: 'Corrected the date of the stop in Chișinău.' },
      ],
    },
  },
  {
    name: 'noCoordinates',
    title: 'Stops without coordinates: the list only; the map’s code is never downloaded.',
    data: withoutCoordinates,
  },
  {
    name: 'oneStop',
    title: 'A single stop: the map shows the region around it.',
    data: {
      traveller: 'Olaf Scholz',
      start: '2022-02-15',
      stops: [{ place: { name: 'Moscow', countryCode: 'RU', lat: 55.7558, lon: 37.6173 }, date: '2022-02-15' }],
    },
  },
  {
    name: 'acrossThePacific',
    title: 'A route across the antimeridian (Tokyo, Honolulu, San Francisco) drawn across the Pacific, not the long way round.',
    data: {
      traveller: { name: 'Japanese trade delegation', kind: 'organization' },
      title: 'Pacific trade mission',
      stops: [
        { place: { name: 'Tokyo', countryCode: 'JP', lat: 35.6762, lon: 139.6503 }, date: '2023-05-01' },
        { place: { name: 'Honolulu', country: 'United States', lat: 21.3099, lon: -157.8581 }, date: '2023-05-04' },
        { place: { name: 'San Francisco', countryCode: 'US', lat: 37.7749, lon: -122.4194 }, date: '2023-05-06' },
      ],
    },
  },
  {
    name: 'longText',
    title: 'Long names, purposes and lists of meetings wrap inside the box, at any width.',
    data: {
      traveller: {
        name: 'Antony John Blinken, seventy-first United States Secretary of State in the administration of President Joseph R. Biden',
        role: 'United States Secretary of State and head of the Department of State',
      },
      title: 'A very long title about a six-nation trip through Europe to coordinate the response to the invasion of Ukraine',
      purpose: `${'Coordinate the international response to the invasion, meet allies and partners, and visit refugee centres. '.repeat(3)}Supercalifragilisticexpialidociousunbreakablestringwithoutanyspaces.`,
      start: '2022-03-03',
      end: '2022-03-08',
      stops: seed.stops.map((stop) => ({
        ...stop,
        purpose: 'Talks on sanctions, humanitarian corridors, energy security, refugees, and military assistance to Ukraine.',
        meetings: [
          { name: 'The Minister of Foreign Affairs and International Cooperation', role: 'head of the foreign ministry' },
          { name: 'The Prime Minister', role: 'head of government' },
          { name: 'Civil-society representatives and leaders of humanitarian organisations', kind: 'organization' },
        ],
      })),
    },
  },
  ...inEveryLanguage('The seed story’s trip', (story) => story.itineraries[0]),
  {
    name: 'dark',
    title: 'The seed story with theme="dark": the map and the route in dark colours, every colour pair at WCAG AA contrast.',
    data: seed,
    theme: 'dark',
  },
  {
    name: 'narrow',
    title: 'The seed story in a 320 px sidebar: below 36em the map sits above the list.',
    data: seed,
    width: 320,
  },
];

const withStops = (stops: unknown[]) => ({ ...seed, stops });

export const invalid: BadFixture[] = [
  {
    name: 'stopWithoutPlace',
    title: 'A stop without a place',
    data: withStops([brussels, poland, { date: '2022-03-06', purpose: 'Refugees.' }]),
    path: '/stops/2/place',
    message: 'expected an object or a string (required), got nothing',
  },
  {
    name: 'latitudeOutOfRange',
    title: 'A latitude of 95°',
    data: withStops([{ ...brussels, place: { ...brussels.place, lat: 95 } }, poland]),
    path: '/stops/0/place/lat',
    message: 'expected a number from -90 to 90, got the number 95',
  },
  {
    name: 'stopEndBeforeDate',
    title: 'A stop that ends before it starts',
    data: withStops([brussels, { ...poland, date: '2022-03-05', end: '2022-03-04' }]),
    path: '/stops/1/end',
    message: 'expected "end" not to be before "date" (2022-03-05), got the string "2022-03-04"',
  },
  {
    name: 'tripEndBeforeStart',
    title: 'A trip that ends before it starts',
    data: { ...seed, end: '2022-03-01' },
    path: '/end',
    message: 'expected "end" not to be before "start" (2022-03-03), got the string "2022-03-01"',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL on a meeting',
    data: withStops([{ ...brussels, meetings: [{ name: 'Click me', url: 'javascript:alert(1)' }] }]),
    path: '/stops/0/meetings/0/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'noStops',
    title: 'No stops',
    data: withStops([]),
    path: '/stops',
    message: 'expected at least 1 item, got 0',
  },
  {
    name: 'missingTraveller',
    title: 'No traveller',
    data: { title: seed.title, stops: seed.stops },
    path: '/traveller',
    message: 'expected an object or a string (required), got nothing',
  },
];
