// npm run cls (after npm run build): loads examples/seed-article.html in headless Chromium at
// 720×900, scrolls slowly to the bottom so the loading="lazy" widgets upgrade, waits for the
// network to go idle, and reports the page's cumulative layout shift with each shift's sources.
// It runs the page twice: with the library, and with dist/cdn/claimkit.js blocked (the page
// without widgets, fallbacks only); the library's contribution is the difference.
// --css=FILE injects FILE's CSS at the end of the page's <head> (to try a fix without editing the page).
// Exits non-zero unless the library's contribution is 0.0000 with every widget upgraded (issue 7).
//   node scripts/cls.mjs [--page=examples/seed-article.html] [--css=FILE] [--json]
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

if (!existsSync('dist/cdn/claimkit.js')) {
  console.error('dist/cdn/claimkit.js is missing: run `npm run build` first.');
  process.exit(1);
}
const pagePath = process.argv.find((a) => a.startsWith('--page='))?.slice(7) ?? 'examples/seed-article.html';
const cssFile = process.argv.find((a) => a.startsWith('--css='))?.slice(6);
const extraCss = cssFile ? readFileSync(cssFile, 'utf8') : '';

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

async function measure(browser, base, withLibrary) {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  await page.evaluateOnNewDocument(observe);
  await page.setRequestInterception(true);
  page.on('request', async (req) => {
    if (!withLibrary && req.url().includes('/dist/cdn/')) return req.abort();
    if (!extraCss || !req.url().endsWith(`/${pagePath}`)) return req.continue();
    const html = await (await fetch(req.url())).text();
    req.respond({ status: 200, contentType: 'text/html', body: html.replace('</head>', `<style>${extraCss}</style></head>`) });
  });
  await page.goto(`${base}/${pagePath}`, { waitUntil: 'load' });
  // Scroll down slowly, as a reader would, so lazy widgets near the viewport upgrade.
  for (;;) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, 150);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (done) break;
  }
  await page.waitForNetworkIdle({ idleTime: 500 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shifts = await page.evaluate(() => window.__shifts);
  // The article's widgets (tags with a dash), and those that upgraded.
  const { widgets, upgraded } = await page.evaluate(() => {
    const all = [...document.querySelectorAll('article > *')].filter((el) => el.localName.includes('-'));
    return { widgets: all.length, upgraded: all.filter((el) => el.shadowRoot).map((el) => el.localName) };
  });
  await page.close();
  const counted = shifts.filter((s) => !s.hadRecentInput);
  return { cls: counted.reduce((sum, s) => sum + s.value, 0), shifts, widgets, upgraded };
}

const server = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
let result;
try {
  const withWidgets = await measure(browser, server.base, true);
  const without = await measure(browser, server.base, false);
  result = { page: pagePath, css: cssFile, withWidgets, without, library: withWidgets.cls - without.cls };
} finally {
  await browser.close();
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
for (const [name, r] of [
  ['with widgets', result.withWidgets],
  ['claimkit.js blocked', result.without],
]) {
  console.log(`${name}: CLS ${r.cls.toFixed(4)}, ${r.shifts.length} shift(s); upgraded: ${r.upgraded.join(', ') || 'none'}`);
  for (const s of r.shifts) {
    console.log(`  ${s.value.toFixed(4)} at ${s.time} ms, scrollY ${s.scrollY}${s.hadRecentInput ? ' (after input: not counted)' : ''}`);
    for (const source of s.sources) console.log(`    ${source}`);
  }
}
console.log(`library's contribution to CLS: ${result.library.toFixed(4)}`);
// Issue 7's target: the library adds no layout shift at all (eager and loading="lazy" widgets).
const upgradedAll = result.withWidgets.upgraded.length === result.withWidgets.widgets;
console.log(`${result.library < 0.00005 && upgradedAll ? 'PASS' : 'FAIL'}  library's CLS 0.0000 with every widget upgraded`);
if (result.library >= 0.00005 || !upgradedAll) process.exitCode = 1;
