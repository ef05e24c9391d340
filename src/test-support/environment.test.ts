// Guards the test environment itself: web-test-runner.config.mjs pins every browser to the
// America/New_York time zone and the en-US locale, so date-dependent tests mean the same
// thing in Chromium, Firefox and WebKit and are not accidentally run in UTC.
import { expect } from '@open-wc/testing';

const TIME_ZONE = 'America/New_York';
const LOCALE = 'en-US';

describe('test environment', () => {
  it(`runs in the ${TIME_ZONE} time zone`, () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(TIME_ZONE);
  });

  it('applies New York offsets to local dates, including DST', () => {
    // 2022-03-03 is EST (UTC-5); 2022-07-01 is EDT (UTC-4).
    expect(new Date(2022, 2, 3).getTimezoneOffset()).to.equal(300);
    expect(new Date(2022, 6, 1).getTimezoneOffset()).to.equal(240);
    expect(new Date(2022, 2, 3, 12).toISOString()).to.equal('2022-03-03T17:00:00.000Z');
  });

  it(`uses the ${LOCALE} locale`, () => {
    expect(navigator.language).to.equal(LOCALE);
    expect(Intl.DateTimeFormat().resolvedOptions().locale).to.equal(LOCALE);
    expect(new Date(2022, 2, 3).toLocaleDateString()).to.equal('3/3/2022');
    expect((1234.5).toLocaleString()).to.equal('1,234.5');
  });
});
