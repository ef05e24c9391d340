import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate, formatNumber } from '../../core/format.js';
import '../../define/event-card.js';
import '../../define/event-timeline.js';
import { $, $$, badDataTests, fixtureRenderer, rendersEveryValidFixture, structuredData, text } from '../../test-support/element-tests.js';
import type { EventCardElement } from '../event-card/event-card.js';
import { invalid, valid } from './event-timeline.fixtures.js';
import type { EventTimelineElement } from './event-timeline.js';

const fixtureNamed = (name: string) => valid.find((f) => f.name === name)!;

const render = fixtureRenderer<EventTimelineElement>('event-timeline', valid, 'en-US');

/** Each day as [its heading, [its events' titles]]. */
const days = (el: Element) =>
  $$(el, '.days > li').map((day) => [text(day.querySelector('.heading')), [...day.querySelectorAll('.event .heading')].map(text)]);
const titles = (el: Element) => $$(el, '.event .heading').map(text);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<event-timeline> with the seed story', () => {
  it('lists the days in order with their day count, each with its events', async () => {
    const el = await render('seed');
    expect(text($(el, 'h2'))).to.equal("Russia's invasion of Ukraine: the first eight days");
    expect($(el, '.days').localName).to.equal('ol');
    expect(days(el)).to.deep.equal([
      ['February 24, 2022, Day 1 of the invasion', ['Putin launches a "special military operation" in Ukraine']],
      ['February 28, 2022, Day 5 of the invasion', ['First round of Russia–Ukraine talks at the Ukraine–Belarus border']],
      ['March 2, 2022, Day 7 of the invasion', ["State Department announces Blinken's European trip"]],
      ['March 3, 2022, Day 8 of the invasion', ['Blinken departs for Europe; second round of talks begins in Belarus']],
      ['March 5, 2022, Day 10 of the invasion', ['Blinken meets Polish Foreign Minister Zbigniew Rau']],
      ['March 6, 2022, Day 11 of the invasion', ['Russian and Ukrainian negotiators agree to hold peace talks']],
    ]);
    // Headings nest: title h2, days h3, events h4.
    expect($$(el, '.days > li > .heading').every((h) => h.localName === 'h3')).to.equal(true);
    expect($$(el, '.event .heading').every((h) => h.localName === 'h4')).to.equal(true);
    expect($(el, '.days > li > .heading time').getAttribute('datetime')).to.equal('2022-02-24');
  });

  it('counts 2022-03-03 as day 8 of an epoch on 2022-02-24 (the epoch is day 1)', async () => {
    const el = await render('seed');
    const day = $$(el, '.days > li')[3];
    expect(text(day.querySelector('.count'))).to.equal(', Day 8 of the invasion');
    expect(day.querySelector('time')!.getAttribute('datetime')).to.equal('2022-03-03');
  });

  it('renders each event as <event-card> does, without repeating its day', async () => {
    const el = await render('seed');
    const putin = $$(el, '.event')[0];
    expect(text(putin.querySelector('.status'))).to.equal('Status: Concluded');
    expect([...putin.querySelectorAll('.facts dt')].map(text)).to.deep.equal(['Where', 'Who']);
    expect(text(putin.querySelector('.facts dd'))).to.equal('Ukraine');
    expect(text($$(el, '.event')[1].querySelector('.summary'))).to.equal(
      'Ukraine demanded a ceasefire and the immediate withdrawal of Russian troops.',
    );
    // Each button named for its event, so a screen reader's list of buttons tells them apart.
    expect($$(el, '.event button').map(text)).to.deep.equal(
      $$(el, '.event')
        .filter((event) => event.querySelector('button'))
        .map((event) => `Add to calendar: ${text(event.querySelector('.heading'))}`),
    );
    expect($(el, '[part="more"]'), 'six events: nothing collapsed').to.equal(null);
  });

  it('puts events in date order whatever their JSON order', async () => {
    const seed = await render('seed');
    const shuffled = await render('shuffled');
    expect(titles(shuffled)).to.deep.equal(titles(seed));
    expect(days(shuffled)).to.deep.equal(days(seed));
  });

  it('writes one schema.org Event per event, in date order', async () => {
    const el = await render('seed');
    const ld = await structuredData(el);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@graph']).to.have.length(6);
    expect(ld['@graph'][0]).to.deep.equal({
      '@type': 'Event',
      name: 'Putin launches a "special military operation" in Ukraine',
      startDate: '2022-02-24',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Ukraine', address: { '@type': 'PostalAddress', addressCountry: 'UA' } },
      performer: [{ '@type': 'Person', name: 'Vladimir Putin', jobTitle: 'President of Russia' }],
    });
    expect(ld['@graph'][1].location).to.deep.equal({
      '@type': 'Place',
      name: 'Gomel',
      address: { '@type': 'PostalAddress', addressCountry: 'BY' },
    });
    expect(ld['@graph'].map((e: { startDate: string }) => e.startDate)).to.deep.equal([
      '2022-02-24',
      '2022-02-28',
      '2022-03-02',
      '2022-03-03',
      '2022-03-05',
      '2022-03-06',
    ]);
    const shuffled = await render('shuffled');
    expect(await structuredData(shuffled)).to.deep.equal(ld);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await render('seed', { theme });
      await expect(el).to.be.accessible();
      const long = await render('fifty', { theme });
      await expect(long).to.be.accessible();
    });
  }
});

