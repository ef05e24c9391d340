// Screenshots the seed news page's widgets in headless Chromium, for the README and for a
// person to look at: node scripts/screenshot.mjs [out-dir] (after npm run build; it serves
// the repository itself).

import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

const out = process.argv[2] ?? 'docs';
const server = await serve();
const base = server.base;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...CHROME_ARGS, '--hide-scrollbars', '--font-render-hinting=none'],
});
try {
  for (const [name, width, scheme] of [
    ['claim-compare', 720, 'light'],
    ['claim-compare-dark', 720, 'dark'],
    ['claim-compare-narrow', 360, 'light'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${base}/examples/seed-article.html`, { waitUntil: 'networkidle0' });
    const el = await page.waitForSelector('claim-compare >>> .root');
    await (await page.$('claim-compare')).screenshot({ path: join(out, `${name}.png`) });
    console.log(`${join(out, `${name}.png`)} (${width}px, ${scheme})`);
    await el.dispose();
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
