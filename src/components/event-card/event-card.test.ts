import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDateRange } from '../../core/format.js';
import '../../define/event-card.js';
import { validate } from '../../core/problems.js';
import { $, $$, badDataTests, fixtureRenderer, rendersEveryValidFixture, structuredData, text } from '../../test-support/element-tests.js';
import { invalid, meeting, valid } from './event-card.fixtures.js';
import { icsOf } from './event-card.ics.js';
import type { EventCardElement } from './event-card.js';
import { type EventCardData, eventCardShape } from './event-card.shape.js';

const render = fixtureRenderer<EventCardElement>('event-card', valid, 'en-US');

/** A value as read: list items joined by " | ". */
const value = (dd: Element) => (dd.querySelector('li') ? [...dd.querySelectorAll('li')].map(text).join(' | ') : text(dd));
/** The when / where / who list as [label, value] pairs. */
const facts = (el: Element) => $$(el, '.facts dt').map((dt) => [text(dt), value(dt.nextElementSibling!)]);
const times = (el: Element, selector = '.facts dd:first-of-type time') =>
  $$(el, selector).map((t) => [t.getAttribute('datetime'), text(t)]);
const checked = (data: unknown) => {
  const result = validate(eventCardShape, data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value as EventCardData;
};

describe('<event-card> with the seed story', () => {
  it('shows the title, the status in words, when, where, who and the summary', async () => {
    const el = await render('seed');
    expect(text($(el, 'h2'))).to.equal('Blinken departs on a six-day trip to European allies and partners');
    expect(text($(el, '.status'))).to.equal('Status: Ongoing');
    expect($(el, '.status').dataset.status).to.equal('ongoing');
    expect(facts(el)).to.deep.equal([
      ['When', 'March 3 – 8, 2022'],
      ['Where', 'Belgium, Poland, Moldova, Lithuania, Latvia, and Estonia'],
      ['Who', 'Antony Blinken, United States Secretary of State'],
    ]);
    expect(text($(el, '.summary'))).to.equal(
      "The trip is meant to coordinate the international response to Russia's invasion of Ukraine and to assure neighbouring countries of the US commitment to their security.",
    );
    expect($$(el, '.sources li').map(text)).to.deep.equal(['US State Department, March 2, 2022']);
    expect($(el, 'button'), 'no calendar for an ongoing event').to.equal(null);
  });

  it('puts a <time datetime> on each end of the range', async () => {
    const el = await render('seed');
    expect(times(el)).to.deep.equal([
      ['2022-03-03', '3'],
      ['2022-03-08', '8'],
    ]);
  });

  it('lists organisations taking part, one a line', async () => {
    const el = await render('seedTalks');
    expect(facts(el)).to.deep.equal([
      ['When', 'March 3, 2022'],
      ['Where', 'Belarus'],
      ['Who', 'Russian delegation | Ukrainian delegation'],
    ]);
    expect($$(el, '.facts li').map(text)).to.deep.equal(['Russian delegation', 'Ukrainian delegation']);
  });

  it('writes one schema.org Event, field by field', async () => {
    const el = await render('seed');
    const ld = await structuredData(el);
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Blinken departs on a six-day trip to European allies and partners',
      startDate: '2022-03-03',
      endDate: '2022-03-08',
      eventStatus: 'https://schema.org/EventScheduled',
      location: ['Belgium', 'Poland', 'Moldova', 'Lithuania', 'Latvia', 'Estonia'].map((name, i) => ({
        '@type': 'Place',
        name,
        address: { '@type': 'PostalAddress', addressCountry: ['BE', 'PL', 'MD', 'LT', 'LV', 'EE'][i] },
      })),
      performer: [{ '@type': 'Person', name: 'Antony Blinken', jobTitle: 'United States Secretary of State' }],
      description:
        "The trip is meant to coordinate the international response to Russia's invasion of Ukraine and to assure neighbouring countries of the US commitment to their security.",
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      for (const name of ['seed', 'scheduled']) {
        const el = await render(name, { theme });
        await expect(el).to.be.accessible();
      }
    });
  }
});

