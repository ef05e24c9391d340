// Intl output as Chromium, Firefox and WebKit produce it. The test page runs in
// America/New_York (web-test-runner.config.mjs), so a date that is shifted through the local
// zone shows up here as the day before.
//
// Where the browsers' ICU data differ, a case lists every accepted output (`oneOf`):
//  - en-GB/en ranges: Chromium and Firefox write "3 – 8 March 2022" and "2021 – 2022",
//    WebKit "3–8 March 2022" and "2021–2022";
//  - uk month ranges: Firefox collapses the shared year ("березень – травень 2022 р."),
//    Chromium and WebKit repeat it ("березень 2022 р. – травень 2022 р.").
// All spaces are plain U+0020 in all three, except the group separator in uk numbers (U+00A0).
import { expect } from '@open-wc/testing';
import { dateFormat, daysBetween, formatDate, formatDateRange, formatList, formatNumber, parseDate, safeLocale } from './format.js';

/** An exact string, or every output the three browsers are known to give. */
type Expected = string | string[];

const expectText = (actual: string, expected: Expected) => {
  if (typeof expected === 'string') expect(actual).to.equal(expected);
  else expect(actual).to.be.oneOf(expected);
};

describe('formatDate', () => {
  const cases: [iso: string, lang: string, expected: string][] = [
    ['2022', 'en', '2022'],
    ['2022-03', 'en', 'March 2022'],
    ['2022-03-03', 'en', 'March 3, 2022'],
    ['2022-03-05T10:00:00+01:00', 'en', 'March 5, 2022 at 10:00 AM UTC+01:00'],
    ['2022', 'en-GB', '2022'],
    ['2022-03', 'en-GB', 'March 2022'],
    ['2022-03-03', 'en-GB', '3 March 2022'],
    ['2022-03-05T10:00:00+01:00', 'en-GB', '5 March 2022 at 10:00 UTC+01:00'],
    ['2022', 'de', '2022'],
    ['2022-03', 'de', 'März 2022'],
    ['2022-03-03', 'de', '3. März 2022'],
    ['2022-03-05T10:00:00+01:00', 'de', '5. März 2022 um 10:00 UTC+01:00'],
    ['2022', 'uk', '2022'],
    ['2022-03', 'uk', 'березень 2022 р.'],
    ['2022-03-03', 'uk', '3 березня 2022 р.'],
    ['2022-03-05T10:00:00+01:00', 'uk', '5 березня 2022 р. о 10:00 UTC+01:00'],
    // A date-time keeps its own wall time and names its zone; New York never shows through.
    ['2022-03-05T10:00:00Z', 'en-GB', '5 March 2022 at 10:00 UTC'],
    ['2022-03-05T10:00:00+00:00', 'en-GB', '5 March 2022 at 10:00 UTC'],
    ['2022-03-05T00:00:00Z', 'en-GB', '5 March 2022 at 00:00 UTC'],
    ['2022-03-05T23:30:00-05:30', 'en-GB', '5 March 2022 at 23:30 UTC-05:30'],
    ['2022-03-05T00:00:00Z', 'en', 'March 5, 2022 at 12:00 AM UTC'],
    // Start of a month or year in New York would be the previous day there.
    ['2022-01-01', 'en-GB', '1 January 2022'],
    ['2022-01', 'en-GB', 'January 2022'],
    ['2022', 'en-GB', '2022'],
  ];
  for (const [iso, lang, expected] of cases) {
    it(`${iso} in ${lang}: ${expected}`, () => {
      expect(formatDate(iso, lang)).to.equal(expected);
    });
  }

  it('does not shift 2022-03-03 to 2 March the way local-time parsing would in New York', () => {
    // The trap this guards against, to show the time zone really is one that shifts:
    expect(new Date('2022-03-03').toLocaleDateString('en-GB', { dateStyle: 'long' })).to.equal('2 March 2022');
    expect(formatDate('2022-03-03', 'en-GB')).to.equal('3 March 2022');
  });

  it('keeps years before 100 as written', () => {
    expect(formatDate('0050', 'en')).to.equal('50');
  });
});

