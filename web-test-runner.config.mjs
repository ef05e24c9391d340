// @ts-check
// Browser tests for claimkit: Chromium, Firefox ESR and WebKit (WebKitGTK MiniBrowser).
//
//   npm run test:browsers                       # all three (starts Xvfb + WebKitWebDriver)
//   BROWSERS=chromium npm run test:browsers     # just one; comma list for several
//
// WebKit needs a running WebKitWebDriver (with DISPLAY set); scripts/test-browsers.sh starts it
// and exports WEBKIT_DRIVER_PORT. Every browser sees the same time zone and locale
// (TEST_TZ / TEST_LOCALE below); src/test-support/environment.test.ts asserts it.
import { readFileSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const TEST_TZ = 'America/New_York';
export const TEST_LOCALE = 'en-US';
// POSIX locale name for the LANG/LANGUAGE env vars. en_US.UTF-8 need not be installed:
// the browsers only read the name.
const POSIX_LOCALE = `${TEST_LOCALE.replace('-', '_')}.UTF-8`;

const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];
const selected = (process.env.BROWSERS || ALL_BROWSERS.join(','))
  .split(',')
  .map((b) => b.trim().toLowerCase())
  .filter(Boolean);
const unknown = selected.filter((b) => !ALL_BROWSERS.includes(b));
if (unknown.length > 0 || selected.length === 0) {
  throw new Error(
    `BROWSERS=${process.env.BROWSERS}: unknown browser(s) ${unknown.join(', ')}; use a comma list of ${ALL_BROWSERS.join(', ')}`,
  );
}

/** Environment for the browser processes that puppeteer starts. */
const browserEnv = {
  ...process.env,
  TZ: TEST_TZ,
  LANG: POSIX_LOCALE,
  LANGUAGE: TEST_LOCALE.replace('-', '_'),
};

const launchers = {
  chromium: () =>
    chromeLauncher({
      // Passing puppeteer-core explicitly only makes the runner label the browser
      // "Chromium"/"Firefox" instead of calling every puppeteer browser "Chrome".
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'chrome',
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        env: browserEnv,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--font-render-hinting=none',
          '--force-color-profile=srgb',
          '--hide-scrollbars',
          // window.gc(), for the teardown test's heap and WeakRef checks (src/test-support/teardown.test.ts).
          '--js-flags=--expose-gc',
          `--lang=${TEST_LOCALE}`,
          `--accept-lang=${TEST_LOCALE}`,
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        env: browserEnv,
        extraPrefsFirefox: {
          'intl.accept_languages': TEST_LOCALE,
          'intl.locale.requested': TEST_LOCALE,
          'intl.regional_prefs.use_os_locales': false,
          'privacy.resistFingerprinting': false,
        },
      },
    }),
  webkit: () => {
    const port = Number(process.env.WEBKIT_DRIVER_PORT);
    if (!port) {
      throw new Error(
        'webkit needs a running WebKitWebDriver: run through `npm run test:browsers` ' +
          '(scripts/test-browsers.sh), or start `DISPLAY=:99 TZ=America/New_York LANG=en_US.UTF-8 WebKitWebDriver --port=N` ' +
          'yourself and set WEBKIT_DRIVER_PORT=N',
      );
    }
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // @ts-expect-error -- vendor capabilities
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
  },
};

/**
 * When WTR_SUMMARY_FILE is set (scripts/test-browsers.sh sets it), writes
 * "passed failed skipped erroredFiles" summed over all browsers, counted like the runner's
 * progress line. erroredFiles = test files (per browser) that failed without any failing test,
 * e.g. an import error or a browser crash.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryFileReporter() {
  const file = process.env.WTR_SUMMARY_FILE;
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      let erroredFiles = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const failedBefore = failed;
        if (session.testResults) walk(session.testResults);
        if (!session.passed && failed === failedBefore) erroredFiles++;
      }
      writeFileSync(file, `${passed} ${failed} ${skipped} ${erroredFiles}\n`);
    },
  };
}

/**
 * Fixtures `import` JSON files (as Vite does in Storybook); `src` tests `fetch` the same
 * kind of files and must get the raw JSON. Module requests say `Sec-Fetch-Dest: script`.
 * @returns {import('@web/dev-server-core').Plugin}
 */