describe('<event-card> dates', () => {
  const cases: [fixture: string, when: string, times: [string, string][]][] = [
    ['day', 'February 24, 2022', [['2022-02-24', 'February 24, 2022']]],
    [
      'acrossMonths',
      'February 24 – March 8, 2022',
      [
        ['2022-02-24', 'February 24'],
        ['2022-03-08', 'March 8'],
      ],
    ],
    [
      'acrossYears',
      'December 27, 2021 – January 2, 2022',
      [
        ['2021-12-27', 'December 27, 2021'],
        ['2022-01-02', 'January 2, 2022'],
      ],
    ],
    ['partial', 'March 2022', [['2022-03', 'March 2022']]],
    ['dateTime', 'March 5, 2022 at 10:30 PM UTC+02:00', [['2022-03-05T22:30:00+02:00', 'March 5, 2022 at 10:30 PM UTC+02:00']]],
    [
      'scheduled',
      'March 5, 2022, 10:00 – 11:30 AM UTC+01:00',
      [
        ['2022-03-05T10:00:00+01:00', '10:00'],
        ['2022-03-05T11:30:00+01:00', '11:30'],
      ],
    ],
  ];
  for (const [name, when, expected] of cases) {
    it(`${name}: "${when}"`, async () => {
      const el = await render(name);
      expect(facts(el)[0]).to.deep.equal(['When', when]);
      expect(times(el)).to.deep.equal(expected);
    });
  }

  it('writes ranges in the reader’s language, shared month and year once', async () => {
    for (const lang of ['uk', 'ar']) {
      const el = await render('seed', { lang });
      expect(text($(el, '.facts dd'))).to.equal(formatDateRange('2022-03-03', '2022-03-08', lang).replace(/\s+/g, ' '));
      expect(times(el).map(([datetime]) => datetime)).to.deep.equal(['2022-03-03', '2022-03-08']);
    }
    const uk = await render('seed', { lang: 'uk' });
    expect(text($(uk, '.facts dd'))).to.equal('3–8 березня 2022 р.');
  });

  it('says its own words in the reader’s language', async () => {
    const uk = await render('ukrainian');
    expect([text($(uk, '.status')), ...facts(uk).map(([label]) => label)]).to.deep.equal(['Статус: Триває', 'Коли', 'Де', 'Хто']);
    const ar = await render('arabic');
    expect([text($(ar, '.status')), ...facts(ar).map(([label]) => label)]).to.deep.equal(['الحالة: جارٍ', 'متى', 'أين', 'من']);
    const calendar = await render('scheduled', { lang: 'uk' });
    expect(text($(calendar, 'button'))).to.equal('Додати до календаря: Blinken meets Polish Foreign Minister Zbigniew Rau');
  });
});

describe('<event-card> status, places, people and links', () => {
  it('says every status in words; only scheduled events with a day or time offer "Add to calendar"', async () => {
    const rows: [string, string, boolean][] = [];
    for (const name of ['scheduled', 'scheduledAllDay', 'partial', 'seed', 'concluded', 'postponed', 'cancelled', 'day']) {
      const el = await render(name);
      rows.push([name, text($(el, '.status')) ?? '', !!$(el, 'button')]);
    }
    expect(rows).to.deep.equal([
      ['scheduled', 'Status: Scheduled', true],
      ['scheduledAllDay', 'Status: Scheduled', true],
      ['partial', 'Status: Scheduled', false],
      ['seed', 'Status: Ongoing', false],
      ['concluded', 'Status: Concluded', false],
      ['postponed', 'Status: Postponed', false],
      ['cancelled', 'Status: Cancelled', false],
      ['day', '', false],
    ]);
  });

  it('names a place’s country when it is not the place itself', async () => {
    const el = await render('concluded');
    expect(facts(el)).to.deep.equal([
      ['When', 'February 28, 2022'],
      ['Where', 'Gomel (Belarus)'],
    ]);
  });

  it('links the title to url and participants to theirs; sources and updates (newest first) follow', async () => {
    const el = await render('scheduled');
    const title = $(el, 'h2 a');
    expect([text(title), title.getAttribute('href'), title.getAttribute('rel')]).to.deep.equal([
      'Blinken meets Polish Foreign Minister Zbigniew Rau',
      'https://example.org/events/blinken-rau',
      'noopener noreferrer',
    ]);
    expect($$(el, '.facts li').map(text)).to.deep.equal([
      'Antony Blinken, United States Secretary of State',
      'Zbigniew Rau, Foreign Minister, Poland',
    ]);
    expect($(el, '.facts li a').getAttribute('href')).to.equal('https://example.org/rau');
    expect(text($(el, '.summary'))).to.equal('Talks on refugees, security; a joint press conference follows. Closed to the press.');
    expect($$(el, '.sources li').map(text)).to.deep.equal(['US State Department, March 4, 2022', 'Reuters']);
    expect($$(el, '.updates li').map(text)).to.deep.equal(['March 5, 2022: Added the place.', 'March 4, 2022: Added the meeting time.']);
  });

  it('writes postponed and cancelled into the JSON-LD, and places with coordinates', async () => {
    const ld = async (name: string) => {
      return structuredData(await render(name));
    };
    expect((await ld('postponed')).eventStatus).to.equal('https://schema.org/EventPostponed');
    expect((await ld('cancelled')).eventStatus).to.equal('https://schema.org/EventCancelled');
    expect((await ld('concluded')).eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(await ld('day')).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'The invasion begins',
      startDate: '2022-02-24',
    });
    expect(await ld('scheduled')).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Blinken meets Polish Foreign Minister Zbigniew Rau',
      startDate: '2022-03-05T10:00:00+01:00',
      endDate: '2022-03-05T11:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'Rzeszów',
        address: { '@type': 'PostalAddress', addressCountry: 'PL' },
        geo: { '@type': 'GeoCoordinates', latitude: 50.04, longitude: 22 },
      },
      performer: [
        { '@type': 'Person', name: 'Antony Blinken', jobTitle: 'United States Secretary of State' },
        {
          '@type': 'Person',
          name: 'Zbigniew Rau',
          jobTitle: 'Foreign Minister',
          affiliation: { '@type': 'Organization', name: 'Poland' },
          url: 'https://example.org/rau',
        },
      ],
      description: 'Talks on refugees, security; a joint press conference follows.\nClosed to the press.',
      url: 'https://example.org/events/blinken-rau',
    });
  });
});

