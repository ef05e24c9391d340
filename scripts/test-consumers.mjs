// npm run test:consumers: the package as apps get it. Packs this repository (`npm pack`, which
// builds it through `prepack`), installs the tarball from a file into scratch apps with packages
// from the npm registry, builds them, and opens what they built in headless Chromium:
//   react19  Vite + React 19: <claim-compare> as a tag (data as JSON text and as an object,
//            `onclaimkit-error`), typed by claimkit/types/react; tsc --noEmit, vite build
//   react18  Vite + React 18 with claimkit/react (@lit/react components), and the tag typed by
//            claimkit/types/react under @types/react 18; tsc --noEmit, vite build (its own install)
//   vue      Vite + Vue 3 (`isCustomElement`): :data bound to an object and to a reactive one
//   webpack  a production build importing only claimkit/claim-compare: the element is still
//            registered (package.json "sideEffects"), and no other element's code is in the bundle
//   ssr      claimkit/ssr in Node renders the seed comparison; the page read with JavaScript off
//            (declarative shadow DOM), then hydrated by the CDN file: the same nodes, not drawn again
//   cli      the installed `claimkit` bin: validate (good and bad files), render
//   plain    a plain page with the installed dist/cdn/claimkit.js and a data='…' attribute
// Everything but react18 shares one install. Prints one line per check, times per step, and
// `tests: N passed, N failed`; exits 1 on any failure. KEEP=1 keeps the scratch folder.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, serve } from './serve.mjs';

/** What the apps install from the registry, exact versions (`npm view <name> version` to move them). */
const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
  typescript: '5.9.3',
  vite: '8.4.0',
  '@vitejs/plugin-react': '6.3.0',
  vue: '3.5.45',
  '@vitejs/plugin-vue': '6.0.11',
  webpack: '5.113.0',
};
/** The React 18 app's own install. */
const REACT18_VERSIONS = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  '@types/react': '18.3.32',
  '@types/react-dom': '18.3.7',
  typescript: VERSIONS.typescript,
  vite: VERSIONS.vite,
  '@vitejs/plugin-react': VERSIONS['@vitejs/plugin-react'],
};

const repo = fileURLToPath(new URL('..', import.meta.url));
const seed = JSON.parse(readFileSync(join(repo, 'examples/seed-article.json'), 'utf8'));
const comparison = seed.comparisons[0];
/** The comparison with the Defence Ministry's figure in words. */
const bad = structuredClone(comparison);
bad.claims[1].figures[0].value = 'nine thousand';
const BAD_PATH = '/claims/1/figures/0/value';
/** Text every rendered comparison shows: both claimants' killed figures. */
const FIGURES = ['9,000', '498'];
/** Strings of other elements' code that minifiers keep (CSS custom properties and values, tag names). */
const STYLE_MARKERS = { 'trip-itinerary': '--claimkit-color-route', 'fact-check': 'all-small-caps' };
const FOREIGN = [
  ...Object.values(STYLE_MARKERS),
  ...['trip-itinerary', 'fact-check', 'event-card', 'event-timeline', 'quote-card', 'article-facts'].flatMap((tag) => [
    `"${tag}"`,
    `'${tag}'`,
    `\`${tag}\``,
  ]),
];

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const times = [];
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  const more = !ok && detail ? `\n${String(detail).trimEnd().replace(/^/gm, '        ')}` : '';
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${more}`);
  return ok;
}

// The apps' npm must not take this run's npm (`npm run test:consumers`) for their own.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_lifecycle_|npm_package_|npm_config_local_prefix$|npm_command$|INIT_CWD$|NODE_ENV$)/.test(key),
  ),
);
const children = new Set();

/** Runs `command` in `cwd`: its exit code and its output (stdout and stderr as they came); killed after `timeout` ms. */
function run(command, args, { cwd, timeout = 180_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    const timer = setTimeout(() => {
      out += `\n(killed after ${timeout / 1000} s)`;
      kill(child);
    }, timeout);
    child.on('error', (error) => {
      out += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code: code ?? signal, out, stdout });
    });
  });
}
function kill(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
}

/** A step: `fn` timed, its time kept for the summary. */
async function step(name, fn) {
  const since = performance.now();
  try {
    return await fn();
  } finally {
    times.push([name, seconds(since)]);
  }
}

/** A command as one check (its time on the line): ok when it exits 0. */
async function command(name, cmd, args, options = {}) {
  const since = performance.now();
  const result = await step(name, () => run(cmd, args, options));
  const ok = result.code === 0;
  check(
    `${name} (${seconds(since)})`,
    ok,
    `${cmd} ${args.join(' ')} (in ${options.cwd}) exited ${result.code}:\n${result.out.slice(-6000)}`,
  );
  return ok && result;
}

const write = async (path, text) => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
};
const html = (body, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>claimkit consumer</title>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// ————— The files of the apps —————

const dataTs = `import type { ClaimCompareData } from 'claimkit';

