// npm run size: min, gzip and brotli bytes of every CDN file (dist/cdn/*.js, built by
// `npm run build`), against a baseline built in the same run: Lit with one trivial element,
// the floor any Lit-based widget pays. Fails when a file is over its budget.
//
// Budgets (brotli): dist/cdn/claimkit.js, every element together, and each single-element file.
// Written down here and nowhere else; change them only with a note saying why.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

export const BUDGET = {
  // Issue 7's targets are 12 KB for all seven elements and 8 KB for any single element.
  // Not met yet: these are the sizes reached (28 Nov 2026: 19,726 B and 14,255 B), with a
  // little room, so the check catches growth; see the README's "Size" section for the plan.
  all: 20_480,
  single: 14_848,
  // Lazy chunks: the locator map (outline data and drawing) and each language's words.
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
      terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  return measure(output[0].code);
}

const base = await baseline();
const rows = [['Lit + one trivial element (baseline)', base, undefined]];
let failed = false;
for (const file of readdirSync('dist/cdn')
  .filter((name) => name.endsWith('.js'))
  .sort()) {
  const size = measure(readFileSync(`dist/cdn/${file}`));
  // article-facts draws its sections with every other element, so it carries them all.
  const budget = file === 'claimkit.js' || file === 'article-facts.js' ? BUDGET.all : BUDGET.single;
  if (size.brotli > budget) failed = true;
  rows.push([`dist/cdn/${file}`, size, budget]);
}
// Each CDN file carries its own copy of a lazy chunk; list each chunk once, by name.
const chunks = new Map();
for (const file of readdirSync('dist/cdn/chunks').filter((name) => name.endsWith('.js')))
  chunks.set(file.replace(/-[\w-]{8}\.js$/, ''), `dist/cdn/chunks/${file}`);
for (const [name, path] of [...chunks].sort()) {
  const size = measure(readFileSync(path));
  if (size.brotli > BUDGET.chunk) failed = true;
  rows.push([`lazy chunk: ${name}`, size, BUDGET.chunk]);
}
const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(40)} ${pad('min', 8)} ${pad('gzip', 7)} ${pad('brotli', 7)} ${pad('× base', 7)} ${pad('budget', 7)}`);
for (const [name, size, budget] of rows)
  console.log(
    `${name.padEnd(40)} ${pad(size.min, 8)} ${pad(size.gzip, 7)} ${pad(size.brotli, 7)} ${pad((size.brotli / base.brotli).toFixed(2), 7)} ${pad(budget ?? '', 7)}${budget && size.brotli > budget ? '  OVER' : ''}`,
  );
writeFileSync(
  '.size/result.json',
  `${JSON.stringify(Object.fromEntries(rows.map(([name, size, budget]) => [name, { ...size, budget }])), null, 2)}\n`,
);
if (failed) {
  console.error('size: over budget (brotli bytes)');
  process.exit(1);
}
