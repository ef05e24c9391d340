// npm run test:readers (after npm run build): what readers get from the seed article page
// (examples/seed-article.html, the CDN file as a news page loads it) in headless Chromium, read
// back from what the browser produces rather than from the DOM:
//   - the accessibility tree: the comparison is a group named by its topic and described by
//     its summary; statuses are labelled; the verdict reads "Verdict: …" (small capitals drawn,
//     not upper case written); every button's name on the page is unique;
//   - forced colours (Windows high contrast, emulated): bars, the scale's fill, badges and the
//     focus ring in system colours;
//   - print (to PDF, background graphics off as browsers default, the page in the dark theme,
//     a timeline collapsed to two events): the PDF's text and drawn boxes read back with pdf.js:
//     bars at their proportions, the scale's fill, dark text on light, every event and no
//     buttons, links followed by their URL, a claim's panel on one page, no text over text.
// Prints one line per check and `tests: N passed, N failed`; exits non-zero on any failure.
import { existsSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import puppeteer from 'puppeteer-core';
import seed from '../examples/seed-article.json' with { type: 'json' };
import { CHROME_ARGS, serve } from './serve.mjs';

if (!existsSync('dist/cdn/claimkit.js')) {
  console.error('dist/cdn/claimkit.js is missing: run `npm run build` first.');
  process.exit(1);
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ok' : 'FAIL'}  ${name}${ok || !detail ? '' : `\n        ${detail}`}`);
}

const { base, close } = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });

/** The seed page with every widget rendered (scrolled through as a reader would), its network idle. */
async function seedPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 900, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/examples/seed-article.html`, { waitUntil: 'networkidle0' });
  for (;;) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, 400);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (done) break;
  }
  await page.waitForNetworkIdle();
  await page.waitForFunction(() =>
    [
      ...document.querySelectorAll('claim-compare, event-card, event-timeline, quote-card, fact-check, trip-itinerary, article-facts'),
    ].every((el) => el.shadowRoot?.querySelector('.root') && el.updateComplete),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  return { page, errors };
}

/** The accessibility node (name, role, description) of the first `selector` in `tag`'s shadow root. */
async function axNode(page, tag, selector) {
  const handle = await page.evaluateHandle(
    (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector),
    tag,
    selector,
  );
  const element = handle.asElement();
  if (!element) return undefined;
  const node = await page.accessibility.snapshot({ root: element, interestingOnly: false });
  // The text a screen reader reads in the node, run by run.
  const read = (n) => (n.role === 'StaticText' ? n.name : (n.children ?? []).map(read).join(' ')).replace(/\s+/g, ' ').trim();
  // The bidi isolates around what fills the words' placeholders are invisible format characters.
  const plain = (s) => s?.replace(/[\u2066-\u2069]/g, '');
  return node && { role: node.role, name: plain(node.name), description: plain(node.description), text: plain(read(node)) };
}

// ————— The accessibility tree —————
{
  const { page, errors } = await seedPage();
  const comparison = seed.comparisons[0];
  const group = await axNode(page, 'claim-compare', '.root');
  check(
    '<claim-compare> is a group named by its topic, its summary read right after the name',
    group?.role === 'group' &&
      group.name === comparison.topic &&
      group.description === 'Volodymyr Zelenskyy and Russian Defence Ministry disagree on the number killed: 9,000 vs 498.',
    JSON.stringify(group),
  );
  const status = await axNode(page, 'claim-compare', '.status');
  // Read run by run ("Status", ":", "Unverified"): the word is announced as a status.
  check('a status is read as a status', /^Status ?: ?Unverified$/.test(status?.text ?? ''), JSON.stringify(status));
  const verdict = await axNode(page, 'fact-check', '.verdict .heading');
  check(
    'the verdict heading reads "Verdict: <label>" (small capitals drawn, not upper case written)',
    verdict?.role === 'heading' && verdict.name === `Verdict: ${seed.factChecks[0].rating.label}`,
    JSON.stringify(verdict),
  );
  const cdp = await page.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const buttons = nodes.filter((n) => !n.ignored && n.role?.value === 'button').map((n) => n.name?.value ?? '');
  const repeated = buttons.filter((name, i) => buttons.indexOf(name) !== i);
  check(
    `every button on the page has its own name (${buttons.length} buttons)`,
    buttons.length > 0 && repeated.length === 0,
    `repeated: ${repeated.join(' | ')}`,
  );
  const cased = nodes.filter((n) => !n.ignored && /\b[A-Z]{4,}\b/.test(n.name?.value ?? '') && !/\b(NATO|USD|OSCE)\b/.test(n.name.value));
  check('no name is upper-cased by styling', cased.length === 0, cased.map((n) => n.name.value).join(' | '));
  check('no error on the page', errors.length === 0, errors.join(' | '));
  await page.close();
}

// ————— Forced colours —————
{
  const { page } = await seedPage();
  // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
  const emulation = await page.createCDPSession();
  await emulation.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  const colours = await page.evaluate(async () => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (name) => {
      probe.style.color = name;
      return getComputedStyle(probe).color;
    };
    const canvasText = system('CanvasText');
    const highlight = system('Highlight');
    probe.remove();
    const inside = (tag, selector) => [...document.querySelectorAll(tag)].flatMap((el) => [...el.shadowRoot.querySelectorAll(selector)]);
    const bars = [...inside('claim-compare', '.bar'), ...inside('fact-check', '.fill')].map((bar) => getComputedStyle(bar).backgroundColor);
    const badges = inside('claim-compare, fact-check, event-timeline', '.status').map((badge) => getComputedStyle(badge).borderTopColor);
    const button = inside('event-timeline, event-card, quote-card', 'button')[0];
    button.focus({ focusVisible: true });
    const ring = getComputedStyle(button).outlineColor;
    const markers = inside('trip-itinerary', '.marker circle').map((circle) => getComputedStyle(circle).fill);
    return { canvasText, highlight, bars, badges, markers, ring, focused: button.matches(':focus-visible') };
  });
  check(
    `bars and the scale's fill are drawn in CanvasText (${colours.bars.length})`,
    colours.bars.length > 2 && colours.bars.every((c) => c === colours.canvasText),
    JSON.stringify(colours),
  );
  check(
    `status badges are outlined in CanvasText (${colours.badges.length})`,
    colours.badges.length > 0 && colours.badges.every((c) => c === colours.canvasText),
    JSON.stringify(colours.badges),
  );
  check(
    `map markers are drawn in Highlight (${colours.markers.length})`,
    colours.markers.length > 0 && colours.markers.every((c) => c === colours.highlight),
    JSON.stringify(colours.markers),
  );
  await emulation.detach();
  check('the focus ring is Highlight', !colours.focused || colours.ring === colours.highlight, JSON.stringify(colours));
  await page.close();
}