describe('formatDateRange', () => {
  const cases: [start: string, end: string, lang: string, expected: Expected][] = [
    ['2022-03-03', '2022-03-08', 'en-GB', ['3 – 8 March 2022', '3–8 March 2022']],
    ['2022-03-03', '2022-03-08', 'en', 'March 3 – 8, 2022'],
    ['2022-03-03', '2022-03-08', 'de', '3.–8. März 2022'],
    ['2022-03-03', '2022-03-08', 'uk', '3–8 березня 2022 р.'],
    ['2022-02-24', '2022-03-03', 'en-GB', '24 February – 3 March 2022'],
    ['2022-02-24', '2022-03-03', 'de', '24. Februar – 3. März 2022'],
    ['2021-12-30', '2022-01-02', 'en-GB', '30 December 2021 – 2 January 2022'],
    ['2021-12-30', '2022-01-02', 'uk', '30 грудня 2021 – 2 січня 2022 рр.'],
    ['2022-03-03', '2022-03-03', 'en-GB', '3 March 2022'],
    ['2022-03', '2022-05', 'en-GB', 'March – May 2022'],
    ['2022-03', '2022-05', 'de', 'März–Mai 2022'],
    ['2022-03', '2022-05', 'uk', ['березень 2022 р. – травень 2022 р.', 'березень – травень 2022 р.']],
    ['2021-12', '2022-02', 'en-GB', 'December 2021 – February 2022'],
    ['2021-12', '2022-02', 'uk', ['грудень 2021 р. – лютий 2022 р.', 'грудень 2021 – лютий 2022 рр.']],
    ['2021', '2022', 'en-GB', ['2021 – 2022', '2021–2022']],
    ['2021', '2022', 'de', '2021–2022'],
    // Same zone: the day and the zone are written once.
    ['2022-03-05T10:00:00+01:00', '2022-03-05T12:00:00+01:00', 'en-GB', '5 March 2022, 10:00–12:00 UTC+01:00'],
    ['2022-03-05T10:00:00+01:00', '2022-03-05T12:00:00+01:00', 'en', 'March 5, 2022, 10:00 AM – 12:00 PM UTC+01:00'],
    // Mixed precision or different zones: both ends in full, joined by " – ".
    ['2022-03', '2022-03-08', 'en-GB', 'March 2022 – 8 March 2022'],
    ['2022', '2022-03-08', 'de', '2022 – 8. März 2022'],
    ['2022-03-05T10:00:00+01:00', '2022-03-05T12:00:00Z', 'en-GB', '5 March 2022 at 10:00 UTC+01:00 – 5 March 2022 at 12:00 UTC'],
    ['2022-03-03', '2022-03-05T10:00:00+01:00', 'en-GB', '3 March 2022 – 5 March 2022 at 10:00 UTC+01:00'],
  ];
  for (const [start, end, lang, expected] of cases) {
    it(`${start} to ${end} in ${lang}`, () => {
      expectText(formatDateRange(start, end, lang), expected);
    });
  }
});

describe('daysBetween', () => {
  const cases: [from: string, to: string, days: number][] = [
    ['2022-02-24', '2022-03-03', 7],
    ['2022-03-03', '2022-02-24', -7],
    ['2022-02-24', '2022-02-24', 0],
    ['2022-03-12', '2022-03-14', 2], // New York changes to summer time on 13 March 2022
    ['2022-11-05', '2022-11-07', 2], // and back on 6 November
    ['2024-02-28', '2024-03-01', 2],
    ['2022-12-31', '2023-01-01', 1],
    ['2022', '2023', 365],
    ['2022-02-24', '2022-02-24T23:30:00-05:00', 0], // wall-clock days, not instants
    ['2022-02-24T00:30:00+01:00', '2022-02-25T00:10:00+01:00', 1],
  ];
  for (const [from, to, days] of cases) {
    it(`${from} to ${to}: ${days}`, () => {
      expect(daysBetween(from, to)).to.equal(days);
    });
  }
});

