// Visual regression: screenshots each element's main story from the static Storybook build in
// headless Chromium (light, dark, right-to-left, narrow) and compares them with the baselines
// committed beside the element, src/components/<tag>/screenshots/<story>-<variant>.png.
//   npm run test:visual                  compare (after npm run build-storybook; npm test runs it
//                                        right after test:stories, which builds Storybook)
//   npm run test:visual -- --update      rewrite the baselines from the current build
//   npm run test:visual:update           build Storybook, then rewrite the baselines
//   STORIES=claim-compare npm run test:visual   only the elements whose tag contains that text
// On a mismatch the screenshot and a diff image go to test-results/visual/ (git-ignored).

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

const cwd = process.cwd();
const root = join(cwd, 'storybook-static');
const resultsDir = join(cwd, 'test-results', 'visual');
const update = process.argv.includes('--update');
const ci = process.env.CI === 'true' || process.env.CI === '1';

const TAGS = ['claim-compare', 'event-card', 'event-timeline', 'quote-card', 'fact-check', 'trip-itinerary', 'article-facts'];
/** The page is 800 px wide: the story frame is 768 px (1rem padding each side), wide enough for
 * every element's widest container-query layout (40rem); "narrow" sets the frame to 320 px. */
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };
/** pixelmatch's per-pixel colour distance (0–1) above which a pixel counts as different; its
 * anti-aliasing detection (includeAA: false) also skips pixels that only differ by smoothing. */
const THRESHOLD = 0.1;
/** How many differing pixels still pass. Repeated runs here are pixel-identical; this absorbs
 * a few stray anti-aliased edge pixels (glyph or SVG path smoothing) that pixelmatch does not
 * recognise as such, while a one-pixel shift of a single line of text (hundreds of pixels) or
 * a changed colour anywhere (a whole area) still fails. */
const MAX_DIFF_PIXELS = 25;

/**
 * What each element is shot in. `story` is the story's export name in kebab case (its id is
 * elements-<tag>--<story>); `fallback` is used when the element has no such story.
 */
const VARIANTS = [
  { name: 'light', story: 'seed', globals: 'theme:light;lang:en;dir:auto;width:full' },
  { name: 'dark', story: 'seed', globals: 'theme:dark;lang:en;dir:auto;width:full' },
  // The Arabic story (Arabic data and the elements' Arabic words), on an Arabic page (dir rtl).
  { name: 'rtl', story: 'arabic', fallback: 'seed', globals: 'theme:light;lang:ar;dir:auto;width:full' },
  { name: 'narrow', story: 'seed', globals: 'theme:light;lang:en;dir:auto;width:320' },
];

if (!existsSync(join(root, 'index.json'))) {
  console.error('test-visual: storybook-static/index.json is missing: run `npm run build-storybook` first.');
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
await checkBuildIsFresh();

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const only = process.env.STORIES ?? '';
const cases = [];
const setupProblems = [];
for (const tag of TAGS.filter((t) => t.includes(only))) {
  for (const variant of VARIANTS) {
    const story = [variant.story, variant.fallback].find((s) => s && index.entries[`elements-${tag}--${s}`]?.type === 'story');
    if (!story) {
      setupProblems.push(`${tag} ${variant.name}: no story elements-${tag}--${variant.story} in storybook-static/index.json`);
      continue;
    }
    const file = `${story}-${variant.name}.png`;
    cases.push({ tag, variant: variant.name, id: `elements-${tag}--${story}`, globals: variant.globals, file });
  }
}

const server = await serve(root);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  // Hinting off and one language: glyph shapes and default fonts do not depend on the machine's
  // fontconfig settings or locale.
  args: [...CHROME_ARGS, '--hide-scrollbars', '--font-render-hinting=none', '--lang=en-US'],
});
const chromium = await browser.version();

let passed = 0;
let failed = 0;
const written = [];
const started = Date.now();
for (const p of setupProblems) {
  failed++;
  console.log(`FAIL ${p}`);
}

