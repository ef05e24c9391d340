// npm run size: min, gzip and brotli bytes of every CDN file (dist/cdn/*.js, built by
// `npm run build`), against a baseline built in the same run: Lit with one trivial element,
// the floor any Lit-based widget pays. Fails when a file is over its budget.
//
// Budgets (brotli): dist/cdn/claimkit.js, every element together, and each single-element file
// with the chunks it imports (what a page downloads for it, each file compressed on its own).
// Written down here and nowhere else; change them only with a note saying why.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { stripLitHooks } from './rollup-plugins.mjs';

export const BUDGET = {
  // The sizes reached, so the check catches growth (docs/performance.md has the figures and the
  // targets). 18,256 B for every element together until the figures were told truthfully
  // (interval arithmetic, gap sentences, units, compact and currency numbers, statuses: +3.1 KB);
  // then 21,504 B until readers everywhere (bidi isolation, print and forced-colours styles,
  // plural rules for eight languages, the CDN's named exports: +818 B). The target of the
  // performance issue is 17,400 B with every feature kept. A single-element file is measured
  // with the chunks it imports (the core chunk the six share since every stack, 2 Dec 2026):
  // within 19,200 B (claim-compare.js is largest: 17,664 B alone before, +1.3 KB for the split,
  // which a second element on the page no longer pays); any lazy chunk within 11,776 B (the map).
  // Then 22,912 B and 19,520 B for hardening (+570 B: src timeouts and aborts, network problems
  // in words, numbers at the edges, data that throws, styles set through CSSOM for strict CSP);
  // then 23,040 B and 19,712 B (+156 B: the Trusted Types policy for JSON-LD, the 14 px floor,
  // the one warning naming the versions of two copies); then 23,168 B and 19,776 B (+101 B: the
  // limits on strings and lists); then 23,360 B and 19,968 B (+193 B: far widgets laid out in
  // idle time, so a reader jumping down later meets no shift, and the page's formatters made in
  // idle time, so a widget added later renders at once: issue 20); then 23,488 B and 20,128 B
  // (+145 B and +159 B: far decided from where a widget is when it renders, the first renders
  // taken in document order; ten widgets painted 15–28 % sooner, 8–14 % on a CMS page:
  // docs/performance.md); then 23,456 B and 20,112 B (−38 B and −20 B: V8's compile hint at the
  // top of every CDN file, +68 B alone, and the advice in Lit's `css` errors cut, −30 B alone).
  all: 23_456,
  single: 20_112,
  chunk: 11_776,
};

