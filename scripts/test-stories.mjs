// Renders every story of the static Storybook build in headless Chromium, in light and dark,
// and fails on uncaught exceptions, console errors, failed requests and axe violations.
//   npm run build-storybook && node scripts/test-stories.mjs   (npm run test:stories)
// Stories whose id contains "error" must fire a claimkit-error and log exactly that one
// console.error (`<tag> /path: message …`); any other console.error fails them too.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

const root = join(process.cwd(), 'storybook-static');
const themes = ['light', 'dark'];
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
// STORIES=claim-compare runs only the stories whose id contains that text.
const only = process.env.STORIES ?? '';
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(only));
const axeSource = await readFile(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

const server = await serve(root);
const base = server.base;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...CHROME_ARGS, '--hide-scrollbars'],
});

/**
 * Waits for every custom element (also inside open shadow roots and same-origin iframes, such as
 * the seed story's news page) to finish updating, and for those iframes to finish loading.
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
  const root = document.querySelector('#storybook-root') ?? document.body;
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

/** claimkit-error details from the story and from the pages in its iframes. */
const frameErrors = async () =>
  (await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__claimkitErrors ?? [])))).flat();

let passed = 0;
let failed = 0;
const started = Date.now();
const page = await browser.newPage();
const VIEWPORT = { width: 1024, height: 800 };
await page.setViewport(VIEWPORT);
// Collect claimkit-error events from the very start (elements may report while connecting).
await page.evaluateOnNewDocument(() => {
  window.__claimkitErrors = [];
  window.addEventListener('claimkit-error', (e) => window.__claimkitErrors.push(e.detail), true);
});
let problems = [];
page.on('pageerror', (err) => problems.push(`uncaught: ${err.message.split('\n')[0]}`));
let consoleErrors = [];
page.on('console', (msg) => {
  if (msg.type() === 'error' && !msg.location()?.url?.endsWith('/favicon.ico')) consoleErrors.push(msg.text());
});
page.on('requestfailed', (req) => {
  if (!req.url().endsWith('/favicon.ico')) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
});
page.on('response', (res) => {
  if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
});

for (const story of stories) {
  for (const theme of themes) {
    problems = [];
    consoleErrors = [];
    const label = `${story.id} [${theme}]`;
    try {
      await page.setViewport(VIEWPORT);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`, {
        waitUntil: 'load',
        timeout: 30_000,
      });
      await page.waitForNetworkIdle({ idleTime: 100, timeout: 30_000 });
      await page.waitForFunction(
        () => document.querySelector('#storybook-root')?.querySelector('*') || document.querySelector('.sb-show-errordisplay'),
        { timeout: 15_000 },
      );
      const sbError = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? document.querySelector('#error-message')?.textContent || 'Storybook error display'
          : null,
      );
      if (sbError) problems.push(`story failed to render: ${sbError.trim()}`);
      const { count, undefinedTags } = await page.evaluate(settle);
      await page.waitForNetworkIdle({ idleTime: 100, timeout: 30_000 });
      if (count === -1) problems.push('elements never settled');
      else if (count === 0) problems.push('no custom elements rendered');
      for (const tag of undefinedTags) problems.push(`<${tag}> is not defined`);

      const events = await frameErrors();
      if (story.id.includes('error')) {
        if (events.length !== 1) problems.push(`expected one claimkit-error, got ${events.length}`);
        const expected = events.map((d) => `${d.path || '/'}: ${d.message}`);
        const unexpected = consoleErrors.filter((text) => !expected.some((e) => /^<[a-z]+(-[a-z]+)+> /.test(text) && text.includes(e)));
        const own = consoleErrors.length - unexpected.length;
        if (events.length === 1 && own !== 1) problems.push(`expected the element's console.error once, got ${own}`);
        for (const text of unexpected) problems.push(`console.error: ${text.split('\n')[0]}`);
      } else {
        for (const d of events) problems.push(`claimkit-error: ${d.path}: ${d.message}`);
        for (const text of consoleErrors) problems.push(`console.error: ${text.split('\n')[0]}`);
      }

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
        const result = await window.axe.run(document.querySelector('#storybook-root') ?? document, {
          resultTypes: ['violations'],
        });
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      });
      for (const v of violations) problems.push(`axe ${v}`);
    } catch (err) {
      problems.push(`runner: ${err.message.split('\n')[0]}`);
    }
    if (problems.length) {
      failed++;
      for (const p of problems) console.log(`FAIL ${label}: ${p}`);
    } else {
      passed++;
    }
  }
}

await browser.close();
server.close();
console.log(`(${stories.length} stories × ${themes.length} themes in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