// One tab, one case after another: a second tab side by side was no faster on 2 cores, and
// its first story sometimes did not settle.
const tab = await newTab();
try {
  for (const c of cases) await run(tab, c);
  if (update) await removeStaleBaselines();
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (update) {
  console.log(`(${cases.length} screenshots in ${seconds} s, ${chromium}; baselines rewritten: ${written.length})`);
  for (const file of written) console.log(`  wrote ${file}`);
  if (written.length) console.log('Look at them, then commit them with the change that caused them.');
} else {
  console.log(`(${cases.length} screenshots in ${seconds} s, ${chromium})`);
  if (failed) {
    console.log(
      'Look at the screenshots and diffs named above. If the change is intended (or a baseline is new), rewrite the baselines with\n' +
        '  npm run test:visual:update   (or: npm run build-storybook && npm run test:visual -- --update)\nand commit them.',
    );
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** A browser tab with the time zone pinned, collecting uncaught errors and requests in flight. */
async function newTab() {
  const page = await browser.newPage();
  await page.emulateTimezone('America/New_York');
  const tab = { page, problems: [], inFlight: new Set() };
  page.on('pageerror', (err) => tab.problems.push(`uncaught: ${err.message.split('\n')[0]}`));
  // Requests in flight (lazy chunks, fonts): the page is not settled while there are any.
  page.on('request', (req) => tab.inFlight.add(req));
  page.on('requestfinished', (req) => tab.inFlight.delete(req));
  page.on('requestfailed', (req) => {
    tab.inFlight.delete(req);
    if (!req.url().endsWith('/favicon.ico')) tab.problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  return tab;
}

/** Shoots one case and compares it (or, with --update, writes its baseline); logs the outcome. */
async function run(tab, c) {
  const label = `${c.tag} ${c.variant} (${c.id}, globals ${c.globals})`;
  const baselinePath = join(cwd, 'src', 'components', c.tag, 'screenshots', c.file);
  const t0 = Date.now();
  let problem;
  try {
    const png = await shoot(tab, c);
    if (update) {
      if (await writeBaseline(baselinePath, png)) written.push(relative(cwd, baselinePath));
    } else {
      const result = await compare(c, baselinePath, png);
      problem = result.problem;
      if (!problem) console.log(`ok   ${c.tag} ${c.variant}: ${result.count} px differ (${Date.now() - t0} ms)`);
    }
  } catch (err) {
    problem = `could not take the screenshot: ${err.message.split('\n')[0]}`;
  }
  if (problem) {
    failed++;
    console.log(`FAIL ${label}: ${problem}`);
  } else {
    passed++;
  }
}

/** Opens the story with its globals, waits until it is fully rendered and still, shoots the element. */
async function shoot(tab, c) {
  const { page } = tab;
  tab.problems = [];
  tab.inFlight.clear();
  const theme = /theme:(\w+)/.exec(c.globals)[1];
  await page.setViewport(VIEWPORT);
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: theme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(`${server.base}/iframe.html?id=${c.id}&viewMode=story&globals=${c.globals}`, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(
    (tag) => document.querySelector(`#storybook-root ${tag}`) || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: 15_000 },
    c.tag,
  );
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim());
    throw new Error(`the story failed to render: ${message || 'Storybook error display'}`);
  }
  await settle(tab, c.tag);
  // The whole page in the viewport, so nothing is scrolled and every element is on screen (a
  // loading="lazy" one renders only near the viewport). Grow the viewport until the page fits,
  // as sections that come into view take their real size.
  for (let round = 0; ; round++) {
    const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    if (height <= page.viewport().height) break;
    if (round === 10) throw new Error(`the page's height did not settle (${height} px)`);
    await page.setViewport({ ...VIEWPORT, height });
    await settle(tab, c.tag);
  }
  if (tab.problems.length) throw new Error(tab.problems.join('; '));
  const element = await page.$(`#storybook-root ${c.tag}`);
  const box = await element.boundingBox();
  if (!box || box.width < 1 || box.height < 1) throw new Error(`<${c.tag}> has no box`);
  if (box.y + box.height > page.viewport().height) throw new Error(`<${c.tag}> reaches below the viewport`);
  const data = await element.screenshot({ type: 'png', captureBeyondViewport: false });
  await element.dispose();
  return Buffer.from(data);
}

/**
 * Waits until the element is fully rendered: fonts loaded, no Lit update pending in it or in any
 * element inside its shadow root, lazy chunks (language tables, the trip map) arrived and
 * rendered, no request in flight, and the rendered DOM unchanged over several checks. Then turns
 * off transitions, animations and the caret, and finishes whatever was running.
 */
async function settle(tab, tag) {
  const { page } = tab;
  const deadline = Date.now() + 20_000;
  let last = '';
  let stable = 0;
  while (stable < 3) {
    if (Date.now() > deadline)
      throw new Error(
        `<${tag}> did not settle within 20 s (${last}; in flight: ${[...tab.inFlight].map((r) => `${r.resourceType()} ${r.url()}`).join(', ') || 'nothing'})`,
      );
    const state = await page.evaluate(async (tag) => {
      const host = document.querySelector(`#storybook-root ${tag}`);
      if (!host) return 'missing';
      const elements = [];
      const collect = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.includes('-')) elements.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      elements.push(host);
      if (host.shadowRoot) collect(host.shadowRoot);
      collect(host);
      await Promise.all(elements.map((el) => el.updateComplete));
      await document.fonts.ready;
      // Two frames between readings, so a chunk that just arrived has time to render.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (elements.some((el) => el.isUpdatePending) || document.fonts.status !== 'loaded') return 'update pending';
      // The trip map's box is reserved while its chunk loads: wait for the drawing.
      const maps = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part="map"]') ?? [])]);
      if (maps.some((m) => !m.querySelector('svg'))) return 'map pending';
      const images = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]);
      if (images.some((img) => !img.complete)) return 'images pending';
      return elements.map((el) => `${el.localName}:${el.shadowRoot?.innerHTML.length ?? 0}:${el.innerHTML.length}`).join('|');
    }, tag);
    if (state === 'missing') throw new Error(`<${tag}> is not on the page`);
    // Stable: three readings in a row the same, nothing pending, no request in flight.
    stable = state === last && !state.includes('pending') && tab.inFlight.size === 0 ? stable + 1 : 0;
    last = state;
  }
  await page.evaluate((tag) => {
    const css = '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const roots = [document];
    const collect = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          roots.push(el.shadowRoot);
          collect(el.shadowRoot);
        }
      }
    };
    collect(document);
    for (const r of roots) if (!r.adoptedStyleSheets.includes(sheet)) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
    for (const animation of document.getAnimations()) animation.finish();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
    return tag;
  }, tag);
  // Two frames, so the styles above are painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Compares a screenshot with its baseline: `problem` says what is wrong (undefined when it passes). */
