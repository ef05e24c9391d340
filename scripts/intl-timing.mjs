// node scripts/intl-timing.mjs (after npm run build): when the benchmark page (bench/bench.html,
// mode claimkit, as `npm run bench` opens it) makes each `Intl` formatter, against the moment
// its clock starts, and how long each took to make. The first formatter of any kind loads ICU's
// data (11–30 ms in this Chromium); the page makes its language's formatters in idle time after
// the elements are defined (core/format.ts's warmUp), and this tells whether that idle time came
// before the clock. Timings wrap each constructor in a Proxy, so they are a little long.
//   node scripts/intl-timing.mjs [--n=10] [--runs=5]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, needBuild, option, serve } from './serve.mjs';

const n = Number(option('n', 10));
const runs = Number(option('runs', 5));
needBuild();
const server = await serve();
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(() => {
      window.intlMade = [];
      for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames', 'PluralRules']) {
        Intl[name] = new Proxy(Intl[name], {
          construct(target, args) {
            const start = performance.now();
            const made = Reflect.construct(target, args);
            window.intlMade.push({ name, start, ms: performance.now() - start, options: JSON.stringify(args[1] ?? {}) });
            return made;
          },
        });
      }
      // run() starts the clock in the task after it is called (bench.js's measure): taken here
      // at the call, so a formatter made in between shows a little after 0.
      Object.defineProperty(window, 'run', {
        configurable: true,
        set(run) {
          const timed = (count) => {
            window.clock = performance.now();
            return run(count);
          };
          Object.defineProperty(window, 'run', { value: timed });
        },
      });
    });
    await page.goto(`${server.base}/bench/bench.html?mode=claimkit`, { waitUntil: 'load' });
    await page.waitForFunction('window.ready === true');
    const { rendered } = await page.evaluate((count) => window.run(count), n);
    const { made, clock } = await page.evaluate(() => ({ made: window.intlMade, clock: window.clock }));
    console.log(`page ${r + 1}: ${n} widgets rendered in ${rendered.toFixed(1)} ms; formatters made, in ms from the clock's start:`);
    for (const { name, start, ms, options } of made)
      console.log(`  ${(start - clock).toFixed(1).padStart(7)}  ${ms.toFixed(1).padStart(5)} ms  ${name} ${options}`);
  }
} finally {
  await browser.close();
  server.close();
}
