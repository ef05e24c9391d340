// Benchmark page for scripts/bench.mjs: ?mode=claimkit | upgrade | baseline | skipping | prepare.
// claimkit: renders N widgets through the `data` property; called first, window.warm(n) has the
// page render them once and remove them (Lit's templates prepared, the code compiled, the style
// sheets and ICU's data loaded: what a page pays once, not per widget). upgrade: N tags with `data`
// attributes and fallbacks are in the page before the library loads (a CMS page), and the clock
// runs from loading claimkit.js to every widget rendered. baseline: the same DOM, built by
// cloning templates serialised from claimkit's own output (see prepare) into plain <div>s with
// an open shadow root and a shared constructed stylesheet per element; it lays out every widget.
// skipping: the baseline, with claimkit's `far` class on the widgets that start more than a
// screen below the viewport, so their layout is skipped as claimkit's are (content-visibility).
const mode = new URLSearchParams(location.search).get('mode');
const seed = await (await fetch('../examples/seed-article.json')).json();
// The itinerary without coordinates: no locator map, so no lazy chunk in the measurement.
const itinerary = {
  ...seed.itineraries[0],
  stops: seed.itineraries[0].stops.map(({ place: { lat, lon, ...place }, ...stop }) => ({ ...stop, place })),
};
// Per 10 widgets: 3 claim-compare, 2 event-card, 1 event-timeline, 2 quote-card, 1 fact-check, 1 trip-itinerary.
const MIX = [
  ['claim-compare', seed.comparisons[0]],
  ['event-card', seed.events[0]],
  ['quote-card', seed.quotes[0]],
  ['claim-compare', seed.comparisons[0]],
  ['event-timeline', seed.timeline],
  ['fact-check', seed.factChecks[0]],
  ['event-card', seed.events[1]],
  ['claim-compare', seed.comparisons[0]],
  ['quote-card', seed.quotes[0]],
  ['trip-itinerary', itinerary],
];
const root = document.getElementById('root');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
// Tasks over 50 ms: the Long Tasks API reports script tasks, but not the rendering task of a
// frame (style, layout, paint), where laying out what a slice drew is spent. A long animation
// frame (LoAF, Chromium 123+) entry gives that part: from its renderStart to its end.
const longest = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest.push({ startTime: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const end = entry.startTime + entry.duration;
    if (entry.renderStart && end - entry.renderStart > 50) longest.push({ startTime: entry.renderStart, duration: end - entry.renderStart });
  }
}).observe({ type: 'long-animation-frame', buffered: true });

// `lib`: another build to load instead (scripts/bench.mjs --against), as a path from bench/.
const LIBRARY = new URLSearchParams(location.search).get('lib') ?? '../dist/cdn/claimkit.js';
if (mode === 'claimkit' || mode === 'prepare') await import(LIBRARY);

// Serialise one rendered element of each kind: shadow markup (Lit's markers stripped), the CSS
// of its adopted stylesheets, and the host's attributes. And what its render made, counted (the
// same on every machine): clones (Lit clones a template's DOM with document.importNode, once per
// template instance), elements and comment nodes (Lit's part markers) in its shadow root.
window.prepare = async () => {
  const out = [];
  const importNode = Document.prototype.importNode;
  let clones = 0;
  Document.prototype.importNode = function (...args) {
    clones++;
    return importNode.apply(this, args);
  };
  for (const [tag, data] of MIX) {
    clones = 0;
    const el = document.createElement(tag);
    el.data = data;
    root.append(el);
    await el.updateComplete;
    const comments = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_COMMENT);
    let markers = 0;
    while (comments.nextNode()) markers++;
    out.push({
      tag,
      counts: { clones, elements: el.shadowRoot.querySelectorAll('*').length, comments: markers },
      // Without `far`, should one have started far from view: the baseline lays every widget out.
      html: el.shadowRoot.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '').replace('class="root far"', 'class="root"'),
      height: el.getBoundingClientRect().height,
      css: el.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n'),
      attrs: [...el.attributes].map((a) => [a.name, a.value]),
    });
  }
  Document.prototype.importNode = importNode;
  root.replaceChildren();
  return out;
};

