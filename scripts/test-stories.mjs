// Opens every story and every docs page of the catalogue in headless Chromium and fails on an
// uncaught exception, a console error, a failed request, Storybook's error display, a custom
// element that never gets defined, or (stories only) an axe violation.
//
//   node scripts/test-stories.mjs          the static build, storybook-static/ (npm run test:stories
//                                          builds it first); every story in light and dark
//   node scripts/test-stories.mjs --dev    the dev server, started as `npm start` starts it (its own
//                                          port): every story and docs page, as a newcomer meets them
//   STORIES=claim-compare …                only the entries whose id contains that text
//
// A story whose id contains "error" must fire one claimkit-error and log exactly that one
// console.error (`<tag> /path: message …`); a docs page, one of each per error story it shows.
// Any other console.error fails the entry.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

const dev = process.argv.includes('--dev');
const only = process.env.STORIES ?? '';
const VIEWPORT = { width: 1024, height: 800 };
const axeSource = await readFile(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

const { base, close } = dev ? await startDevServer() : await serve(join(process.cwd(), 'storybook-static'));
const index = await (await fetch(`${base}/index.json`)).json();
const entries = Object.values(index.entries).filter((e) => e.id.includes(only));
const errorStories = (title) => entries.filter((e) => e.type === 'story' && e.title === title && e.id.includes('error')).length;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...CHROME_ARGS, '--hide-scrollbars'],
});
const page = await browser.newPage();
// Collect claimkit-error events from the very start (elements may report while connecting).
await page.evaluateOnNewDocument(() => {
  window.__claimkitErrors = [];
  window.addEventListener('claimkit-error', (e) => window.__claimkitErrors.push(e.detail), true);
});
let problems = [];
let consoleErrors = [];
const ignored = (url) => url.endsWith('/favicon.ico');
page.on('pageerror', (err) => problems.push(`uncaught: ${err.message.split('\n')[0]}`));
page.on('console', (msg) => {
  if (msg.type() === 'error' && !ignored(msg.location()?.url ?? '')) consoleErrors.push(msg.text());
  // Dev mode: Vite found a dependency it had not pre-bundled and reloads the page under the reader.
  if (/optimized dependencies changed|new dependencies optimized/i.test(msg.text())) problems.push(`vite: ${msg.text()}`);
  if (/Multiple versions of Lit loaded/.test(msg.text()))
    problems.push('Lit loaded twice (add the entry point to optimizeDeps in .storybook/main.ts)');
});
page.on('requestfailed', (req) => {
  if (!ignored(req.url())) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
});
page.on('response', (res) => {
  if (res.status() >= 400 && !ignored(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
});

let passed = 0;
let failed = 0;
const started = Date.now();
try {
  if (!dev)
    for (const entry of entries.filter((e) => e.type === 'story' && /^elements-.*--seed$/.test(e.id))) {
      problems = [];
      consoleErrors = [];
      try {
        await checkControls(entry);
      } catch (err) {
        problems.push(`runner: ${err.message.split('\n')[0]}`);
      }
      if (problems.length) {
        failed++;
        for (const p of problems) console.log(`FAIL ${entry.id} [controls]: ${p}`);
      } else passed++;
    }
  for (const entry of entries) {
    const runs = entry.type === 'docs' || dev ? ['light'] : ['light', 'dark'];
    for (const theme of runs) {
      problems = [];
      consoleErrors = [];
      const label = `${entry.id} [${entry.type === 'docs' ? 'docs' : theme}${dev ? ', dev server' : ''}]`;
      try {
        await check(entry, theme);
      } catch (err) {
        problems.push(`runner: ${err.message.split('\n')[0]}`);
      }
      if (problems.length) {
        failed++;
        for (const p of problems) console.log(`FAIL ${label}: ${p}`);
      } else passed++;
    }
  }
} finally {
  await browser.close();
  await close();
}
const counted = entries.filter((e) => e.type === 'story').length;
console.log(
  `(${counted} stories${dev ? '' : ' × 2 themes'} and ${entries.length - counted} docs pages${dev ? ' on the dev server' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Opens one story or docs page and records what is wrong with it in `problems`. */
async function check(entry, theme) {
  const docs = entry.type === 'docs';
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${docs ? 'docs' : 'story'}&globals=theme:${theme}`, {
    waitUntil: 'load',
    timeout: 60_000,
  });
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 60_000 });
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.querySelector('*') || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: 30_000 },
    docs ? '#storybook-docs' : '#storybook-root',
  );
  const sbError = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? document.querySelector('#error-message')?.textContent || 'Storybook error display'
      : // A docs page shows a story that failed as an error block in its place.
        [...document.querySelectorAll('#storybook-docs .sb-errordisplay')].map((n) => n.textContent).join(' ') || null,
  );
  if (sbError) problems.push(`failed to render: ${sbError.trim().slice(0, 200)}`);
  const { count, undefinedTags } = await page.evaluate(settle);
  await page.waitForNetworkIdle({ idleTime: 100, timeout: 30_000 });
  if (count === -1) problems.push('elements never settled');
  else if (count === 0 && !docs) problems.push('no custom elements rendered');
  for (const tag of undefinedTags) problems.push(`<${tag}> is not defined`);

  const events = (await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__claimkitErrors ?? [])))).flat();
  const expected = docs ? errorStories(entry.title) : entry.id.includes('error') ? 1 : 0;
  if (events.length !== expected) problems.push(`expected ${expected} claimkit-error event(s), got ${events.length}`);
  const reported = events.map((d) => `${d.path || '/'}: ${d.message}`);
  const own = (text) => /^<[a-z]+(-[a-z]+)+> /.test(text) && reported.some((e) => text.includes(e));
  if (consoleErrors.filter(own).length !== expected) problems.push(`expected the elements' console.error ${expected} time(s)`);
  for (const text of consoleErrors.filter((t) => !own(t))) problems.push(`console.error: ${text.split('\n')[0]}`);
  if (docs) return;

  // A story taller than the viewport (the seed page) is checked as a reader who scrolled
  // through it sees it: all of it in view, so its loading="lazy" widgets load and render and
  // axe checks them, not only their fallbacks.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > VIEWPORT.height) {
    await page.setViewport({ ...VIEWPORT, height: Math.min(height, 20_000) });
    await page.waitForNetworkIdle({ idleTime: 100, timeout: 30_000 });
    if ((await page.evaluate(settle)).count === -1) problems.push('elements never settled in full view');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  // In every frame: axe checks the iframes' pages too, and needs its own copy in each.
  for (const frame of page.frames()) if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('#storybook-root') ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  for (const v of violations) problems.push(`axe ${v}`);
}