describe('<event-timeline> order and grouping', () => {
  it('orders by day as written (a year before its months before its days), then whole days before times, times by instant, and groups a shared day', async () => {
    const el = await render('mixed');
    expect(days(el)).to.deep.equal([
      ['2022', ['Ukraine Recovery Conference']],
      ['February 28, 2022', ['First round of talks in Gomel']],
      ['March 2022', ['Talks on humanitarian corridors']],
      ['March 2, 2022, Day 1 of the occupation', ['Russian forces take Kherson']],
      [
        'March 3, 2022, Day 2 of the occupation',
        ['Second round of talks in the Brest region', 'General Staff morning briefing', 'Zelenskyy’s evening address'],
      ],
    ]);
    const shared = $$(el, '.days > li')[4];
    expect(shared.querySelector(':scope > ol')!.children).to.have.length(3);
    expect($$(el, '.days > li')[0].querySelector(':scope > ol')).to.equal(null);
  });

  it('orders times on one day by the instant they happen, each with its own zone where zones differ', async () => {
    const el = await render('zones');
    expect(days(el)).to.deep.equal([['March 5, 2022', ['Morning briefing in Moscow', 'Evening press conference in Warsaw']]]);
    expect($$(el, '.event .facts dd').map(text)).to.deep.equal([
      'March 5, 2022 at 10:00 AM UTC+03:00',
      'March 5, 2022 at 11:30 PM UTC+01:00',
    ]);
    expect($(el, '.zone')).to.equal(null);
  });

  it('shows an event’s own time or range under its day, never converted', async () => {
    const el = await render('mixed');
    const when = (title: string) =>
      text(
        $$(el, '.event')
          .find((e) => text(e.querySelector('.heading')) === title)!
          .querySelector('.facts dd'),
      );
    // All its times are in one zone: said once, above the days, and left out of each.
    expect(when('Zelenskyy’s evening address')).to.equal('March 3, 2022 at 8:00 PM');
    expect(text($(el, '.zone'))).to.equal('Times are in UTC+02:00.');
    expect(when('Second round of talks in the Brest region')).to.equal('March 3 – 4, 2022');
  });

  it('uses the one event rendering of <event-card>', async () => {
    const el = await render('mixed');
    const talks = $$(el, '.event').find((e) => text(e.querySelector('.heading')) === 'Second round of talks in the Brest region')!;
    const data = (fixtureNamed('mixed').data as { events: object[] }).events[3];
    const card = await fixture<EventCardElement>(html`<event-card .data=${data} heading-level="4" lang="en-US"></event-card>`);
    const markup = (node: Element) => node.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
    expect(markup(talks)).to.equal(markup(card.shadowRoot!.querySelector('.root')!));
  });
});

