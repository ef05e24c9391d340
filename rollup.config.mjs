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
 * Shapes carry descriptions for the JSON Schema and the docs (`description`, on shapes and on
 * rules); the CDN files never show them, so every `description` property in the shape files is
 * cut there, whatever builder or object holds it. An argument left empty by the cut goes too.
 * The words error messages need (`expected`) stay.
 */
const stripShapeDocs = () => ({
  name: 'strip-shape-docs',
  transform(code, id) {
    if (!/(\.shape|[\\/]core[\\/]shapes)\.ts$/.test(id)) return null;
    const out = new MagicString(code);
    const isDescription = (property) =>
      property.type === 'Property' &&
      (property.key?.name ?? property.key?.value) === 'description' &&
      (property.value.type === 'Literal' ? typeof property.value.value === 'string' : property.value.type === 'TemplateLiteral');
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'CallExpression')
        node.arguments.forEach((argument, i) => {
          // `text({ description: '…' })` → `text()`: the argument held nothing else.
          if (argument.type !== 'ObjectExpression' || !argument.properties.length || !argument.properties.every(isDescription)) return;
          out.remove(i ? node.arguments[i - 1].end : argument.start, argument.end);
          argument.skip = true;
        });
      if (node.type === 'ObjectExpression' && !node.skip)
        node.properties.forEach((property, i) => {
          if (!isDescription(property)) return;
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
