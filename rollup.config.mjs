// Two kinds of build from the same sources:
//  - npm modules in dist/: one file per source module, Lit (and React, Lit SSR) left external so
//    apps dedupe them, .d.ts beside; no source maps (the modules are readable as they are, and
//    maps would double the install);
//  - CDN files in dist/cdn/: minified ES modules with Lit inside and source maps: claimkit.js
//    and article-facts.js whole, the other single-element files sharing a core chunk, and the
//    chunks they load lazily (dist/cdn/chunks/: only when a page needs them). Each starts with
//    the licence notices of what it bundles (texts in dist/cdn/LICENSES.txt).
import { readdirSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import htmlLiterals from 'rollup-plugin-html-literals';
import { compileHint, KEEP_COMMENTS, licenceNotices, stripLitHooks, stripShapeDocs } from './scripts/rollup-plugins.mjs';

const tags = readdirSync('src/components');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// Helpers (the decorator one) inlined, so dist/ needs no tslib; template literals minified.
const ts = (options = {}) => [
  typescript({ tsconfig: './tsconfig.json', importHelpers: false, noEmitHelpers: false, ...options }),
  htmlLiterals({ include: ['src/**/*.ts'] }),
];

const npm = {
  input: [
    'src/index.ts',
    'src/schema-defs.ts',
    'src/core/schema.ts',
    'src/define/index.ts',
    ...tags.map((tag) => `src/define/${tag}.ts`),
    'src/publish/ssr.ts',
    'src/publish/snippet.ts',
    'src/publish/cli.ts',
    'src/react/index.ts',
  ],
  external: (id) => /^(lit|@lit|@lit-labs|react)(\/|$)/.test(id) || id.startsWith('node:'),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  plugins: [...ts({ outDir: 'dist', declaration: true, declarationDir: 'dist' })],
};

const cdn = (input) => ({
  input,
  // A directory, not a file: lazy `import()`s (the trip map, message tables) become chunks in dist/cdn/chunks/.
  output: {
    dir: 'dist/cdn',
    entryFileNames: '[name].js',
    // The chunk every single-element file shares (Lit and the core) is named for what it is.
    chunkFileNames: ({ moduleIds }) => `chunks/${moduleIds.some((id) => id.endsWith('facts-element.ts')) ? 'core' : '[name]'}-[hash].js`,
    // The JSON-LD writers, for `structured-data`, as one chunk: a page makes one request for them,
    // however many elements write JSON-LD. Only those modules: what they share with the rest stays put.
    manualChunks: (id) => (/\.jsonld\.ts$|[\\/]core[\\/]jsonld\.ts$/.test(id) ? 'structured-data' : undefined),
    onlyExplicitManualChunks: true,
    format: 'es',
    sourcemap: true,
  },
  // The entry keeps its public exports (registerMessages…) under their names and may add more,
  // minified, for its lazy chunks to import back: no extra chunk between the page and the entry.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    ...ts({ declaration: false, sourceMap: true, outDir: 'dist/cdn' }),
    stripShapeDocs(),
    stripLitHooks(),
    terser({ module: true, ecma: 2022, compress: { passes: 2, unsafe_arrows: true }, format: { comments: KEEP_COMMENTS } }),
    compileHint(),
    licenceNotices({ name: 'Claimkit', version }),
  ],
});

export default [
  npm,
  // claimkit.js and article-facts.js (which draws every other element) on their own: one request each.
  cdn({ claimkit: 'src/define/index.ts' }),
  cdn({ 'article-facts': 'src/define/article-facts.ts' }),
  // The other single-element files together: what they share (Lit and the core; the event card's
  // styles…) is a chunk they import, so a page with two of them pays for it once, and each lazy
  // chunk exists once among them.
  cdn(Object.fromEntries(tags.filter((tag) => tag !== 'article-facts').map((tag) => [tag, `src/define/${tag}.ts`]))),
];