describe('<event-card> "Add to calendar"', () => {
  const NOW = Date.UTC(2022, 2, 4, 12, 0, 0);

  it('makes an RFC 5545 file: UTC times from the offset, escaped text, CRLF', () => {
    expect(icsOf(checked(meeting), 'en-US', NOW)).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//claimkit//event-card//EN',
        'BEGIN:VEVENT',
        'UID:107c5aw@claimkit',
        'DTSTAMP:20220304T120000Z',
        'DTSTART:20220305T090000Z',
        'DTEND:20220305T103000Z',
        'SUMMARY:Blinken meets Polish Foreign Minister Zbigniew Rau',
        'LOCATION:Rzeszów (Poland)',
        'DESCRIPTION:Talks on refugees\\, security\\; a joint press conference follows',
        ' .\\nClosed to the press.',
        'URL:https://example.org/events/blinken-rau',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('makes all-day events with an exclusive end date, whatever the ends’ precision', () => {
    const lines = (event: object) =>
      icsOf(checked({ title: 'T', ...event }), 'en-US', NOW)
        .split('\r\n')
        .filter((line) => /^DT(START|END)/.test(line));
    expect(lines({ start: '2022-03-06' })).to.deep.equal(['DTSTART;VALUE=DATE:20220306', 'DTEND;VALUE=DATE:20220307']);
    expect(lines({ start: '2022-02-24', end: '2022-03-08' })).to.deep.equal(['DTSTART;VALUE=DATE:20220224', 'DTEND;VALUE=DATE:20220309']);
    expect(lines({ start: '2021-12-30', end: '2022-01-02' })).to.deep.equal(['DTSTART;VALUE=DATE:20211230', 'DTEND;VALUE=DATE:20220103']);
    expect(lines({ start: '2022-02-28', end: '2022-03' })).to.deep.equal(['DTSTART;VALUE=DATE:20220228', 'DTEND;VALUE=DATE:20220401']);
    expect(lines({ start: '2022-03', end: '2022' })).to.deep.equal(['DTSTART;VALUE=DATE:20220301', 'DTEND;VALUE=DATE:20230101']);
    expect(lines({ start: '2022-03-05', end: '2022-03-06T10:00:00-05:00' })).to.deep.equal([
      'DTSTART;VALUE=DATE:20220305',
      'DTEND;VALUE=DATE:20220307',
    ]);
    // Timed: a date-only end ends at midnight after it, in the start's offset; no end, no DTEND.
    expect(lines({ start: '2022-03-05T22:30:00+02:00', end: '2022-03-06' })).to.deep.equal([
      'DTSTART:20220305T203000Z',
      'DTEND:20220306T220000Z',
    ]);
    expect(lines({ start: '2022-03-05T22:30:00Z' })).to.deep.equal(['DTSTART:20220305T223000Z']);
  });

  it('folds lines at 75 octets without splitting a character, and escapes \\ ; , and newlines', () => {
    const summary = `Переговори; «мир», \\ кінець\r\nрядок 2\n${'ж'.repeat(80)} 🇺🇦`;
    const ics = icsOf(checked({ title: 'T', start: '2022-03-06', summary }), 'en-US', NOW);
    const lines = ics.split('\r\n');
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    for (const line of lines) expect(bytes(line), line).to.be.at.most(75);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(ics), 'no bare LF').to.equal(false);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`DESCRIPTION:Переговори\\; «мир»\\, \\\\ кінець\\nрядок 2\\n${'ж'.repeat(80)} 🇺🇦\r\n`);
    const description = lines.slice(lines.findIndex((l) => l.startsWith('DESCRIPTION:')));
    // "DESCRIPTION:" is 12 octets; each Cyrillic letter 2: the first line is full at 74 or 75.
    expect(bytes(description[0])).to.be.within(74, 75);
    expect(description[1].startsWith(' ')).to.equal(true);
  });

  it('downloads the file through a blob: URL on click, with no network request', async () => {
    const el = await render('scheduled');
    const clicked: HTMLAnchorElement[] = [];
    const blobs: Blob[] = [];
    const requests: unknown[] = [];
    const { click } = HTMLAnchorElement.prototype;
    const { createObjectURL } = URL;
    const { fetch } = window;
    const { open } = XMLHttpRequest.prototype;
    const resources = performance.getEntriesByType('resource').length;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return createObjectURL(blob);
    };
    window.fetch = (...args: Parameters<typeof fetch>) => {
      requests.push(args);
      return fetch(...args);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      requests.push(args);
      return (open as (...a: unknown[]) => void).apply(this, args);
    };
    try {
      const button = $(el, 'button');
      expect(text(button)).to.equal('Add to calendar: Blinken meets Polish Foreign Minister Zbigniew Rau');
      expect(button.getAttribute('type')).to.equal('button');
      button.focus();
      await sendKeys({ press: 'Enter' });
      // The .ics writer is a lazy chunk of the CDN files, loaded on the first click.
      await waitUntil(() => clicked.length > 0, 'no download started');
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
      window.fetch = fetch;
      XMLHttpRequest.prototype.open = open;
    }
    expect(clicked).to.have.length(1);
    const [a] = clicked;
    expect(a.download).to.equal('Blinken-meets-Polish-Foreign-Minister-Zbigniew-Rau.ics');
    expect(a.href.startsWith('blob:')).to.equal(true);
    expect(blobs[0].type).to.equal('text/calendar');
    const ics = await blobs[0].text();
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)\r\n/.exec(ics)![1];
    expect(ics).to.equal(icsOf(checked(meeting), 'en-US', NOW).replace('DTSTAMP:20220304T120000Z', `DTSTAMP:${stamp}`));
    expect(requests).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(resources);
  });
});