describe('parseDate', () => {
  const cases: [iso: string, precision: string, instant: number, offset: string | undefined][] = [
    ['2022', 'year', Date.UTC(2022, 0, 1), undefined],
    ['2022-03', 'month', Date.UTC(2022, 2, 1), undefined],
    ['2022-03-03', 'day', Date.UTC(2022, 2, 3), undefined],
    ['2022-03-05T10:00:00Z', 'time', Date.UTC(2022, 2, 5, 10), 'Z'],
    ['2022-03-05T10:00:00+01:00', 'time', Date.UTC(2022, 2, 5, 9), '+01:00'],
    ['2022-03-05T10:00:00-05:30', 'time', Date.UTC(2022, 2, 5, 15, 30), '-05:30'],
    ['2022-03-05T01:00:00+02:00', 'time', Date.UTC(2022, 2, 4, 23), '+02:00'],
    ['2022-03-05T23:59:59-00:00', 'time', Date.UTC(2022, 2, 5, 23, 59, 59), '-00:00'],
  ];
  for (const [iso, precision, instant, offset] of cases) {
    it(`${iso}: ${precision}, ${new Date(instant).toISOString()}`, () => {
      const parts = parseDate(iso);
      expect(parts.precision).to.equal(precision);
      expect(parts.instant).to.equal(instant);
      expect(parts.offset).to.equal(offset);
      if (precision === 'time') expect(parts.instant).to.equal(Date.parse(iso));
    });
  }

  it('keeps the wall-clock time of a date-time, whatever its offset', () => {
    expect(parseDate('2022-03-05T10:00:00-05:30').wall.toISOString()).to.equal('2022-03-05T10:00:00.000Z');
  });

  it('reads years 0–99 as written, not as 1900–1999', () => {
    expect(parseDate('0050-03-03').wall.getUTCFullYear()).to.equal(50);
    expect(parseDate('0000').instant).to.equal(-62167219200000);
  });
});

describe('formatNumber', () => {
  const cases: [n: number, lang: string, expected: string][] = [
    [9000, 'en', '9,000'],
    [9000, 'en-GB', '9,000'],
    [9000, 'de', '9.000'],
    [9000, 'uk', '9\u00a0000'],
    [1234567.5, 'en', '1,234,567.5'],
    [1234567.5, 'de', '1.234.567,5'],
    [0.001, 'en', '0.001'],
    [498, 'de', '498'],
  ];
  for (const [n, lang, expected] of cases) {
    it(`${n} in ${lang}: ${expected}`, () => {
      expect(formatNumber(n, lang)).to.equal(expected);
    });
  }

  it('rounds to 3 digits after the decimal sign, or to as many as asked for', () => {
    expect(formatNumber(0.1234567, 'en')).to.equal('0.123');
    expect(formatNumber(0.1234567, 'en', 6)).to.equal('0.123457');
    expect(formatNumber(0.1234567, 'de', 6)).to.equal('0,123457');
    expect(formatNumber(2.5, 'en', 0)).to.equal('3');
  });
});

describe('formatList', () => {
  const cases: [items: string[], lang: string, expected: string][] = [
    [['a', 'b', 'c'], 'en', 'a, b, and c'],
    [['a', 'b', 'c'], 'en-GB', 'a, b and c'],
    [['a', 'b', 'c'], 'de', 'a, b und c'],
    [['a', 'b', 'c'], 'uk', 'a, b і c'],
    [['a', 'b'], 'en', 'a and b'],
    [['a'], 'en', 'a'],
    [[], 'en', ''],
  ];
  for (const [items, lang, expected] of cases) {
    it(`${JSON.stringify(items)} in ${lang}: ${expected}`, () => {
      expect(formatList(items, lang)).to.equal(expected.replace(/\w+/g, (item) => (items.includes(item) ? `\u2068${item}\u2069` : item)));
    });
  }
});

describe('safeLocale', () => {
  const cases: [tag: string | null | undefined, expected: string][] = [
    ['en', 'en'],
    ['EN', 'en'],
    ['en-gb', 'en-GB'],
    ['uk-ua', 'uk-UA'],
    ['de', 'de'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['not a tag!', 'en'],
    ['en_US', 'en'],
    ['x', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag) ?? 'undefined'}: ${expected}`, () => {
      expect(safeLocale(tag)).to.equal(expected);
    });
  }
});

describe('formatter cache', () => {
  it('hands out one formatter per language and options', () => {
    expect(dateFormat('en', 'year')).to.equal(dateFormat('en', 'year'));
    expect(dateFormat('en', 'year')).not.to.equal(dateFormat('de', 'year'));
    expect(dateFormat('en', 'year')).not.to.equal(dateFormat('en', 'month'));
    expect(dateFormat('en', 'year').resolvedOptions().timeZone).to.equal('UTC');
  });
});
