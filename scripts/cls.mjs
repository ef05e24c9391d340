// npm run cls (after npm run build): the layout shift the library causes, on every path a reader
// takes into an article, in headless Chromium. For each page, viewport and path the page is loaded
// twice, with the library and with dist/cdn/ blocked (fallbacks only): the library's contribution
// is the difference. Pages:
//   - examples/seed-article.html: tags dropped into the page (the plain drop-in way): reported;
//   - examples/seed-article.published.html: the same page published the recommended way, every
//     widget server-rendered (npm run publish-example): its final box known before it upgrades.
//     The script fails if the library shifts anything on it, on any path.
// Viewports: desktop 720×900, phone 375×812. Paths:
//   stay (the reader stays at the top), slow (scrolls down slowly, as one reads), jump-early (jumps
//   to the end as the page loads), jump-late (jumps to the end 3 s later), fragment (arrives by a
//   link to #fact-check, near the end), reload (reloads three quarters down; the browser restores
//   the scroll position).
//   node scripts/cls.mjs [--page=FILE] [--path=NAME] [--viewport=desktop|phone] [--css=FILE] [--json]
// --css=FILE injects FILE's CSS at the end of the page's <head> (to try a fix without editing the page).
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, needBuild, option, serve } from './serve.mjs';

needBuild();
const RECOMMENDED = 'examples/seed-article.published.html';
const pages = option('page') ? [option('page')] : ['examples/seed-article.html', RECOMMENDED];
const VIEWPORTS = {
  desktop: { width: 720, height: 900, deviceScaleFactor: 1 },
  phone: { width: 375, height: 812, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
const PATHS = ['stay', 'slow', 'jump-early', 'jump-late', 'fragment', 'reload'];
const paths = option('path') ? [option('path')] : PATHS;
const viewports = option('viewport') ? [option('viewport')] : Object.keys(VIEWPORTS);
const cssFile = option('css');
const extraCss = cssFile ? readFileSync(cssFile, 'utf8') : '';
for (const page of pages)
  if (!existsSync(page)) throw new Error(`${page} is missing${page === RECOMMENDED ? ': run `npm run publish-example`' : ''}`);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const toEnd = () => window.scrollTo(0, document.documentElement.scrollHeight);

const observe = () => {
  window.__shifts = [];
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return `${node.nodeName} in ${describe(node.parentElement)}`;
    const lazy = node.getAttribute('loading') ? `[loading=${node.getAttribute('loading')}]` : '';
    const text = node.children.length === 0 ? ` "${node.textContent.trim().slice(0, 30)}"` : '';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${lazy}${text}`;
  };
  const rect = (r) => `${Math.round(r.y)}+${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__shifts.push({
        value: e.value,
        time: Math.round(e.startTime),
        hadRecentInput: e.hadRecentInput,
        scrollY: Math.round(window.scrollY),
        sources: e.sources.map((s) => `${describe(s.node)} y+h ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
      });
  }).observe({ type: 'layout-shift', buffered: true });
};

/** One load of `pagePath` on `path` at `viewport`, with the library or without; its shifts. */
async function measure(browser, base, { pagePath, viewport, path, withLibrary }) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  await page.evaluateOnNewDocument(observe);
  await page.setRequestInterception(true);
  page.on('request', async (req) => {
    if (!withLibrary && req.url().includes('/dist/cdn/')) return req.abort();
    if (!extraCss || !req.url().split('#')[0].endsWith(`/${pagePath}`)) return req.continue();
    const html = await (await fetch(req.url())).text();
    req.respond({ status: 200, contentType: 'text/html', body: html.replace('</head>', `<style>${extraCss}</style></head>`) });
  });
  const url = `${base}/${pagePath}${path === 'fragment' ? '#fact-check' : ''}`;
  if (path === 'jump-early') {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(toEnd);
  } else await page.goto(url, { waitUntil: 'load' });
  if (path === 'slow')
    for (;;) {
      const done = await page.evaluate(() => {
        window.scrollBy(0, 150);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      await pause(200);
      if (done) break;
    }
  if (path === 'jump-late') {
    await pause(3000);
    await page.evaluate(toEnd);
  }
  if (path === 'reload') {
    await page.waitForNetworkIdle({ idleTime: 500 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.75));
    await pause(500);
    // The browser restores the scroll position itself; the shifts counted are the reloaded page's.
    await page.reload({ waitUntil: 'load' });
  }
  await page.waitForNetworkIdle({ idleTime: 500 });
  await pause(1000);
  const shifts = await page.evaluate(() => window.__shifts);
  // The article's widgets (tags with a dash), and those that upgraded.
  const { widgets, upgraded } = await page.evaluate(() => {
    const all = [...document.querySelectorAll('article > *')].filter((el) => el.localName.includes('-'));
    return {
      widgets: all.length,
      upgraded: all.filter((el) => el.shadowRoot && customElements.get(el.localName)).map((el) => el.localName),
    };
  });
  await page.close();
  const counted = shifts.filter((s) => !s.hadRecentInput);
  return { cls: counted.reduce((sum, s) => sum + s.value, 0), shifts, widgets, upgraded };
}

const server = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
const results = [];
try {
  for (const pagePath of pages)
    for (const viewport of viewports)
      for (const path of paths) {
        const withWidgets = await measure(browser, server.base, { pagePath, viewport, path, withLibrary: true });
        const without = await measure(browser, server.base, { pagePath, viewport, path, withLibrary: false });
        results.push({ page: pagePath, viewport, path, withWidgets, without, library: Math.max(0, withWidgets.cls - without.cls) });
      }
} finally {
  await browser.close();
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('page', 38)} ${pad('viewport', 8)} ${pad('path', 10)} ${pad('with', 7)} ${pad('without', 7)} library`);
for (const r of results)
  console.log(
    `${pad(r.page, 38)} ${pad(r.viewport, 8)} ${pad(r.path, 10)} ${pad(r.withWidgets.cls.toFixed(4), 7)} ${pad(r.without.cls.toFixed(4), 7)} ${r.library.toFixed(4)}${r.withWidgets.upgraded.length < r.withWidgets.widgets ? ` (${r.withWidgets.upgraded.length} of ${r.withWidgets.widgets} upgraded)` : ''}`,
  );
if (process.argv.includes('--sources'))
  for (const r of results.filter((r) => r.library > 0)) {
    console.log(`\n${r.page} ${r.viewport} ${r.path}:`);
    for (const s of r.withWidgets.shifts) {
      console.log(`  ${s.value.toFixed(4)} at ${s.time} ms, scrollY ${s.scrollY}`);
      for (const source of s.sources) console.log(`    ${source}`);
    }
  }
// The recommended page: no shift from the library on any path, every widget upgraded.
const failures = results.filter(
  (r) => r.page === RECOMMENDED && (r.library >= 0.00005 || r.withWidgets.upgraded.length < r.withWidgets.widgets),
);
const recommended = results.filter((r) => r.page === RECOMMENDED);
if (recommended.length)
  console.log(
    `${failures.length ? 'FAIL' : 'PASS'}  ${RECOMMENDED}: the library's CLS 0.0000 on ${recommended.length - failures.length} of ${recommended.length} paths, every widget upgraded`,
  );
if (failures.length) process.exitCode = 1;
