import { expect, waitUntil } from '@open-wc/testing';
import '../../define/trip-itinerary.js';
import { $, $$, badDataTests, fixtureRenderer, rendersEveryValidFixture, structuredData, text } from '../../test-support/element-tests.js';
import { invalid, valid } from './trip-itinerary.fixtures.js';
import type { TripItineraryElement } from './trip-itinerary.js';

// No static import of ./trip-map.js here: the first test checks that a trip without
// coordinates never fetches it.

const render = fixtureRenderer<TripItineraryElement>('trip-itinerary', valid);

const mapDrawn = (el: Element) => waitUntil(() => $(el, '.map svg'), 'the map was not drawn', { timeout: 5000 });

/** Every resource the page has fetched, by path; the test server's own files only. */
const resources = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name));

/** The map's markers (number and centre) and the route's points, in document order. */
function mapOf(el: Element) {
  const markers = $$(el, '.map .marker').map((g) => {
    const circle = g.querySelector('circle')!;
    return { n: text(g.querySelector('text')), x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
  });
  const route = $(el, '.map .route')
    .getAttribute('points')!
    .split(' ')
    .map((pair) => pair.split(',').map(Number));
  const [left, top, width, height] = $(el, '.map svg').getAttribute('viewBox')!.split(' ').map(Number);
  return { markers, route, box: { left, top, width, height } };
}

describe('<trip-itinerary> loading the map', () => {
  // Runs first: no test before it has drawn a map, so the chunk cannot be cached yet.
  it('a trip without coordinates shows the list, no map, and never requests the map chunk', async () => {
    const el = await render('noCoordinates');
    expect($$(el, '.stop')).to.have.length(6);
    expect($(el, '.map')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resources().filter((url) => /trip-map|world\.generated/.test(url.pathname))).to.deep.equal([]);
  });

  it('renders the list at once and the map when its chunk arrives, in the box reserved for it', async () => {
    const el = await render('seed');
    expect($$(el, '.stop')).to.have.length(6);
    const box = $(el, '.map');
    expect(box.querySelector('svg'), 'the chunk cannot have arrived yet').to.equal(null);
    const before = { map: box.getBoundingClientRect(), element: el.getBoundingClientRect() };
    expect(before.map.width / before.map.height).to.be.closeTo(4 / 3, 0.01);
    await mapDrawn(el);
    const after = { map: box.getBoundingClientRect(), element: el.getBoundingClientRect() };
    expect([after.map.width, after.map.height, after.element.height]).to.deep.equal([
      before.map.width,
      before.map.height,
      before.element.height,
    ]);
    const svg = $(el, '.map svg').getBoundingClientRect();
    expect(svg.height).to.be.closeTo(after.map.height - 2, 1);
    expect(resources().filter((url) => /trip-map/.test(url.pathname))).to.have.length(1);
  });

  it('fetches nothing but the test server’s own files', async () => {
    const el = await render('fullStops');
    await mapDrawn(el);
    expect(resources().filter((url) => url.origin !== location.origin)).to.deep.equal([]);
  });
});

describe('<trip-itinerary> with the seed story', () => {
  it('says who travels, why and when', async () => {
    const el = await render('seed');
    expect(text($(el, 'h2'))).to.equal("Blinken's six-nation trip");
    expect(text($(el, '[part="traveller"]'))).to.equal('Antony Blinken, United States Secretary of State');
    expect(text($(el, '.head > .meta'))).to.equal('March 3 – 8, 2022');
    expect($(el, '.head > .meta time').getAttribute('datetime')).to.equal('2022-03-03');
    expect(text($(el, '[part="purpose"]'))).to.equal("Coordinate the international response to Russia's invasion of Ukraine.");
  });

  it('lists the stops in order, numbered, with countries, dates, meetings and purposes', async () => {
    const el = await render('seed');
    const list = $(el, 'ol');
    expect(list.getAttribute('aria-label')).to.equal('Stops');
    expect($$(el, '.stop .n').map(text)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect($$(el, '.stop .n').every((n) => n.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect($$(el, '.stop > div').map(text)).to.deep.equal([
      'Brussels, Belgium Meetings: NATO foreign ministers, European Union representatives, and G7 foreign ministers',
      'Poland March 5, 2022 Meetings: Zbigniew Rau (Foreign Minister of Poland)',
      "Chișinău, Moldova Moldova's assistance to refugees fleeing Ukraine, and US support for Moldova's security and territorial integrity.",
      'Lithuania',
      'Latvia',
      'Estonia',
    ]);
  });

  it('marks the stops on the map in order, numbered, joined by the route in the same order', async () => {
    const el = await render('seed');
    await mapDrawn(el);
    expect($(el, '.map').getAttribute('aria-hidden')).to.equal('true');
    const { markers, route, box } = mapOf(el);
    expect(markers.map((m) => m.n)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect(route).to.deep.equal(markers.map((m) => [m.x, m.y]));
    const [brussels, warsaw, chisinau, vilnius, riga, tallinn] = markers;
    // West to east, and south to north, as on any map of Europe.
    expect(brussels.x).to.be.below(warsaw.x);
    expect(warsaw.x).to.be.below(chisinau.x);
    expect(chisinau.y).to.be.above(vilnius.y);
    expect(vilnius.y).to.be.above(riga.y);
    expect(riga.y).to.be.above(tallinn.y);
    for (const m of markers) {
      expect(m.x).to.be.within(box.left, box.left + box.width);
      expect(m.y).to.be.within(box.top, box.top + box.height);
    }
    expect(box.width / box.height).to.be.closeTo(4 / 3, 0.01);
    expect($$(el, '.map path.land').length).to.be.at.least(1);
    expect($$(el, '.map path.borders').length).to.be.at.least(1);
  });

  it('places the stops with the same projection the world outline was drawn in', async () => {
    const { project } = await import('./trip-map.js');
    const { WORLD_WIDTH, WORLD_HEIGHT } = await import('./world.generated.js');
    expect(project(-180, 80)).to.deep.equal([0, 0]);
    const [x, y] = project(180, -80);
    expect(x).to.equal(WORLD_WIDTH);
    expect(y).to.be.closeTo(WORLD_HEIGHT, 0.5);
    expect(project(0, 0)[1]).to.be.closeTo(WORLD_HEIGHT / 2, 0.5);
    const el = await render('seed');
    await mapDrawn(el);
    const [brussels] = mapOf(el).markers;
    const [bx, by] = project(4.3517, 50.8503);
    expect(brussels.x).to.be.closeTo(bx, 0.05);
    expect(brussels.y).to.be.closeTo(by, 0.05);
  });

  it('writes a schema.org Trip with its itinerary, field by field', async () => {
    const el = await render('seed');
    const ld = await structuredData(el);
    const place = (name: string, countryCode: string, latitude: number, longitude: number) => ({
      '@type': 'Place',
      name,
      address: { '@type': 'PostalAddress', addressCountry: countryCode },
      geo: { '@type': 'GeoCoordinates', latitude, longitude },
    });
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Trip',
      name: "Blinken's six-nation trip",
      description: "Coordinate the international response to Russia's invasion of Ukraine.",
      departureTime: '2022-03-03',
      arrivalTime: '2022-03-08',
      itinerary: {
        '@type': 'ItemList',
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: 6,
        itemListElement: [
          place('Brussels', 'BE', 50.8503, 4.3517),
          place('Poland', 'PL', 52.2297, 21.0122),
          place('Chișinău', 'MD', 47.0105, 28.8638),
          place('Lithuania', 'LT', 54.6872, 25.2797),
          place('Latvia', 'LV', 56.9496, 24.1052),
          place('Estonia', 'EE', 59.437, 24.7536),
        ].map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
      },
    });
    expect(JSON.stringify(ld)).to.not.match(/provider|traveler/);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme, with the map drawn`, async () => {
      for (const name of ['seed', 'fullStops']) {
        const el = await render(name, { theme });
        await mapDrawn(el);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('takes its colours from the scheme: light and dark', async () => {
    const colours = async (theme: string) => {
      const el = await render('seed', { theme });
      await mapDrawn(el);
      return [
        getComputedStyle($(el, '.stop .n')).backgroundColor,
        getComputedStyle($(el, '.map .route')).stroke,
        getComputedStyle($(el, '.map .land')).fill,
        getComputedStyle($(el, '.map')).backgroundColor,
      ];
    };
    expect(await colours('light')).to.deep.equal(['rgb(179, 38, 30)', 'rgb(179, 38, 30)', 'rgb(231, 227, 217)', 'rgb(220, 232, 240)']);
    expect(await colours('dark')).to.deep.equal(['rgb(255, 138, 128)', 'rgb(255, 138, 128)', 'rgb(58, 63, 71)', 'rgb(29, 42, 52)']);
  });
});

describe('<trip-itinerary> fixtures', () => {
  it('full stops: ranges, "until", linked meetings with roles, skipped coordinates keep their numbers, updates newest first', async () => {
    const el = await render('fullStops');
    expect(text($(el, 'h2'))).to.equal('Blinken in Europe');
    expect($$(el, '.stop > div').map(text)).to.deep.equal([
      'Brussels, Belgium March 3 – 4, 2022 NATO and G7 meetings on the invasion. Meetings: Jens Stoltenberg (NATO Secretary General) and G7 foreign ministers',
      'Poland March 5, 2022 Meetings: Zbigniew Rau (Foreign Minister of Poland)',
      'Rzeszów, Poland March 5, 2022 A refugee reception centre near the border.',
      "Chișinău, Moldova March 6, 2022 Moldova's assistance to refugees fleeing Ukraine, and US support for Moldova's security and territorial integrity.",
      'Vilnius Until March 7, 2022',
    ]);
    const link = $$(el, '.stop a')[0];
    expect([link.textContent, link.getAttribute('href'), link.getAttribute('rel')]).to.deep.equal([
      'Jens Stoltenberg',
      'https://www.nato.int/',
      'noopener noreferrer',
    ]);
    expect($(el, '[part="traveller"] a').getAttribute('href')).to.equal('https://www.state.gov/');
    expect($$(el, '.updates li').map(text)).to.deep.equal([
      'March 7, 2022: Corrected the date of the stop in Chișinău.',
      'March 5, 2022: Added the stop in Rzeszów.',
    ]);
    await mapDrawn(el);
    const { markers, route } = mapOf(el);
    expect(markers.map((m) => m.n)).to.deep.equal(['1', '2', '4']);
    expect(route).to.deep.equal(markers.map((m) => [m.x, m.y]));
  });

  it('one stop: the map shows its region, the stop in the middle', async () => {
    const el = await render('oneStop');
    expect(text($(el, 'h2'))).to.equal('Trip by Olaf Scholz');
    expect($$(el, '.stop > div').map(text)).to.deep.equal(['Moscow, Russia February 15, 2022']);
    await mapDrawn(el);
    const { markers, box } = mapOf(el);
    expect(markers.map((m) => m.n)).to.deep.equal(['1']);
    // At least 20° of longitude (5 units a degree) plus the margin.
    expect(box.width).to.be.at.least(130);
    expect(markers[0].x - box.left).to.be.closeTo(box.width / 2, 0.1);
    expect(markers[0].y - box.top).to.be.closeTo(box.height / 2, 0.1);
  });

  it('across the antimeridian: the route crosses the Pacific, not the whole world', async () => {
    const el = await render('acrossThePacific');
    await mapDrawn(el);
    const { markers, box } = mapOf(el);
    expect(markers.map((m) => m.n)).to.deep.equal(['1', '2', '3']);
    expect(markers[0].x).to.be.below(markers[1].x);
    expect(markers[1].x).to.be.below(markers[2].x);
    expect(box.width).to.be.below(900);
    // The box runs past the map's eastern edge, so the world is drawn a second time there.
    expect(box.left + box.width).to.be.above(1800);
    expect($$(el, '.map path.land')).to.have.length(2);
  });

  it('wraps long text inside its box, at 320 px', async () => {
    const el = await render('longText', { width: 320 });
    await mapDrawn(el);
    const box = el.getBoundingClientRect();
    for (const node of $$(el, 'h2, .stop, .stop p, [part="purpose"], .map'))
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(box.right + 0.5);
  });

  it('stacks the map above the list when narrow, sets them side by side when wide', async () => {
    const narrow = await render('narrow');
    const [nl, nm] = [$(narrow, 'ol').getBoundingClientRect(), $(narrow, '.map').getBoundingClientRect()];
    expect(nm.bottom).to.be.at.most(nl.top);
    const wide = await render('seed', { width: 800 });
    const [wl, wm] = [$(wide, 'ol').getBoundingClientRect(), $(wide, '.map').getBoundingClientRect()];
    expect(wm.left).to.be.at.least(wl.right);
    expect(wm.top).to.be.closeTo(wl.top, 1);
  });

  it('runs right to left in Arabic, with the same digits in the list and on the map, the map unmirrored', async () => {
    const el = await render('arabic');
    expect($(el, '.root').getAttribute('dir')).to.equal('rtl');
    expect(text($(el, 'h2'))).to.equal('جولة بلينكن في ست دول');
    const digits = [1, 2, 3, 4, 5, 6].map((n) => new Intl.NumberFormat('ar').format(n));
    expect($$(el, '.stop .n').map(text)).to.deep.equal(digits);
    expect(text($$(el, '.stop .place')[0])).to.equal('بروكسل، بلجيكا');
    expect(text($$(el, '.stop > div')[0]?.querySelector('p:last-child'))).to.equal(
      'لقاءات: وزراء خارجية حلف شمال الأطلسي (الناتو) وممثلو الاتحاد الأوروبي ووزراء خارجية مجموعة السبع',
    );
    const [badge, body] = [$(el, '.stop .n').getBoundingClientRect(), $(el, '.stop > div').getBoundingClientRect()];
    expect(badge.left).to.be.at.least(body.right);
    await mapDrawn(el);
    const { markers } = mapOf(el);
    expect(markers.map((m) => m.n)).to.deep.equal(digits);
    expect(markers[0].x).to.be.below(markers[1].x);
    await expect(el).to.be.accessible();
  });

  rendersEveryValidFixture(valid, render);
});

badDataTests('trip-itinerary', invalid, 'Blinken visits six countries.', 'a, .map');