// ————— Print —————
{
  const { page } = await seedPage();
  // A reader who chose the dark theme, a timeline collapsed to two of its events, a claim with a linked source.
  await page.evaluate(async () => {
    const comparison = document.querySelector('claim-compare');
    const data = (await (await fetch(new URL('seed-article.json', location.href))).json()).comparisons[0];
    data.claims[0].source = { name: 'Office of the President of Ukraine', url: 'https://www.president.gov.ua/en/news' };
    comparison.removeAttribute('src');
    comparison.data = data;
    await comparison.updateComplete;
    for (const el of document.querySelectorAll('claim-compare, fact-check, event-timeline')) el.setAttribute('theme', 'dark');
    const timeline = document.querySelector('event-timeline');
    timeline.visible = 2;
    await timeline.updateComplete;
  });
  const collapsed = await page.evaluate(() => document.querySelector('event-timeline').shadowRoot.querySelectorAll('.event').length);
  // What the browser does when the reader prints: `beforeprint`, print, `afterprint`
  // (printing to PDF through the DevTools protocol does not dispatch the events itself).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const restored = await page.evaluate(async () => {
    const timeline = document.querySelector('event-timeline');
    await timeline.updateComplete;
    return timeline.shadowRoot.querySelectorAll('.event').length;
  });
  check('the collapsed timeline folds back after printing', collapsed === 2 && restored === 2, `${collapsed} → ${restored}`);

  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, verbosity: 0 }).promise;
  const OPS = Object.fromEntries(Object.entries(pdfjs.OPS).map(([name, code]) => [code, name]));
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    const { items } = await pdfPage.getTextContent();
    const { fnArray, argsArray } = await pdfPage.getOperatorList();
    const fills = [];
    const textColours = [];
    let colour = [0, 0, 0];
    for (let i = 0; i < fnArray.length; i++) {
      const op = OPS[fnArray[i]];
      if (op === 'setFillRGBColor') colour = [...argsArray[i]];
      else if (op === 'showText') textColours.push(colour);
      else if (op === 'constructPath' && /^(fill|eoFill)/.test(OPS[fnArray[i + 1]] ?? '')) {
        const [x0, y0, x1, y1] = argsArray[i][2];
        fills.push({ colour: colour.join(','), width: x1 - x0, height: y1 - y0, x0, y0 });
      }
    }
    const text = items.map((item) => item.str).join('');
    pages.push({ items: items.filter((item) => item.str.trim()), text: text.replace(/\s+/g, ''), fills, textColours });
  }
  const all = pages.map((p) => p.text).join('');
  const squash = (s) => s.replace(/\s+/g, '');

  const bar = '61,95,148'; // --claimkit-color-bar, light
  const track = '230,230,225'; // --claimkit-color-track, light
  const bars = pages.flatMap((p) => p.fills).filter((f) => f.colour === bar && f.height > 4 && f.height < 14);
  // Each drawn value on its track, in the page's order: the comparison's killed (9,000, 498) and
  // injured (1,597) rows, then the fact-check's scale.
  const tracks = pages.flatMap((p) => p.fills).filter((f) => f.colour === track && f.height > 4 && f.height < 14);
  const drawn = tracks
    .map((t) => [t, bars.find((b) => Math.abs(b.x0 - t.x0) < 1 && Math.abs(b.y0 - t.y0) < 1)])
    .filter(([, b]) => b)
    .map(([t, b]) => b.width / t.width);
  // pdf.js's box of a path leaves out part of its rounded ends (about 4 pt of a pill 10 pt high), so
  // a short bar measures a little short: within 1.5 % of the track.
  const near = (a, b) => Math.abs(a - b) < 0.015;
  check(
    `the comparison's bars print without background graphics, 9,000 against 498 (${drawn
      .slice(0, 3)
      .map((r) => `${(r * 100).toFixed(1)} %`)
      .join(', ')} of the track)`,
    drawn.length === 4 && near(drawn[0], 1) && near(drawn[1], 498 / 9000) && near(drawn[2], 1),
    JSON.stringify(drawn),
  );
  const { value, worst, best } = seed.factChecks[0].rating;
  check(
    `the fact-check scale prints, ${value} of ${worst}–${best} drawn as such`,
    near(drawn[3] ?? 0, (value - worst) / (best - worst)),
    JSON.stringify(drawn),
  );
  const luminance = ([r, g, b]) =>
    [r, g, b]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  // White text is the itinerary's stop numbers, on their markers; every other run is dark on white.
  const light = pages.flatMap((p) => p.textColours).filter((c) => c.join() !== '255,255,255' && 1.05 / (luminance(c) + 0.05) < 4.5);
  check(
    'all printed text is dark on white (contrast 4.5:1 or more), the dark theme too',
    light.length === 0,
    `${light.length} runs, e.g. ${light[0]}`,
  );
  const titles = seed.timeline.events.map((event) => event.title);
  const missing = titles.filter((title) => !all.includes(squash(title)));
  check(`the collapsed timeline prints all ${titles.length} events`, missing.length === 0, `missing: ${missing.join(' | ')}`);
  const buttons = ['Showall', 'Jumptothe', 'Addtocalendar', 'Originalin'].filter((word) => all.includes(word));
  check('no button prints', buttons.length === 0, buttons.join(', '));
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll('claim-compare, fact-check, quote-card, event-timeline')].flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('a[href^="http"]')].map((a) => a.href),
    ),
  );
  const unprinted = urls.filter((url) => !all.includes(squash(`(${url})`)));
  check(`links print followed by their URL (${urls.length} links)`, urls.length > 0 && unprinted.length === 0, unprinted.join(' '));
  const split = seed.comparisons[0].claims
    .map((claim) => [claim.claimant.name, claim.statement].map(squash))
    .filter(([name, statement]) => !pages.some((p) => p.text.includes(name) && p.text.includes(statement)));
  check("each claim's panel prints on one page", split.length === 0, JSON.stringify(split));
  const overlaps = [];
  for (const [n, p] of pages.entries())
    for (let i = 0; i < p.items.length; i++)
      for (let j = i + 1; j < p.items.length; j++) {
        const [a, b] = [p.items[i], p.items[j]];
        const [ax, ay, bx, by] = [a.transform[4], a.transform[5], b.transform[4], b.transform[5]];
        const w = Math.min(ax + a.width, bx + b.width) - Math.max(ax, bx);
        const h = Math.min(ay + a.height, by + b.height) - Math.max(ay, by);
        if (w > 2 && h > Math.min(a.height, b.height) / 2) overlaps.push(`page ${n + 1}: "${a.str}" / "${b.str}"`);
      }
  check('no printed text overlaps other text', overlaps.length === 0, overlaps.slice(0, 5).join(' | '));
  await page.close();
}

await browser.close();
close();
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
