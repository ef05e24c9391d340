// Screenshots the seed news page's widgets in headless Chromium, for the README and for a
// person to look at: node scripts/screenshot.mjs [out-dir]  (serve the repo first: it
// starts its own static server on a free port).

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const out = process.argv[2] ?? 'docs';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(process.cwd(), path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    '--font-render-hinting=none',
  ],
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
