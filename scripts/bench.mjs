// npm run bench (after npm run build): renders N = 10 (an article's), 100 and 500 mixed claimkit widgets in
// headless Chromium against a hand-written template-clone baseline of the same DOM, a fresh
// page per run, R runs per configuration interleaved; and, as a CMS page has them, the same N
// tags already in the page when claimkit.js loads (`upgrade`: no baseline, the longest task
// counts), and `warm`: the same widgets on a page that has rendered them once (what a page pays
// once, not per widget: Lit's templates, compiled code, style sheets, ICU's data). Prints median/min/max, writes
// bench-results/bench.json, and fails when a target of issue 7 or 20 is missed (unless --report-only).
// Then it runs Lighthouse on the seed news page with and without the widgets (scripts/lighthouse.mjs)
// and prints score, TBT and CLS side by side (--no-lighthouse skips it). It also prints what one
// widget of each kind made, counted (clones, elements, comment nodes): the same on every machine.
//   node scripts/bench.mjs [--report-only] [--runs=7] [--no-lighthouse] [--sizes=10,100,500] [--against=FILE]
// --against=FILE (a claimkit.js built before a change, inside this repository: `cp
// dist/cdn/claimkit.js .size/before.js`, change, build) runs it too, as `before` and
// `before-up` (its upgrade), interleaved with the rest, and prints this build's time against it.
// The top functions behind these figures: node scripts/profile.mjs --n=10 (or --n=500).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { audit, report } from './lighthouse.mjs';
import { CHROME_ARGS, needBuild, option, serve } from './serve.mjs';
import { stat } from './stats.mjs';

needBuild();
const reportOnly = process.argv.includes('--report-only');
const R = Number(option('runs', 7));
const SIZES = (option('sizes')?.split(',') ?? [10, 100, 500]).map(Number);
// skipping: the baseline with claimkit's skipped layout of far widgets too (bench/bench.js);
// informative, no target: the issue's baseline lays every widget out.
const AGAINST = option('against');
if (AGAINST && !existsSync(AGAINST)) {
  console.error(`${AGAINST} is missing.`);
  process.exit(1);
}
// Each mode of the page, and the build it loads (bench/bench.js's `lib`: the path from bench/).
const LIBS = { warm: ['claimkit'], before: ['claimkit', AGAINST], 'before-up': ['upgrade', AGAINST] };
// warm: claimkit on a page that rendered the same widgets once before (what a page pays once,
// not per widget, is paid already); informative, no target: the targets count a page's first.
const MODES = ['claimkit', 'warm', 'upgrade', 'baseline', 'skipping', ...(AGAINST ? ['before', 'before-up'] : [])];
// Targets from issues 7 and 20; do not change them here to make a run pass. ratio: every widget
// painted, against the baseline that lays every widget out; first: the first widget painted
// within this many ms (one frame at 60 Hz) of the baseline's first; ratioToSkipping: against the
// baseline that skips the same far widgets' layout, that is claimkit's JavaScript per widget.
const TARGETS = { ratio: { 10: 1.5, 100: 1.5, 500: 1.2 }, first: { 10: 16.7 }, ratioToSkipping: { 500: 4 }, longtask500: 50 };

const server = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