/** examples/seed-article.json, /comparisons/0. */
export const comparison: ClaimCompareData = ${JSON.stringify(comparison, null, 2)};

/** The same with a figure in words: ${BAD_PATH} is not a number. */
export const badJson: string = ${JSON.stringify(JSON.stringify(bad))};
`;
const dataJs = `export const comparison = ${JSON.stringify(comparison, null, 2)};\nexport const bad = ${JSON.stringify(bad)};\n`;
const globalsTs = `import type { ClaimkitErrorDetail } from 'claimkit';

declare global {
  interface Window {
    /** Every claimkit-error the app heard, for the test to read. */
    __errors: (ClaimkitErrorDetail & { id: string })[];
  }
}
`;
const tsconfig = json({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    isolatedModules: true,
    skipLibCheck: false,
    types: [],
  },
  include: ['src'],
});
const reactVite = `import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [react()], logLevel: 'warn' });\n`;
const reactMain = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

window.__errors = [];
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;
const reactIndex = html('<div id="root"></div>\n<script type="module" src="/src/main.tsx"></script>');

const files = {
  // a. React 19, the tags.
  'apps/react19/index.html': reactIndex,
  'apps/react19/vite.config.mjs': reactVite,
  'apps/react19/tsconfig.json': tsconfig,
  'apps/react19/src/data.ts': dataTs,
  'apps/react19/src/globals.d.ts': globalsTs,
  'apps/react19/src/main.tsx': reactMain,
  'apps/react19/src/App.tsx': `/// <reference types="claimkit/types/react" />
import 'claimkit/claim-compare';
import { badJson, comparison } from './data';

export function App() {
  return (
    <>
      <claim-compare id="as-json" data={JSON.stringify(comparison)} />
      <claim-compare id="as-object" data={comparison} lang="en" />
      <claim-compare id="bad" data={badJson} onclaimkit-error={(event) => window.__errors.push({ id: 'bad', ...event.detail })} />
    </>
  );
}
`,
  // b. React 18, claimkit/react; and the tag, typed for @types/react 18 (JSON text, as React 18 sets attributes).
  'react18/index.html': reactIndex,
  'react18/vite.config.mjs': reactVite,
  'react18/tsconfig.json': tsconfig,
  'react18/src/data.ts': dataTs,
  'react18/src/globals.d.ts': globalsTs,
  'react18/src/main.tsx': reactMain,
  'react18/src/App.tsx': `/// <reference types="claimkit/types/react" />
import { ClaimCompare } from 'claimkit/react';
import { badJson, comparison } from './data';

export function App() {
  return (
    <>
      <ClaimCompare id="as-object" data={comparison} lang="en" />
      <ClaimCompare id="as-json" data={JSON.stringify(comparison)} />
      <ClaimCompare id="bad" data={badJson} onClaimkitError={(event) => window.__errors.push({ id: 'bad', ...event.detail })} />
      <claim-compare id="tag-json" data={JSON.stringify(comparison)} />
    </>
  );
}
`,
  // c. Vue 3: bound values are set as properties.
  'apps/data.js': dataJs,
  'apps/vue/index.html': html('<div id="app"></div>\n<script type="module" src="/src/main.js"></script>'),
  'apps/vue/vite.config.mjs': `import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  logLevel: 'warn',
});
`,
  'apps/vue/src/env.d.ts': `import type {} from 'claimkit/types/vue';\n`,
  'apps/vue/tsconfig.json': json({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      types: [],
    },
    files: ['src/env.d.ts'],
  }),
  'apps/vue/src/main.js': `import 'claimkit/claim-compare';