// Baseline set-up (before the clock starts, as defining the elements is for claimkit).
let make;
window.setup = (templates) => {
  // Where claimkit would find each widget when it first renders (core/lazy.ts): far when its top
  // is more than a screen below the viewport, that is, below twice the viewport's height.
  const tops = [root.getBoundingClientRect().top];
  const far = (i) => {
    while (tops.length <= i) tops.push(tops.at(-1) + templates[(tops.length - 1) % templates.length].height);
    return tops[i] > 2 * innerHeight;
  };
  const kinds = templates.map((t) => {
    const template = document.createElement('template');
    template.innerHTML = t.html;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(t.css);
    return { template, sheet, attrs: t.attrs };
  });
  make = (i) => {
    const { template, sheet, attrs } = kinds[i % kinds.length];
    const div = document.createElement('div');
    for (const [name, value] of attrs) div.setAttribute(name, value);
    const shadow = div.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const content = template.content.cloneNode(true);
    if (mode === 'skipping' && far(i)) content.querySelector('.root').classList.add('far');
    shadow.appendChild(content);
    return div;
  };
};

// Start in a task of the page's own event loop (not inside the DevTools evaluation), so the
// longtask observer sees the render as the browser schedules it.
window.run = (n) => new Promise((resolve) => setTimeout(() => resolve(measure(n)), 0));

/** A CMS page's markup: the tags with their data in attributes and a line of fallback each. */
const pageMarkup = (n) =>
  Array.from({ length: n }, (_, i) => {
    const [tag, data] = MIX[i % MIX.length];
    const json = JSON.stringify(data).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    return `<${tag} data='${json}'><p>${tag} ${i}: read the facts in the article.</p></${tag}>`;
  }).join('');

/** The widgets of the mix, N of them, given their data (not yet in the page). */
const widgets = (n) =>
  Array.from({ length: n }, (_, i) => {
    const [tag, data] = MIX[i % MIX.length];
    const el = document.createElement(tag);
    el.data = data;
    return el;
  });

/** Mode warm, before run(): the page renders the N widgets once, unmeasured, paints them, and takes them off. */
window.warm = async (n) => {
  const first = widgets(n);
  root.append(...first);
  await Promise.all(first.map((el) => el.updateComplete));
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  root.replaceChildren();
  await frame();
};

async function measure(n) {
  if (mode === 'upgrade') {
    root.innerHTML = pageMarkup(n); // the page as it arrives, before the clock starts
    await frame();
  }
  globalThis.gc?.();
  // That collection is the measurement's own work: its task ends before the clock starts, so
  // the longest task reported is never the benchmark's gc() and the page's insertion together.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const heap0 = performance.memory.usedJSHeapSize;
  const t0 = performance.now();
  const els = [];
  // When the first widget is painted: the first frame (its requestAnimationFrame callback, just
  // before the paint) after its shadow DOM is in the document; the baseline's is in it at once.
  let first;
  const firstPainted = (ready) => ready.then(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0))));
  if (mode === 'upgrade') {
    await import(LIBRARY); // defining the elements upgrades the page's tags
    els.push(...root.children);
    first = firstPainted(els[0].updateComplete);
  } else {
    const fragment = document.createDocumentFragment();
    if (make) for (let i = 0; i < n; i++) fragment.append(make(i));
    else els.push(...widgets(n));
    fragment.append(...els);
    root.append(fragment);
    first = firstPainted(els.length ? els[0].updateComplete : Promise.resolve());
  }
  if (els.length) await Promise.all(els.map((el) => el.updateComplete));
  // Layout is forced in a task of its own, in both modes: read at once, it would land on the
  // task of the last render, a long task the page does not have when nobody measures it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  root.getBoundingClientRect();
  const laidOut = performance.now() - t0;
  await frame();
  const rendered = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the longtask entries arrive
  globalThis.gc?.();
  const heap = (performance.memory.usedJSHeapSize - heap0) / n;
  const during = longest.filter((e) => e.startTime + e.duration >= t0 && e.startTime <= t0 + rendered);
  return {
    rendered,
    first: await first,
    laidOut,
    // Tasks that overlap the render (insertion to painted frame), not the measuring's own gc() after it.
    longtask: Math.max(0, ...during.map((e) => e.duration)),
    // Each of them: [start after t0, duration] in ms (a frame's rendering and its task can both appear).
    longtasks: during.map((e) => [Math.round(e.startTime - t0), Math.round(e.duration)]),
    heapPerWidget: heap,
    height: root.getBoundingClientRect().height,
    nodes: root.querySelectorAll('*').length,
  };
}
window.ready = true;
