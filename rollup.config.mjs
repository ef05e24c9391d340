// Two builds from the same sources:
//  - npm modules in dist/: one file per source module, Lit left external (apps dedupe it), .d.ts beside;
//  - CDN files in dist/cdn/: one minified, self-contained ES module per entry, Lit inside, plus
//    the chunks it loads lazily (dist/cdn/chunks/: only when a page needs them).
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import htmlLiterals from 'rollup-plugin-html-literals';

const tags = readdirSync('src/components');
// Helpers (the decorator one) inlined, so dist/ needs no tslib; template literals minified.
const ts = (options = {}) => [
  typescript({ tsconfig: './tsconfig.json', importHelpers: false, noEmitHelpers: false, ...options }),
  htmlLiterals({ include: ['src/**/*.ts'] }),
];

/**
 * Shapes carry descriptions for the JSON Schema (`d`, rules' `doc`, a builder's first string);
 * the CDN files never show them, so they are cut there. A `text()` with a pattern keeps its
 * description: it names the expected format in error messages.
 */
const stripShapeDocs = () => ({
  name: 'strip-shape-docs',
  transform(code, id) {
    if (!/(\.shape|[\\/]core[\\/]shapes)\.ts$/.test(id)) return null;
    const out = new MagicString(code);
    const isString = (node) => (node?.type === 'Literal' ? typeof node.value === 'string' : node?.type === 'TemplateLiteral');
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier') {
        const [first, second] = node.arguments;
        const name = node.callee.name;
        if (['date', 'url', 'bool'].includes(name) && isString(first)) out.remove(first.start, node.end - 1);
        if (name === 'text' && node.arguments.length === 1 && isString(first)) out.remove(first.start, node.end - 1);
        if (name === 'oneOf' && isString(second)) out.remove(first.end, node.end - 1);
      }
      if (node.type === 'ObjectExpression')
        node.properties.forEach((property, i) => {
          const key = property.key?.name ?? property.key?.value;
          if (property.type !== 'Property' || !(key === 'd' || key === 'doc') || !isString(property.value)) return;
          // With the comma before it when it is the last property, so no `, ,` is left behind.
          const [next, previous] = [node.properties[i + 1], node.properties[i - 1]];
          out.remove(next ? property.start : (previous?.end ?? property.start), next ? next.start : property.end);
        });
      for (const value of Object.values(node))
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
    };
    visit(this.parse(code));
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

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
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    ...ts({ declaration: false, sourceMap: true, outDir: 'dist/cdn' }),
    stripShapeDocs(),
    terser({ module: true, ecma: 2022, compress: { passes: 2, unsafe_arrows: true }, format: { comments: false } }),
  ],
});

export default [npm, cdn('src/define/index.ts', 'claimkit.js'), ...tags.map((tag) => cdn(`src/define/${tag}.ts`, `${tag}.js`))];