import { createApp } from 'vue';
import App from './App.vue';

window.__errors = [];
createApp(App).mount('#app');
`,
  'apps/vue/src/App.vue': `<script setup>
import { ref } from 'vue';
import { bad, comparison } from '../../data.js';

// What a Vue app holds data in: a reactive proxy reaches the element.
const story = ref(structuredClone(comparison));
const heard = (event) => window.__errors.push({ id: 'bad', ...event.detail });
</script>

<template>
  <claim-compare id="as-object" :data="comparison" />
  <claim-compare id="as-reactive" :data="story" lang="en" />
  <claim-compare id="bad" :data="bad" @claimkit-error="heard" />
</template>
`,
  // d. webpack 5, production.
  'apps/webpack/src/index.js': `import 'claimkit/claim-compare';
import { bad, comparison } from '../../data.js';

window.__errors = [];
for (const [id, data] of [['as-object', comparison], ['bad', bad]]) {
  const element = document.createElement('claim-compare');
  element.id = id;
  element.addEventListener('claimkit-error', (event) => window.__errors.push({ id, ...event.detail }));
  element.data = data;
  document.body.append(element);
}
`,
  'apps/webpack/build.mjs': `import webpack from 'webpack';

const here = new URL('.', import.meta.url).pathname;
webpack(
  { mode: 'production', context: here, entry: './src/index.js', output: { path: here + 'dist', clean: true }, devtool: false, performance: { hints: false } },
  (error, stats) => {
    if (error) throw error;
    console.log(stats.toString({ preset: 'errors-warnings', assets: true, colors: false }));
    process.exitCode = stats.hasErrors() ? 1 : 0;
  },
);
`,
  // e. Server-side rendering.
  'apps/ssr/render.mjs': `import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'claimkit/ssr';

const story = JSON.parse(readFileSync(new URL('../seed-article.json', import.meta.url), 'utf8'));
const widget = await renderToString('claim-compare', story.comparisons[0]);
writeFileSync(
  new URL('page.html', import.meta.url),
  \`<!doctype html>\\n<html lang="en">\\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head>\\n<body>\\n<h1>Casualties</h1>\\n\${widget}\\n</body>\\n</html>\\n\`,
);
const bad = structuredClone(story.comparisons[0]);
bad.claims[1].figures[0].value = 'nine thousand';
let rejected;
try {
  await renderToString('claim-compare', bad);
} catch (error) {
  rejected = { name: error.name, message: error.message };
}
console.log(JSON.stringify({ bytes: widget.length, rejected }));
`,
  // f. The CLI's input.
  'apps/seed-article.json': json(seed),
  'apps/bad.json': json({ ...seed, comparisons: [bad, ...seed.comparisons.slice(1)] }),
  // g. A plain page with the CDN file.
  'apps/plain/index.html': html(
    `<claim-compare id="as-attribute" data='${JSON.stringify(comparison).replaceAll('&', '&amp;').replaceAll("'", '&#39;')}'></claim-compare>`,
    '<script type="module" src="/node_modules/claimkit/dist/cdn/claimkit.js"></script>',
  ),
};

// ————— The run —————

const tmp = await mkdtemp(join(tmpdir(), 'claimkit-consumers-'));
const apps = join(tmp, 'apps');
const react18 = join(tmp, 'react18');
let browser;
const servers = [];

async function cleanUp() {
  for (const child of children) kill(child);
  await browser?.close().catch(() => {});
  for (const server of servers) server.close();
  if (process.env.KEEP === '1') console.log(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    await cleanUp();
    process.exit(130);
  });

