// node scripts/size-split.mjs: what `claimkit.js` would weigh, and what a page would download,
// if the file held only Lit and the core and loaded each element's code when the page has its
// tag (an autoloader, the way the performance issue's 17,400 B for claimkit.js could be met).
// Builds that variant in memory with the CDN build's own plugins (nothing is written), then
// prints, for pages with one, three, six and seven kinds of element, the brotli bytes of every
// file the page fetches (each compressed on its own: one request each) against today's
// claimkit.js (`npm run build` first). The measurement behind docs/performance.md's "Lazy
// element code"; the variant is not shipped.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const tags = readdirSync('src/components');
const src = (path) => JSON.stringify(resolve(path));
const LOADER = '\0claimkit-loader';
// The loader: Lit and the core in the file (imported here, so they are), each element's code
// imported once the page has its tag, now or later (a CMS block, an app's route).
const loader = `import ${src('src/core/facts-element.ts')};
const kinds = {${tags.map((tag) => `'${tag}': () => import(${src(`src/define/${tag}.ts`)})`).join(',')}};
const scan = (root) => {
  for (const tag in kinds) if (root.localName === tag || root.querySelector(tag)) { kinds[tag](); delete kinds[tag]; }
};
scan(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node);
}).observe(document, { childList: true, subtree: true });
export { registerMessages } from ${src('src/core/messages.ts')};`;

const cdn = config.find((build) => build.input?.claimkit);
const bundle = await rollup({
  ...cdn,
  input: { claimkit: LOADER },
  plugins: [
    { name: 'loader', resolveId: (id) => (id === LOADER ? id : null), load: (id) => (id === LOADER ? loader : null) },
    ...cdn.plugins,
  ],
});
const { output } = await bundle.generate({
  ...cdn.output,
  entryFileNames: '[name].js',
  // Lit and the core go into claimkit.js itself (a manual chunk named as the entry is the entry),
  // so an element's file imports them from the file the page has already loaded.
  manualChunks: (id) =>
    id === LOADER ||
    /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) ||
    /[\\/]src[\\/]core[\\/](?!hydrate|problems|jsonld)/.test(id)
      ? 'claimkit'
      : cdn.output.manualChunks(id),
});
await bundle.close();

const files = new Map(output.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file]));
const elementFile = (tag) => [...files.values()].find((file) => file.facadeModuleId === resolve(`src/define/${tag}.ts`)).fileName;
/** A file and every file it imports statically (names relative to dist/cdn): what a page fetches for it. */
const fetched = (name, seen = new Set()) => {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const imported of files.get(name).imports) fetched(imported, seen);
  return seen;
};
const today = brotli(readFileSync('dist/cdn/claimkit.js'));
const pages = {
  'one kind: claim-compare': ['claim-compare'],
  'three kinds: claim-compare, event-timeline, quote-card': ['claim-compare', 'event-timeline', 'quote-card'],
  'six kinds: all but article-facts': tags.filter((tag) => tag !== 'article-facts'),
  'all seven kinds': tags,
};
console.log(
  `claimkit.js with Lit and the core only: ${brotli(files.get('claimkit.js').code)} B brotli (today, every element in it: ${today} B)`,
);
console.log(`${'page'.padEnd(56)} ${'fetched'.padStart(8)} files  × today's claimkit.js`);
for (const [page, kinds] of Object.entries(pages)) {
  const names = new Set();
  for (const name of ['claimkit.js', ...kinds.map(elementFile)]) fetched(name, names);
  const bytes = [...names].reduce((sum, name) => sum + brotli(files.get(name).code), 0);
  console.log(`${page.padEnd(56)} ${String(bytes).padStart(6)} B ${String(names.size).padStart(5)}  ${(bytes / today).toFixed(2)}`);
}