async function compare(c, baselinePath, png) {
  const rel = relative(cwd, baselinePath);
  if (!existsSync(baselinePath)) {
    if (ci) return { problem: `no baseline ${rel}: create it with \`npm run test:visual:update\` and commit it` };
    await writeBaseline(baselinePath, png);
    return { problem: `no baseline ${rel}: wrote it from this run; look at it and commit it (the next run compares against it)` };
  }
  const expected = PNG.sync.read(await readFile(baselinePath));
  const actual = PNG.sync.read(png);
  const outBase = join(resultsDir, c.tag, c.file.replace(/\.png$/, ''));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    await mkdir(join(resultsDir, c.tag), { recursive: true });
    await writeFile(`${outBase}.actual.png`, png);
    return {
      problem:
        `size ${actual.width}×${actual.height} px, baseline ${expected.width}×${expected.height} px\n` +
        `    baseline:   ${rel}\n    screenshot: ${relative(cwd, `${outBase}.actual.png`)}`,
    };
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const count = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: THRESHOLD });
  if (count <= MAX_DIFF_PIXELS) return { count };
  await mkdir(join(resultsDir, c.tag), { recursive: true });
  await writeFile(`${outBase}.actual.png`, png);
  await writeFile(`${outBase}.diff.png`, PNG.sync.write(diff));
  const box = boundsOfDiff(diff, width, height);
  const problem =
    `${count} pixels differ (${((count / (width * height)) * 100).toFixed(3)} % of ${width}×${height}; at most ${MAX_DIFF_PIXELS} may), ` +
    `within x ${box.x0}–${box.x1}, y ${box.y0}–${box.y1}\n` +
    `    baseline:   ${rel}\n` +
    `    screenshot: ${relative(cwd, `${outBase}.actual.png`)}\n` +
    `    diff (red): ${relative(cwd, `${outBase}.diff.png`)}`;
  return { problem, count };
}

/** The rectangle around the pixels pixelmatch painted red (differences) in its diff output. */
function boundsOfDiff(diff, width, height) {
  const box = { x0: width, y0: height, x1: -1, y1: -1 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (diff.data[i] === 255 && diff.data[i + 1] === 0 && diff.data[i + 2] === 0) {
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y);
      }
    }
  }
  return box;
}

/** Writes a baseline unless the file already holds exactly these pixels; returns whether it wrote. */
async function writeBaseline(path, png) {
  if (existsSync(path)) {
    const old = PNG.sync.read(await readFile(path));
    const now = PNG.sync.read(png);
    if (old.width === now.width && old.height === now.height && old.data.equals(now.data)) return false;
  }
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, png);
  return true;
}

/** With --update, baselines that no variant produces any more (a renamed story) are removed. */
async function removeStaleBaselines() {
  for (const tag of TAGS.filter((t) => t.includes(only))) {
    const dir = join(cwd, 'src', 'components', tag, 'screenshots');
    if (!existsSync(dir)) continue;
    const wanted = new Set(cases.filter((c) => c.tag === tag).map((c) => c.file));
    for (const file of await readdir(dir)) {
      if (file.endsWith('.png') && !wanted.has(file)) {
        await rm(join(dir, file));
        written.push(`${relative(cwd, join(dir, file))} (removed)`);
      }
    }
  }
}

/** Fails when a source the catalogue is built from is newer than storybook-static. */
async function checkBuildIsFresh() {
  const built = (await stat(join(root, 'index.json'))).mtimeMs;
  const newer = [];
  const walk = async (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'screenshots') await walk(path);
      } else if ((await stat(path)).mtimeMs > built) {
        newer.push(relative(cwd, path));
      }
    }
  };
  for (const dir of ['src', 'stories', '.storybook']) await walk(join(cwd, dir));
  if (newer.length) {
    console.error(
      `test-visual: storybook-static is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: ` +
        'run `npm run build-storybook` first (npm run test:visual:update does both).',
    );
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}
