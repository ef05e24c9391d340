// npm run trace (after npm run build): what the main thread does while the benchmark page
// (bench/bench.html) renders N widgets, from a Chrome trace: how many tasks fell in each length
// band, and each task over the threshold with where its time went (the trace events inside it,
// summed by name). This is how the long tasks `npm run bench` reports were found to be frames
// laying out what several render slices drew. Tracing slows the page (500 widgets: about 2.7 s
// traced against 1.9 s in `npm run bench`), so read the shape, not the milliseconds.
//   node scripts/trace.mjs [--n=500] [--over=50] [--out=bench-results/trace.json]
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, needBuild, option, serve } from './serve.mjs';

const n = Number(option('n', 500));
const over = Number(option('over', 50));
const out = option('out', 'bench-results/trace.json');
needBuild();
mkdirSync('bench-results', { recursive: true });

const server = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.base}/bench/bench.html?mode=claimkit`, { waitUntil: 'load' });
  await page.waitForFunction('window.ready === true');
  await page.tracing.start({ path: out, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const result = await page.evaluate((count) => window.run(count), n);
  await page.tracing.stop();

  const events = JSON.parse(readFileSync(out, 'utf8')).traceEvents;
  // The page's main thread: the one that ran bench.js's run().
  const call = events.findLast((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes('bench/bench.js'));
  const main = `${call.pid}:${call.tid}`;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= 1000).sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  // Bands up to the threshold (16 ms: a frame at 60 Hz; 35 ms), then one band over it.
  const uppers = [...[16, 35].filter((edge) => edge < over), over];
  const labels = [...uppers.map((upper, i) => (i ? `${uppers[i - 1]}–${upper} ms` : `≤ ${upper} ms`)), `> ${over} ms`];
  const bandOf = (ms) => {
    const i = uppers.findIndex((upper) => ms <= upper);
    return labels[i < 0 ? uppers.length : i];
  };
  const bands = Object.fromEntries(labels.map((label) => [label, 0]));
  for (const { dur } of tasks) {
    const ms = dur / 1000;
    bands[bandOf(ms)]++;
  }
  console.log(`N = ${n}: rendered in ${Math.round(result.rendered)} ms; tasks ≥ 1 ms by length:`, bands);
  for (const task of tasks.filter((t) => t.dur > over * 1000)) {
    const inside = new Map();
    for (const e of onMain)
      if (e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
        inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur);
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(
      `  at ${Math.round((task.ts - start) / 1000)} ms: ${Math.round(task.dur / 1000)} ms —`,
      top.map(([name, dur]) => `${name} ${Math.round(dur / 1000)}`).join(', '),
    );
  }
  console.log(`trace written to ${out} (open it in Chrome DevTools' Performance panel)`);
} finally {
  await browser.close();
  server.close();
}
