// Two builds from the same sources:
//  - npm modules in dist/: one file per source module, Lit left external (apps dedupe it), .d.ts beside;
//  - CDN files in dist/cdn/: one minified, self-contained ES module per entry, Lit inside, plus
//    the chunks it loads lazily (dist/cdn/chunks/: only when a page needs them).
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import htmlLiterals from 'rollup-plugin-html-literals';
import { stripLitHooks, stripShapeDocs } from './scripts/rollup-plugins.mjs';

const tags = readdirSync('src/components');
// Helpers (the decorator one) inlined, so dist/ needs no tslib; template literals minified.
const ts = (options = {}) => [
  typescript({ tsconfig: './tsconfig.json', importHelpers: false, noEmitHelpers: false, ...options }),
  htmlLiterals({ include: ['src/**/*.ts'] }),
];

const npm = {
  input: ['src/index.ts', 'src/schema-defs.ts', 'src/core/schema.ts', 'src/define/index.ts', ...tags.map((tag) => `src/define/${tag}.ts`)],
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [...ts({ outDir: 'dist', declaration: true, declarationDir: 'dist' })],
};

const cdn = (input, file) => ({
  input,
  // A directory, not a file: lazy `import()`s (the trip map, message tables) become chunks in dist/cdn/chunks/.
  output: {
    dir: 'dist/cdn',
    entryFileNames: file,
    chunkFileNames: 'chunks/[name]-[hash].js',
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
    terser({ module: true, ecma: 2022, compress: { passes: 2, unsafe_arrows: true }, format: { comments: false } }),
  ],
});

export default [npm, cdn('src/define/index.ts', 'claimkit.js'), ...tags.map((tag) => cdn(`src/define/${tag}.ts`, `${tag}.js`))];
