/**
 * The real CDN file (dist/cdn/trip-itinerary.js, built by `npm run build` before the tests)
 * on a plain page in an iframe: the map's chunk is fetched only for a trip with coordinates,
 * from the library's own files, into a box reserved for it.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Seen = { uncaught: string[]; heights: number[]; rendered?: boolean };

async function open(query: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.onload = resolve;
    frame.src = `/src/components/trip-itinerary/trip-itinerary.cdn-page.html${query}`;
  });
  const win = frame.contentWindow as Window & { __seen: Seen };
  await waitUntil(() => win.__seen.rendered, 'the trip did not render', { timeout: 8000 });
  const el = frame.contentDocument!.querySelector('trip-itinerary')!;
  // The test server injects its own web-socket script into HTML pages; everything else counts.
  const scripts = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('.js') && !url.pathname.includes('/__web-dev-server'));
  const origins = () => [...new Set(win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin))];
  return { frame, win, el, seen: win.__seen, scripts, origins };
}

describe('<trip-itinerary> from the CDN build', () => {
  it('a trip without coordinates: the list, and no map chunk fetched', async () => {
    const { frame, el, seen, scripts, origins } = await open('?coordinates=no');
    expect(el.shadowRoot!.querySelectorAll('.stop')).to.have.length(6);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelector('.map')).to.equal(null);
    // The file and the core chunk the single-element files share; no map.
    const paths = scripts().map((url) => url.pathname);
    expect(paths).to.have.length(2);
    expect(paths[0]).to.equal('/dist/cdn/trip-itinerary.js');
    expect(paths[1]).to.match(/^\/dist\/cdn\/chunks\/core-[\w-]+\.js$/);
    expect(origins()).to.deep.equal([location.origin]);
    expect(seen.uncaught).to.deep.equal([]);
    frame.remove();
  });

  it('a trip with coordinates: the map chunk fetched once, from the library’s own files, with no layout shift', async () => {
    const { frame, el, seen, scripts, origins } = await open('');
    await waitUntil(() => el.shadowRoot!.querySelector('.map svg'), 'the map was not drawn', { timeout: 8000 });
    const paths = scripts().map((url) => url.pathname);
    expect(paths).to.have.length(3);
    expect(paths[0]).to.equal('/dist/cdn/trip-itinerary.js');
    expect(paths[1]).to.match(/^\/dist\/cdn\/chunks\/core-[\w-]+\.js$/);
    expect(paths[2]).to.match(/^\/dist\/cdn\/chunks\/trip-map-[\w-]+\.js$/);
    expect(origins()).to.deep.equal([location.origin]);
    expect([...el.shadowRoot!.querySelectorAll('.map .marker text')].map((node) => node.textContent)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    // The element kept the height it had before the map arrived.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(seen.heights.length).to.be.at.least(1);
    expect(new Set(seen.heights).size, `heights: ${seen.heights}`).to.equal(1);
    expect(seen.uncaught).to.deep.equal([]);
    frame.remove();
  });
});