function jsonModules() {
  const isImport = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    resolveMimeType: (context) => (isImport(context) ? 'js' : undefined),
    // The dev server caches transformed files by URL alone: without this key, a fetch() of a JSON
    // file that was imported earlier in the run would get the cached `export default …` module.
    transformCacheKey: (context) => (isImport(context) ? 'json-module' : undefined),
    transform(context) {
      context.set('vary', 'sec-fetch-dest');
      context.set('cache-control', 'no-store');
      if (isImport(context)) return { body: `export default ${context.body};` };
    },
  };
}

/**
 * `/__ssr?tag=claim-compare&pointer=/comparisons/0&lang=uk`: a page holding that part of the seed
 * story rendered by `claimkit/ssr` (the built dist/publish/ssr.js, so `npm run build` first), and
 * no script: src/publish/ssr.test.ts loads the library into it when it chooses.
 * @returns {import('@web/dev-server-core').Middleware}
 */
function serverRendered() {
  return async (ctx, next) => {
    if (ctx.path !== '/__ssr') return next();
    const { renderToString } = await import('./dist/publish/ssr.js');
    const { resolvePointer } = await import('./dist/core/pointer.js');
    const story = JSON.parse(readFileSync('examples/seed-article.json', 'utf8'));
    const { found, value: data } = resolvePointer(story, String(ctx.query.pointer ?? ''));
    if (!found) ctx.throw(404, `nothing at ${ctx.query.pointer} in examples/seed-article.json`);
    const widget = await renderToString(String(ctx.query.tag), data, { lang: ctx.query.lang, fallback: 'The fallback sentence.' });
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body><main><p>Before the widget.</p>${widget}<p id="after">After the widget.</p></main></body></html>`;
  };
}

/**
 * `/__net/<fault>?case=n`: a server that fails the way networks do, for the `src` tests
 * (src/core/controllers/data-source.test.ts). `hang`: headers never sent; `stall`: headers and
 * half a body, then nothing; `reset`: the connection dropped; `500`: a server error. Held
 * responses end after 20 s, so nothing outlives the test run. `/__net/log?from=n` lists the
 * requests the server saw from the `n`th on (and `next`, where the next call starts): what a page
 * fetched, from the server's side, with `(aborted)` entries for fetches the client gave up.
 * @returns {import('@web/dev-server-core').Middleware}
 */
function networkFaults() {
  /** @type {string[]} */
  const log = [];
  const hold = (ctx) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, 20000);
      // The connection closed before the answer ended: the client gave up (an aborted fetch).
      ctx.res.on('close', () => {
        if (!ctx.res.writableFinished) log.push(`${ctx.url} (aborted)`);
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  return async (ctx, next) => {
    if (ctx.path === '/__net/log') {
      ctx.type = 'json';
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify({ next: log.length, urls: log.slice(Number(ctx.query.from) || 0) });
      return;
    }
    log.push(ctx.url);
    const fault = /^\/__net\/(\w+)$/.exec(ctx.path)?.[1];
    if (!fault) return next();
    if (fault === '500') {
      ctx.status = 500;
      ctx.body = 'oops';
    } else if (fault === 'reset') {
      ctx.req.socket.destroy();
      ctx.respond = false;
    } else if (fault === 'hang') {
      await hold(ctx);
      ctx.status = 204;
    } else if (fault === 'stall') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write('{"title": "half');
      await hold(ctx);
      ctx.res.end();
    }
  };
}

/**
 * The Content-Security-Policy a strict news site sends (docs/security.md), on any page asked for
 * with `?csp=strict`: scripts, styles and data only from the site itself, no inline script or
 * style attribute, and Trusted Types with two policies allowed: Lit's (`lit-html`, for templates)
 * and Claimkit's (`claimkit`, for JSON-LD).
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html claimkit";

/** @returns {import('@web/dev-server-core').Middleware} */
function strictPolicy() {
  return async (ctx, next) => {
    await next();
    if (ctx.query.csp === 'strict') ctx.set('content-security-policy', STRICT_CSP);
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules()],
  // `?delay=ms` on any URL holds the response back, so tests can race a slow `src` against a fast one.
  middleware: [
    serverRendered(),
    networkFaults(),
    strictPolicy(),
    async (ctx, next) => {
      const delay = Number(ctx.query.delay);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
      return next();
    },
  ],
  browsers: selected.map((name) => launchers[name]()),
  // 2 cores: two browsers side by side, one test file at a time in each.
  concurrentBrowsers: 2,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev-mode notice is printed once per test file per browser; it is noise here.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryFileReporter()],
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