const measure = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function baseline() {
  mkdirSync('.size', { recursive: true });
  writeFileSync(
    '.size/baseline.js',
    `import { LitElement, html, css } from 'lit';
     class TrivialCard extends LitElement {
       static properties = { heading: {} };
       static styles = css\`:host { display: block }\`;
       render() { return html\`<h2>\${this.heading}</h2><slot></slot>\`; }
     }
     customElements.define('trivial-card', TrivialCard);`,
  );
  const bundle = await rollup({
    input: '.size/baseline.js',
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      stripLitHooks(),
      terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  return measure(output[0].code);
}

/** Minified bytes of a CDN file per part (Lit, core, messages, one per element), read from its source map. */
function spending(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const partOf = map.sources.map((source) => {
    if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
    const element = source.match(/src\/components\/([\w-]+)\//);
    if (element) return element[1];
    if (source.includes('src/core/')) return 'core';
    if (source.includes('src/messages/')) return 'messages';
    return 'other';
  });
  const parts = {};
  const state = { source: 0 };
  const lines = readFileSync(file, 'utf8').split('\n');
  map.mappings.split(';').forEach((line, index) => {
    // Each segment covers the generated columns up to the next segment (or the end of the line).
    const segments = decodeLine(line, state);
    for (let i = 0; i < segments.length; i++) {
      const [column, source] = segments[i];
      const end = i + 1 < segments.length ? segments[i + 1][0] : lines[index].length;
      const part = source === undefined ? 'other' : partOf[source];
      parts[part] = (parts[part] ?? 0) + end - column;
    }
  });
  return parts;
}

// Source map "mappings" are base64 VLQ; only the generated column and source index matter here.
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeLine(line, state) {
  const segments = [];
  let column = 0;
  for (const segment of line.split(',').filter(Boolean)) {
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = B64[char];
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([column, values.length > 1 ? state.source : undefined]);
  }
  return segments;
}

/** The files a page downloads for `file`: itself and, transitively, every chunk it imports statically. */
function closure(file, seen = new Set()) {
  seen.add(file);
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
    const target = join(dirname(file), path);
    if (!seen.has(target)) closure(target, seen);
  }
  return seen;
}
const sum = (sizes) =>
  sizes.reduce((total, size) => ({ min: total.min + size.min, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }));
/** What a page pays for these entries together: every file of their closures once, each compressed on its own (one request each). */
const cost = (...files) => sum([...new Set(files.flatMap((file) => [...closure(file)]))].map((file) => measure(readFileSync(file))));

const base = await baseline();
const rows = [['Lit + one trivial element (baseline)', base, undefined]];
let failed = false;
const entries = readdirSync('dist/cdn')
  .filter((name) => name.endsWith('.js'))
  .sort();
for (const file of entries) {
  const size = cost(`dist/cdn/${file}`);
  // article-facts draws its sections with every other element, so it carries them all.
  const budget = file === 'claimkit.js' || file === 'article-facts.js' ? BUDGET.all : BUDGET.single;
  if (size.brotli > budget) failed = true;
  const files = closure(`dist/cdn/${file}`).size;
  rows.push([`dist/cdn/${file}${files > 1 ? ` (+${files - 1} chunks)` : ''}`, size, budget]);
}
// The single-element files share Lit and the core: two on one page pay for them once.
rows.push(['claim-compare.js + fact-check.js', cost('dist/cdn/claim-compare.js', 'dist/cdn/fact-check.js'), undefined]);
// The lazy chunks, each by name at its largest (claimkit.js and the single-element files have a
// copy each; claimkit.js's structured-data chunk holds every element's writer).
const eager = new Set(entries.flatMap((file) => [...closure(`dist/cdn/${file}`)]));
const chunks = new Map();
for (const file of readdirSync('dist/cdn/chunks').filter((name) => name.endsWith('.js') && !eager.has(`dist/cdn/chunks/${name}`))) {
  const name = file.replace(/-[\w-]{8}\.js$/, '');
  const size = measure(readFileSync(`dist/cdn/chunks/${file}`));
  if (!chunks.has(name) || chunks.get(name).brotli < size.brotli) chunks.set(name, size);
}
for (const [name, size] of [...chunks].sort()) {
  if (size.brotli > BUDGET.chunk) failed = true;
  rows.push([`lazy chunk: ${name}`, size, BUDGET.chunk]);
}
const pad = (value, width) => String(value).padStart(width);
const cdnFiles = entries.map((file) => [`dist/cdn/${file}`, measure(readFileSync(`dist/cdn/${file}`))]);
console.log(`${'file'.padEnd(48)} ${pad('min', 8)} ${pad('gzip', 7)} ${pad('brotli', 7)} ${pad('× base', 7)} ${pad('budget', 7)}`);
for (const [name, size, budget] of rows)
  console.log(
    `${name.padEnd(48)} ${pad(size.min, 8)} ${pad(size.gzip, 7)} ${pad(size.brotli, 7)} ${pad((size.brotli / base.brotli).toFixed(2), 7)} ${pad(budget ?? '', 7)}${budget && size.brotli > budget ? '  OVER' : ''}`,
  );

// What each CDN file spends on Lit, the core and each element: minified bytes attributed through
// the file's source map, and the file's brotli size shared out in the same proportion (an estimate:
// brotli compresses the file as a whole, so parts have no exact compressed size of their own).
const breakdowns = {};
for (const [name, size] of cdnFiles) {
  const parts = spending(name);
  const total = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  breakdowns[name] = Object.fromEntries(
    Object.entries(parts).map(([part, bytes]) => [part, { min: bytes, brotli: Math.round((bytes / total) * size.brotli) }]),
  );
}
console.log('\nwhere the bytes go (minified bytes by source map; ≈ brotli, shared out in proportion)');
const partNames = [...new Set(Object.values(breakdowns).flatMap((parts) => Object.keys(parts)))];
console.log(`${'file'.padEnd(48)} ${partNames.map((part) => pad(part, 15)).join(' ')}`);
for (const [name, parts] of Object.entries(breakdowns))
  console.log(
    `${name.padEnd(40)} ${partNames.map((part) => pad(parts[part] ? `${parts[part].min} ≈${parts[part].brotli}` : '', 15)).join(' ')}`,
  );
writeFileSync(
  '.size/result.json',
  `${JSON.stringify({ files: Object.fromEntries(rows.map(([name, size, budget]) => [name, { ...size, budget }])), breakdowns }, null, 2)}\n`,
);
if (failed) {
  console.error('size: over budget (brotli bytes)');
  process.exit(1);
}