/** The page at `url` in Chromium: what every <claim-compare> shows, the errors the app heard, the console. */
async function open(url, { javaScript = true, wait = true } = {}) {
  const page = await browser.newPage();
  const logged = [];
  page.on('console', (message) => {
    if (['error', 'warn', 'warning', 'assert'].includes(message.type())) logged.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => logged.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) logged.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
  let waited = '';
  if (wait)
    await page
      .waitForFunction(
        (figures) => {
          const elements = [...document.querySelectorAll('claim-compare')];
          return (
            elements.length &&
            elements.every((el) => el.id === 'bad' || figures.every((figure) => el.shadowRoot?.textContent.includes(figure))) &&
            (!document.getElementById('bad') || window.__errors?.length)
          );
        },
        { timeout: 15_000 },
        FIGURES,
      )
      .catch((error) => {
        waited = `(waited for every element: ${error.message})`;
      });
  const state = await page.evaluate(() => ({
    elements: [...document.querySelectorAll('claim-compare')].map((el) => ({
      id: el.id,
      defined: !!customElements.get(el.localName) && el instanceof customElements.get(el.localName),
      text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? null,
    })),
    errors: window.__errors,
  }));
  return { page, logged, waited, ...state };
}

/** The checks of an app that shows good <claim-compare>s and a bad one (`#bad`, when there is one). */
async function checkApp(app, url) {
  let opened;
  try {
    opened = await open(url);
  } catch (error) {
    check(`${app}: the page at ${url} opens`, false, error.stack);
    return;
  }
  const { page, logged, waited, elements, errors } = opened;
  check(`${app}: the page has its <claim-compare> elements`, elements.length > 0, `none on ${url} ${waited}`);
  for (const { id, defined, text } of elements.filter((el) => el.id !== 'bad')) {
    const shows = defined && FIGURES.every((f) => text?.includes(f));
    check(`${app}: #${id} is defined and shows ${FIGURES.join(' and ')}`, shows, JSON.stringify({ defined, text, waited }));
  }
  const expected = elements.some((el) => el.id === 'bad');
  if (expected)
    check(
      `${app}: #bad fired claimkit-error at ${BAD_PATH}`,
      errors?.length === 1 && errors[0].id === 'bad' && errors[0].path === BAD_PATH,
      JSON.stringify({ errors, waited }),
    );
  const unexpected = logged.filter((line) => !(expected && line.startsWith(`error: <claim-compare> ${BAD_PATH}: `)));
  check(
    `${app}: no console errors or warnings${expected ? ' but the one claimkit-error line' : ''}`,
    unexpected.length === 0 && (!expected || logged.length === 1),
    logged.join('\n') || 'the claimkit-error line was not logged',
  );
  await page.close();
}

let markersChecked = false;

/** JavaScript files under `dir`, with their text. */
async function scripts(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = entries.filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name));
  return Promise.all(
    found.map(async (entry) => [join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

/** A bundle with none of the other elements' code (and <claim-compare>'s own). */
async function checkOnlyClaimCompare(app, dir) {
  if (!markersChecked) {
    markersChecked = true;
    // The markers must be in those elements' styles, or the check below proves nothing.
    const missing = [];
    for (const [tag, marker] of Object.entries(STYLE_MARKERS)) {
      const file = join(apps, `node_modules/claimkit/dist/components/${tag}/${tag}.styles.js`);
      const text = await readFile(file, 'utf8').catch(() => '');
      if (!text.includes(marker)) missing.push(`${marker} not in ${file}: choose another string for STYLE_MARKERS`);
    }
    check(
      `bundles: the other elements' markers are in their styles (${Object.values(STYLE_MARKERS).join(', ')})`,
      !missing.length,
      missing.join('\n'),
    );
  }
  const bundle = await scripts(dir);
  const found = bundle.flatMap(([file, text]) => FOREIGN.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${file}`));
  const own = bundle.some(([, text]) => text.includes('claim-compare'));
  check(
    `${app}: the bundle has <claim-compare> and no other element's code`,
    own && found.length === 0,
    own ? found.join('\n') : 'no claim-compare in the bundle',
  );
}

try {
  await Promise.all(Object.entries(files).map(([path, text]) => write(join(tmp, path), text)));

  // 1. The tarball, as CI packs it.
  const pack = await command('pack: npm pack (prepack builds)', 'npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: repo,
    timeout: 300_000,
  });
  if (!pack) throw new Error('stop');
  const tarball = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[\s*$/m)))[0].filename;
  const dependency = `file:../${tarball}`;
  // The package's types resolve for ES module consumers on every entry (CommonJS is not supported:
  // docs/frameworks.md); the stylesheet is no module to type.
  await command(
    'pack: attw --profile esm-only finds no problem',
    join(repo, 'node_modules/.bin/attw'),
    [join(tmp, tarball), '--profile', 'esm-only', '--exclude-entrypoints', './claimkit.css'],
    {
      cwd: tmp,
    },
  );
  await write(
    join(apps, 'package.json'),
    json({ name: 'apps', private: true, type: 'module', dependencies: { claimkit: dependency, ...VERSIONS } }),
  );
  await write(
    join(react18, 'package.json'),
    json({ name: 'react18', private: true, type: 'module', dependencies: { claimkit: dependency, ...REACT18_VERSIONS } }),
  );

  // 2. The installs (at once) and the builds: one line of work per install.
  const npmInstall = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  const bin = (dir, name) => join(dir, 'node_modules/.bin', name);
  const built = {};
  await Promise.all([
    (async () => {
      if (!(await command('apps: npm install', 'npm', npmInstall, { cwd: apps, timeout: 300_000 }))) return;
      built.apps = true;
      await Promise.all([
        (async () => {
          built.react19 =
            (await command('react19: tsc --noEmit clean', bin(apps, 'tsc'), ['-p', 'tsconfig.json'], { cwd: join(apps, 'react19') })) &&
            (await command('react19: vite build', bin(apps, 'vite'), ['build'], { cwd: join(apps, 'react19') }));
        })(),
        (async () => {
          // No vue-tsc (templates): tsc proves claimkit/types/vue itself compiles against Vue's types.
          await command('vue: claimkit/types/vue compiles (tsc --noEmit)', bin(apps, 'tsc'), ['-p', 'tsconfig.json'], {
            cwd: join(apps, 'vue'),
          });
          built.vue = await command('vue: vite build', bin(apps, 'vite'), ['build'], { cwd: join(apps, 'vue') });
          built.webpack = await command('webpack: production build', 'node', ['webpack/build.mjs'], { cwd: apps });
          built.ssr = await command('ssr: renderToString in Node wrote the page', 'node', ['ssr/render.mjs'], { cwd: apps });
        })(),
      ]);
    })(),
    (async () => {
      if (!(await command('react18: npm install', 'npm', npmInstall, { cwd: react18, timeout: 300_000 }))) return;
      built.react18 =
        (await command('react18: tsc --noEmit clean', bin(react18, 'tsc'), ['-p', 'tsconfig.json'], { cwd: react18 })) &&
        (await command('react18: vite build', bin(react18, 'vite'), ['build'], { cwd: react18 }));
    })(),
  ]);

  if (built.ssr) {
    const { rejected } = JSON.parse(built.ssr.stdout.trim().split('\n').at(-1));
    check(
      'ssr: bad data rejected with ClaimkitRenderError at its pointer',
      rejected?.name === 'ClaimkitRenderError' && rejected.message.includes(`${BAD_PATH}: `),
      JSON.stringify(rejected),
    );
  }

  // f. The CLI, from the installed bin.
  if (built.apps)
    await step('cli', async () => {
      const claimkit = bin(apps, 'claimkit');
      const good = await run(claimkit, ['validate', 'seed-article.json'], { cwd: apps });
      check(
        'cli: validate seed-article.json exits 0, "seed-article.json: ok"',
        good.code === 0 && good.stdout.trim() === 'seed-article.json: ok',
        `exit ${good.code}\n${good.out}`,
      );
      const wrong = await run(claimkit, ['validate', 'bad.json'], { cwd: apps });
      const line = `bad.json: /comparisons/0${BAD_PATH}: expected a number, got the string "nine thousand"`;
      check(
        `cli: validate bad.json exits 1, "${line}"`,
        wrong.code === 1 && wrong.stdout.trim() === line,
        `exit ${wrong.code}\n${wrong.out}`,
      );
      const rendered = await run(claimkit, ['render', 'seed-article.json', '--element', 'claim-compare', '--pointer', '/comparisons/0'], {
        cwd: apps,
      });
      check(
        'cli: render --element claim-compare --pointer /comparisons/0: declarative shadow DOM with the figures',
        rendered.code === 0 && rendered.stdout.includes('shadowrootmode="open"') && FIGURES.every((f) => rendered.stdout.includes(f)),
        `exit ${rendered.code}\n${rendered.out.slice(0, 3000)}`,
      );
    });

  // 3. What the apps built, in Chromium.
  if (Object.keys(built).length) {
    browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
    const at = async (root) => {
      const server = await serve(root);
      servers.push(server);
      return server.base;
    };
    await step('browser', async () => {
      if (built.react19) {
        await checkApp('react19', `${await at(join(apps, 'react19/dist'))}/`);
        await checkOnlyClaimCompare('react19', join(apps, 'react19/dist'));
      }
      if (built.react18) await checkApp('react18', `${await at(join(react18, 'dist'))}/`);
      if (built.vue) {
        await checkApp('vue', `${await at(join(apps, 'vue/dist'))}/`);
        await checkOnlyClaimCompare('vue', join(apps, 'vue/dist'));
      }
      if (built.webpack) {
        await write(join(apps, 'webpack/dist/index.html'), html('<script src="main.js"></script>'));
        await checkApp('webpack', `${await at(join(apps, 'webpack/dist'))}/`);
        await checkOnlyClaimCompare('webpack', join(apps, 'webpack/dist'));
      }
      if (!built.apps) return;
      const base = await at(apps);
      await checkApp('plain', `${base}/plain/`);
      if (!built.ssr) return;

      // e. The server-rendered page: read with JavaScript off, then hydrated.
      const off = await open(`${base}/ssr/page.html`, { javaScript: false, wait: false });
      const text = off.elements[0]?.text;
      check(
        `ssr: JavaScript off: the declarative shadow root shows ${FIGURES.join(' and ')}`,
        FIGURES.every((f) => text?.includes(f)),
        text,
      );
      await off.page.close();
      const on = await open(`${base}/ssr/page.html`, { wait: false });
      const before = await on.page.evaluate(() => {
        const el = document.querySelector('claim-compare');
        window.__base = el.shadowRoot?.querySelector('[part="base"]');
        return { defined: !!customElements.get('claim-compare'), base: !!window.__base };
      });
      check(
        'ssr: before the script: not defined, [part="base"] in the shadow root',
        !before.defined && before.base,
        JSON.stringify(before),
      );
      await on.page.addScriptTag({ type: 'module', url: `${base}/node_modules/claimkit/dist/cdn/claimkit.js` });
      const after = await on.page
        .evaluate(async () => {
          const el = document.querySelector('claim-compare');
          await Promise.race([customElements.whenDefined('claim-compare'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
          await el.updateComplete;
          const bases = el.shadowRoot.querySelectorAll('[part="base"]');
          return {
            defined: el instanceof (customElements.get('claim-compare') ?? class {}),
            same: bases[0] === window.__base,
            count: bases.length,
            text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          };
        })
        .catch((error) => ({ error: error.message }));
      await on.page.waitForNetworkIdle({ timeout: 10_000 }).catch(() => {});
      check(
        'ssr: hydrated: defined, the same [part="base"] node as before the script, exactly one',
        after.defined && after.same && after.count === 1 && FIGURES.every((f) => after.text.includes(f)),
        JSON.stringify(after),
      );
      check('ssr: hydrated: no console errors or warnings', on.logged.length === 0, on.logged.join('\n'));
      await on.page.close();
    });
  }
} catch (error) {
  if (error.message !== 'stop') check('the run', false, error.stack);
} finally {
  await cleanUp();
}

console.log(
  `\n${times.map(([name, time]) => `      ${time.padStart(7)}  ${name}`).join('\n')}\n      ${seconds(started).padStart(7)}  in all`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