async function open(name) {
  const [mode, lib] = LIBS[name] ?? [name];
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.base}/bench/bench.html?mode=${mode}${lib ? `&lib=../${encodeURI(lib)}` : ''}`, { waitUntil: 'load' });
  await page.waitForFunction('window.ready === true');
  return page;
}

const results = {};
let templates;
try {
  const prep = await open('prepare');
  templates = await prep.evaluate(() => window.prepare());
  await prep.close();
  async function once(mode, n) {
    const page = await open(mode);
    if (mode === 'baseline' || mode === 'skipping') await page.evaluate((t) => window.setup(t), templates);
    if (mode === 'warm') await page.evaluate((n) => window.warm(n), n);
    const r = await page.evaluate((n) => window.run(n), n);
    await page.close();
    return r;
  }
  for (const n of SIZES) {
    results[n] = Object.fromEntries(MODES.map((mode) => [mode, []]));
    for (const mode of MODES) await once(mode, n); // warm the browser process (not the page) once; not recorded
    for (let r = 0; r < R; r++) {
      const order = r % 2 ? [...MODES].reverse() : MODES;
      for (const mode of order) results[n][mode].push(await once(mode, n));
    }
  }
} finally {
  await browser.close();
  server.close();
}

const summary = {};
for (const n of SIZES) {
  summary[n] = {};
  for (const mode of MODES) {
    const runs = results[n][mode];
    summary[n][mode] = Object.fromEntries(
      ['rendered', 'first', 'laidOut', 'longtask', 'heapPerWidget'].map((k) => [k, stat(runs.map((x) => x[k]))]),
    );
  }
  /** `mode`'s render time against `base`'s: the ratio of the medians, and of the runs paired in time. */
  const ratioTo = (base, mode = 'claimkit') => ({
    ofMedians: summary[n][mode].rendered.median / summary[n][base].rendered.median,
    perPair: stat(results[n][mode].map((x, i) => x.rendered / results[n][base][i].rendered)),
  });
  summary[n].ratio = ratioTo('baseline');
  summary[n].ratioToSkipping = ratioTo('skipping');
  summary[n].warmAgainst = { baseline: ratioTo('baseline', 'warm'), skipping: ratioTo('skipping', 'warm') };
  if (AGAINST) summary[n].against = { claimkit: ratioTo('before'), upgrade: ratioTo('before-up', 'upgrade') };
}

const f = (x, d = 1) => x.toFixed(d);
const ratioText = (r) =>
  `${f(r.ofMedians, 2)}× (ratio of medians; per pair ${f(r.perPair.median, 2)}, ${f(r.perPair.min, 2)}–${f(r.perPair.max, 2)})`;
const s3 = (s, d = 1) => `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})`.padEnd(24);
console.log(
  `Chromium headless, ${cpus().length} cores (load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}), R = ${R} fresh pages per cell; median (min–max)`,
);
console.log(
  `${'N'.padEnd(5)}${'mode'.padEnd(10)}${'rendered ms'.padEnd(24)}${'first painted ms'.padEnd(24)}${'laid out ms'.padEnd(24)}${'longest task ms'.padEnd(24)}heap/widget KB`,
);
for (const n of SIZES)
  for (const mode of MODES) {
    const s = summary[n][mode];
    const heap = { median: s.heapPerWidget.median / 1024, min: s.heapPerWidget.min / 1024, max: s.heapPerWidget.max / 1024 };
    console.log(`${String(n).padEnd(5)}${mode.padEnd(10)}${s3(s.rendered)}${s3(s.first)}${s3(s.laidOut)}${s3(s.longtask)}${s3(heap, 2)}`);
  }
let failed = false;
const check = (name, ok, detail) => {
  if (!ok) failed = true;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
};
for (const n of SIZES) {
  const r = summary[n].ratio;
  // Both figures must meet the target: on this noisy machine either one alone has passed by
  // chance (29 Nov: 1.18× as a ratio of medians while the runs paired in time gave 1.66×).
  if (TARGETS.ratio[n])
    check(`N=${n} cold ≤ ${TARGETS.ratio[n]}× baseline`, Math.max(r.ofMedians, r.perPair.median) <= TARGETS.ratio[n], ratioText(r));
}
for (const n of SIZES) {
  if (!TARGETS.first[n]) continue;
  // Paired in time, as the ratios: each run's first widget against the baseline run beside it.
  const late = stat(results[n].claimkit.map((x, i) => x.first - results[n].baseline[i].first));
  check(
    `N=${n} first widget painted within ${TARGETS.first[n]} ms of the baseline's first`,
    late.median <= TARGETS.first[n],
    `${f(late.median)} ms later (per pair, median; ${f(late.min)} to ${f(late.max)}); claimkit ${f(summary[n].claimkit.first.median)} ms, baseline ${f(summary[n].baseline.first.median)} ms`,
  );
}
for (const n of SIZES) {
  const r = summary[n].ratioToSkipping;
  const target = TARGETS.ratioToSkipping[n];
  const detail = `${ratioText(r)}: claimkit's own cost, its JavaScript`;
  if (target)
    check(
      `N=${n} ≤ ${target}× the baseline that skips the same far widgets' layout`,
      Math.max(r.ofMedians, r.perPair.median) <= target,
      detail,
    );
  else console.log(`INFO  N=${n} against the baseline that skips the same far widgets' layout: ${detail}`);
}
for (const n of SIZES) {
  const once = summary[n].claimkit.rendered.median - summary[n].warm.rendered.median;
  console.log(
    `INFO  N=${n} warm (the page rendered them once before), against the baseline ${ratioText(summary[n].warmAgainst.baseline)}, against skipping ${ratioText(summary[n].warmAgainst.skipping)}; a page's first time costs ${f(once)} ms more`,
  );
}
for (const mode of summary[500] ? ['claimkit', 'upgrade'] : []) {
  const lt = summary[500][mode].longtask;
  check(
    `N=500 ${mode} no task over ${TARGETS.longtask500} ms`,
    lt.max <= TARGETS.longtask500,
    `longest ${f(lt.max)} ms (median ${f(lt.median)}; script tasks and frames' rendering; 0 = none over 50 ms)`,
  );
}
for (const n of AGAINST ? SIZES : [])
  for (const mode of ['claimkit', 'upgrade'])
    console.log(`INFO  N=${n} ${mode} against ${AGAINST}: ${ratioText(summary[n].against[mode])}`);
// What one widget of each kind made (counted in bench/bench.js's prepare, so the same on every
// machine): Lit's template instances are the largest cost at 500 widgets (docs/performance.md).
// The mix's widgets as counted, each kind and data once (two events differ; three comparisons do not).
const counted = new Map(templates.map(({ tag, counts: c }) => [`${tag} ${c.clones}/${c.elements}/${c.comments}`, { tag, ...c }]));
const counts = [...counted.values()];
const mix = (key) => templates.reduce((sum, t) => sum + t.counts[key], 0) / templates.length;
console.log(
  `INFO  per widget, counted: clones (template instances) / elements / comment nodes: ${[...counted.keys()].join(', ')}; the mix of ten ${f(mix('clones'))}/${f(mix('elements'))}/${f(mix('comments'))}`,
);
let lighthouse;
if (!process.argv.includes('--no-lighthouse')) {
  console.log('');
  lighthouse = await audit({ runs: 3 });
  if (!report(lighthouse)) failed = true;
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, load: loadavg(), runs: R, targets: TARGETS, summary, counts, lighthouse, results }, null, 2)}\n`,
);
console.log('wrote bench-results/bench.json');
if (failed && !reportOnly) process.exit(1);