/**
 * Sets every control of an element's seed story through the URL, as the Controls panel sets args,
 * and checks that each reached the element and did what it says: the heading level, the theme,
 * the language, structured data, a custom property.
 */
async function checkControls(entry) {
  const tag = entry.title.replace('Elements/', '');
  const args = 'heading-level:4;theme:dark;lang:de;structured-data:!true;--claimkit-color-accent:!hex(b00020)';
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=story&args=${args}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 60_000 });
  await page.evaluate(settle);
  await page.waitForFunction(
    (t) => document.querySelector(t)?.querySelector('script[type="application/ld+json"]'),
    { timeout: 10_000 },
    tag,
  );
  const seen = await page.evaluate((t) => {
    const el = document.querySelector(t);
    const root = el.shadowRoot.querySelector('.root');
    return {
      attributes: ['heading-level', 'theme', 'lang'].map((name) => el.getAttribute(name)),
      heading: root.querySelector('.heading')?.localName,
      scheme: getComputedStyle(root).colorScheme,
      accent: getComputedStyle(el).getPropertyValue('--claimkit-color-accent').trim(),
    };
  }, tag);
  // <quote-card> has no heading of its own (only its updates log has one).
  const expected = { attributes: ['4', 'dark', 'de'], heading: tag === 'quote-card' ? undefined : 'h4', scheme: 'dark', accent: '#b00020' };
  if (JSON.stringify(seen) !== JSON.stringify(expected))
    problems.push(`controls: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}`);
}

/**
 * Waits for every custom element (also inside open shadow roots and same-origin iframes, such as
 * the seed story's news page) to finish updating, and for those iframes to finish loading.
 * Runs in the page.
 */
async function settle() {
  let framesLoading = false;
  const all = (rootNode) => {
    const found = [];
    for (const el of rootNode.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.push(el);
      if (el.shadowRoot) found.push(...all(el.shadowRoot));
      if (el.localName === 'iframe') {
        const doc = el.contentDocument;
        if (doc?.readyState !== 'complete' || doc.URL === 'about:blank') framesLoading = true;
        else found.push(...all(doc));
      }
    }
    return found;
  };
  const root = document.querySelector('#storybook-root:not(:empty)') ?? document.querySelector('#storybook-docs') ?? document.body;
  // Elements upgrade and lazy chunks (language tables, the map) load: loop until stable.
  for (let round = 0; round < 40; round++) {
    framesLoading = false;
    const els = all(root);
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 50));
    const again = all(root);
    const pending = framesLoading || again.some((el) => el.isUpdatePending) || again.length !== els.length;
    // A tag that never got defined (an import a bundler dropped, say) renders nothing: say which.
    const undefinedTags = [
      ...new Set(again.filter((el) => !el.ownerDocument.defaultView.customElements.get(el.localName)).map((el) => el.localName)),
    ];
    if (!pending) return { count: again.length, undefinedTags };
  }
  return { count: -1, undefinedTags: [] };
}

/** A port nobody listens on. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts Storybook's dev server as `npm start` does (`npm run storybook`, after the build that
 * `npm start` runs first and `npm test` has run already), on a free port; resolves once it serves.
 */
async function startDevServer() {
  const port = await freePort();
  const child = spawn('npm', ['run', 'storybook', '--', '--port', String(port), '--exact-port'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, BROWSER: 'none' },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the dev server exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) throw new Error(`the dev server did not answer on ${base} within 3 minutes:\n${log}`);
    try {
      if ((await fetch(`${base}/index.json`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    close: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    },
  };
}
