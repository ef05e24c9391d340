// npm run profile (after npm run build): where claimkit's JavaScript spends its time while the
// benchmark page (bench/bench.html, mode claimkit) renders N widgets: a V8 CPU profile (sampling
// every 50 µs) summed by function over R fresh pages, self time, top T. This is the "top functions"
// report of docs/performance.md; read the shares, not the milliseconds (profiling slows the page).
// --warm profiles a page that has rendered the N widgets once before (bench.js's window.warm): the
// cost per widget without what a page pays once (Lit's templates, compiled code, ICU's data).
//   node scripts/profile.mjs [--n=10] [--runs=5] [--top=25] [--warm]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, needBuild, option, serve } from './serve.mjs';

const n = Number(option('n', 10));
const runs = Number(option('runs', 5));
const top = Number(option('top', 25));
const warm = process.argv.includes('--warm');
needBuild();
const server = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
const self = new Map();
let total = 0;
let wall = 0;
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${server.base}/bench/bench.html?mode=claimkit`, { waitUntil: 'load' });
    await page.waitForFunction('window.ready === true');
    if (warm) await page.evaluate((count) => window.warm(count), n);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate((count) => window.run(count), n);
    const { profile } = await cdp.send('Profiler.stop');
    wall += result.rendered;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    // Only samples within the render (the 300 ms wait after it is idle anyway).
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url.replace(/^.*\//, '');
      const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();
      const us = deltas[i + 1] ?? 0;
      if (functionName === '(idle)' || functionName === '(program)') return;
      self.set(key, (self.get(key) ?? 0) + us);
      total += us;
    });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `N = ${n}${warm ? ' (warm)' : ''}, ${runs} runs: ${(total / runs / 1000).toFixed(1)} ms of samples (not idle) per run, rendered in ${(wall / runs).toFixed(1)} ms (profiled)`,
);
console.log('self ms/run  share  function');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${(us / runs / 1000).toFixed(2).padStart(11)}  ${((100 * us) / total).toFixed(1).padStart(4)} %  ${key}`);