describe('<event-card> layout and languages', () => {
  it('sets labels beside values from 30rem and above them in a 280 px sidebar, within its box', async () => {
    const wide = await render('scheduled', { width: 800 });
    const [dt, dd] = [$(wide, '.facts dt'), $(wide, '.facts dd')].map((n) => n.getBoundingClientRect());
    expect(dd.top).to.be.closeTo(dt.top, 4);
    expect(dd.left).to.be.greaterThan(dt.right);
    const narrow = await render('narrow');
    const [ndt, ndd] = [$(narrow, '.facts dt'), $(narrow, '.facts dd')].map((n) => n.getBoundingClientRect());
    expect(ndd.top).to.be.at.least(ndt.bottom - 1);
    const box = narrow.getBoundingClientRect();
    expect(box.width).to.equal(280);
    for (const node of $$(narrow, 'h2, .facts, .summary, button, .sources'))
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(box.right + 0.5);
    const long = await render('longText', { width: 280 });
    for (const node of $$(long, 'h2, .facts'))
      expect(node.getBoundingClientRect().right).to.be.at.most(long.getBoundingClientRect().right + 0.5);
  });

  it('runs right to left in Arabic, the labels at the right', async () => {
    const el = await render('arabic');
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    const [dt, dd] = [$(el, '.facts dt'), $(el, '.facts dd')].map((n) => n.getBoundingClientRect());
    expect(dt.left).to.be.greaterThan(dd.right);
    await expect(el).to.be.accessible();
  });

  rendersEveryValidFixture(valid, render, { accessible: true });
});

badDataTests('event-card', invalid, 'Blinken travels to Europe, 3–8 March.', 'h2, button, a');
