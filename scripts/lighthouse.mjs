// Lighthouse 12.2 (npm `lighthouse`, Debian Chromium) on the seed news page, with the widgets
// and without them (the library's requests blocked, so readers get the fallbacks): performance
// score, Total Blocking Time, CLS, LCP and FCP, each the median of R runs, side by side.
// Lighthouse's defaults: mobile emulation, simulated slow 4G and 4× CPU slowdown.
// `npm run bench` prints this too; alone: node scripts/lighthouse.mjs [--runs=3] [--page=…]
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';
import { median } from './stats.mjs';

const METRICS = {
  score: (lhr) => Math.round(lhr.categories.performance.score * 100),
  tbt: (lhr) => lhr.audits['total-blocking-time'].numericValue,
  cls: (lhr) => lhr.audits['cumulative-layout-shift'].numericValue,
  lcp: (lhr) => lhr.audits['largest-contentful-paint'].numericValue,
  fcp: (lhr) => lhr.audits['first-contentful-paint'].numericValue,
};
/** The page with widgets may lose at most this many performance points (issue 7). */
export const MAX_POINTS_LOST = 2;

/** Runs the audit; returns `{ withWidgets, withoutWidgets }`, each metric as { median, runs }. */
export async function audit({ runs = 3, page = 'examples/seed-article.html' } = {}) {
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const collected = { withWidgets: [], withoutWidgets: [] };
  let lighthouseVersion;
  try {
    for (let r = 0; r < runs; r++)
      for (const key of r % 2 ? ['withoutWidgets', 'withWidgets'] : ['withWidgets', 'withoutWidgets']) {
        const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
        if (key === 'withoutWidgets') flags.blockedUrlPatterns = ['*/dist/cdn/*'];
        const { lhr } = await lighthouse(`${server.base}/${page}`, flags);
        lighthouseVersion = lhr.lighthouseVersion;
        if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        collected[key].push(Object.fromEntries(Object.entries(METRICS).map(([name, read]) => [name, read(lhr)])));
      }
  } finally {
    await browser.close();
    server.close();
  }
  const summarise = (list) =>
    Object.fromEntries(
      Object.keys(METRICS).map((name) => [name, { median: median(list.map((x) => x[name])), runs: list.map((x) => x[name]) }]),
    );
  return {
    lighthouseVersion,
    page,
    runs,
    withWidgets: summarise(collected.withWidgets),
    withoutWidgets: summarise(collected.withoutWidgets),
  };
}

/** Prints the side-by-side table; returns whether the widgets cost at most MAX_POINTS_LOST points. */
export function report(result) {
  const row = (label, w, wo, digits = 0) =>
    `${label.padEnd(26)}${w.toFixed(digits).padStart(14)}${wo.toFixed(digits).padStart(18)}  (runs: ${result.withWidgets[label.split(' ')[0]]?.runs.map((x) => x.toFixed(digits)).join(', ') ?? ''})`;
  console.log(
    `Lighthouse ${result.lighthouseVersion ?? ''} on ${result.page}, median of ${result.runs} runs (mobile, simulated throttling)`,
  );
  console.log(`${''.padEnd(26)}${'with widgets'.padStart(14)}${'without widgets'.padStart(18)}`);
  const w = result.withWidgets;
  const wo = result.withoutWidgets;
  console.log(row('score', w.score.median, wo.score.median));
  console.log(row('tbt ms (Total Blocking)', w.tbt.median, wo.tbt.median));
  console.log(row('cls', w.cls.median, wo.cls.median, 4));
  console.log(row('lcp ms', w.lcp.median, wo.lcp.median));
  console.log(row('fcp ms', w.fcp.median, wo.fcp.median));
  const lost = wo.score.median - w.score.median;
  const ok = lost <= MAX_POINTS_LOST;
  console.log(`${ok ? 'PASS' : 'FAIL'}  Lighthouse: the widgets cost ${lost} performance point(s) (target ≤ ${MAX_POINTS_LOST})`);
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
  const page = process.argv.find((a) => a.startsWith('--page='))?.slice(7);
  const result = await audit({ runs, page });
  const ok = report(result);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/lighthouse.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench-results/lighthouse.json');
  process.exit(ok ? 0 : 1);
}