describe('<event-timeline> with fifty events', () => {
  it('shows the ten most recent after a "Show all (50)" button', async () => {
    const el = await render('fifty');
    expect($$(el, '.event')).to.have.length(10);
    expect(titles(el)[0]).to.equal('General Staff update, day 41');
    expect(titles(el)[9]).to.equal('General Staff update, day 50');
    expect(text($$(el, '.days > li')[9].querySelector('.heading'))).to.equal('April 14, 2022, Day 50 of the invasion');
    const [showAll, toOldest] = $$(el, '[part="more"]');
    expect(text(showAll)).to.equal('Show all (50): The first fifty days: the daily briefings');
    expect(text(toOldest)).to.equal('Jump to the oldest: The first fifty days: the daily briefings');
    expect(showAll.compareDocumentPosition($(el, '.days')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(toOldest.compareDocumentPosition($(el, '.days')) & Node.DOCUMENT_POSITION_PRECEDING).to.be.greaterThan(0);
  });

  it('shows all by keyboard and moves focus to the first event revealed, the oldest', async () => {
    const el = await render('fifty');
    const showAll = $(el, '[part="more"]');
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.event')).to.have.length(50);
    expect(titles(el).slice(0, 3)).to.deep.equal([
      'General Staff update, day 1',
      'General Staff update, day 2',
      'General Staff update, day 3',
    ]);
    expect(focused(el)?.dataset.i).to.equal('0');
    expect(text(focused(el)!.querySelector('.heading'))).to.equal('General Staff update, day 1');
    expect($$(el, '[part="more"]').map(text)).to.deep.equal(
      ['Jump to the newest', 'Jump to the oldest'].map((name) => `${name}: The first fifty days: the daily briefings`),
    );
  });

  it('jumps from the newest to the oldest and back, by keyboard', async () => {
    const el = await render('fifty');
    const toOldest = $$(el, '[part="more"]')[1];
    toOldest.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($$(el, '.event')).to.have.length(50);
    expect(text(focused(el)!.querySelector('.heading'))).to.equal('General Staff update, day 1');
    // Each jump moves focus once its update is done (updates may wait for a free task: core/slice.ts).
    $(el, '[part="more"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el)!.querySelector('.heading'))).to.equal('General Staff update, day 50');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Jump to the oldest: The first fifty days: the daily briefings');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el)!.querySelector('.heading'))).to.equal('General Staff update, day 1');
  });

  it('shows as many as `visible` says; 0 shows all', async () => {
    const five = await render('fifty', { props: { visible: 5 } });
    expect(titles(five)).to.deep.equal([46, 47, 48, 49, 50].map((n) => `General Staff update, day ${n}`));
    const all = await render('fifty', { props: { visible: 0 } });
    expect($$(all, '.event')).to.have.length(50);
    expect($(all, '[part="more"]')).to.equal(null);
    const attr = await fixture<EventTimelineElement>(
      html`<event-timeline visible="3" .data=${fixtureNamed('fifty').data}></event-timeline>`,
    );
    expect(attr.visible).to.equal(3);
    expect(attr.shadowRoot!.querySelectorAll('.event')).to.have.length(3);
  });

  it('takes a `visible` written as a fraction or not as a number without breaking: a fraction rounds down, the rest shows all', async () => {
    for (const [visible, shown] of [
      ['2.5', 2],
      ['0.5', 50],
      ['-3', 50],
      ['many', 50],
      ['1e400', 50],
    ] as const) {
      const el = await fixture<EventTimelineElement>(
        html`<event-timeline visible=${visible} .data=${fixtureNamed('fifty').data}></event-timeline>`,
      );
      expect(el.shadowRoot!.querySelectorAll('.event'), visible).to.have.length(shown);
      expect(el.shadowRoot!.querySelectorAll('[part="more"]').length, visible).to.equal(shown < 50 ? 2 : 0);
    }
  });
});

describe('<event-timeline> layout and languages', () => {
  it('sets dates beside their events from 40rem and above them in a 280 px sidebar', async () => {
    const wide = await render('seed', { width: 800 });
    const [date, event] = [$(wide, '.days > li > .heading'), $(wide, '.event')].map((n) => n.getBoundingClientRect());
    expect(event.left).to.be.greaterThan(date.right);
    expect(event.top).to.be.closeTo(date.top, 4);
    const narrow = await render('narrow');
    const [ndate, nevent] = [$(narrow, '.days > li > .heading'), $(narrow, '.event')].map((n) => n.getBoundingClientRect());
    expect(nevent.top).to.be.at.least(ndate.bottom - 1);
    const box = narrow.getBoundingClientRect();
    for (const node of $$(narrow, '.day, .event, .heading, button'))
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(box.right + 0.5);
  });

  it('runs right to left in Arabic, the rail on the right', async () => {
    const el = await render('arabic');
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    const day = $(el, '.day');
    expect(getComputedStyle(day).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(day).borderLeftWidth).to.equal('0px');
    expect(text($(el, '.count'))).to.equal(`, اليوم ${formatNumber(1, 'ar')} من الغزو`);
    await expect(el).to.be.accessible();
  });

  it('writes dates and day numbers in the reader’s language', async () => {
    const el = await render('ukrainian');
    const day = $$(el, '.days > li')[3];
    expect(text(day.querySelector('time'))).to.equal(formatDate('2022-03-03', 'uk').replace(/\s+/g, ' '));
    expect(text(day.querySelector('time'))).to.equal('3 березня 2022 р.');
    expect(text(day.querySelector('.count'))).to.equal(', День 8 вторгнення');
    await expect(el).to.be.accessible();
  });

  rendersEveryValidFixture(valid, render);
});

badDataTests('event-timeline', invalid, 'The first eight days of the invasion.', 'ol, button');
