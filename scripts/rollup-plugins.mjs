// The CDN build's own Rollup plugins (rollup.config.mjs); scripts/size.mjs builds its baseline with the same.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

/**
 * Shapes carry descriptions for the JSON Schema and the docs (`description`, on shapes and on
 * rules); the CDN files never show them, so every `description` property in the shape files is
 * cut there, whatever builder or object holds it. An argument left empty by the cut goes too.
 * The words error messages need (`expected`) stay.
 */
export const stripShapeDocs = () => ({
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

/**
 * Lit's hooks for the ShadyDOM/ShadyCSS polyfills (for browsers without shadow DOM, which
 * Claimkit does not support) and its registry of loaded versions (read by Lit's development
 * builds only) are dropped from the CDN files. Its hydration hook for server-rendered pages stays.
 * The advice in the errors of its `css` tag (thrown when code misuses it; the CDN files' Lit is
 * Claimkit's own, whose styles are literals) is cut down to what went wrong: 30 B brotli.
 */
export const stripLitHooks = () => ({
  name: 'strip-lit-hooks',
  transform(code, id) {
    if (!/node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
    const out = code
      .replace(/\b\w+\.(litHtml|reactiveElement|litElement)PolyfillSupport\b/g, 'void 0')
      .replace(/\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\w.-]+"\)/g, 'void 0')
      .replace('"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult is not constructable"')
      .replace(/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"not a css result: "+$1');
    return out === code ? null : { code: out, map: null };
  },
});

/**
 * Every CDN file starts with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium
 * 136+; a comment elsewhere): its functions are compiled as the file streams in, on a background
 * thread, instead of each on the main thread at its first call, in the middle of the first
 * renders. A page loads these files to run them (the lazy chunks only when it needs them), so
 * little of the compiled code goes unused. On the benchmark page of ten widgets the main thread's
 * JavaScript during the render went from 67–71 to 56–57 ms of samples (docs/performance.md). The
 * minifier keeps the comment (`KEEP_COMMENTS`); it comes first, before the licence notice.
 */
const COMPILE_HINT = '# allFunctionsCalledOnLoad';
export const KEEP_COMMENTS = new RegExp(`^!|^${COMPILE_HINT}$`);
export const compileHint = () => ({ name: 'compile-hint', banner: () => `//${COMPILE_HINT}` });

/**
 * The licences of what a CDN file bundles travel with it, as Lit's BSD-3-Clause and world-atlas's
 * ISC require: each file starts with a one-line notice (Claimkit's licence, every bundled package
 * with its licence, where the full texts are), kept by the minifier (`/*!`), and the build writes
 * those texts, with their copyright lines, to dist/cdn/LICENSES.txt. The world outline is
 * world-atlas's data, drawn at build time (scripts/build-world-map.mjs), so its module counts as
 * that package.
 */
export const licenceNotices = ({ name, version }) => {
  const bundled = new Set();
  const packageOf = (id) =>
    /[\\/]world\.generated\.ts$/.test(id)
      ? 'world-atlas'
      : /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1].replace('\\', '/');
  const licenceOf = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).license;
  return {
    name: 'licence-notices',
    // A plugin banner: Rollup adds it before the minifier runs, which keeps `/*!` comments, and the source maps stay exact.
    banner(chunk) {
      const packages = [...new Set(chunk.moduleIds.map(packageOf).filter(Boolean))].sort();
      for (const pkg of packages) bundled.add(pkg);
      const texts = `${'../'.repeat(chunk.fileName.split('/').length - 1)}LICENSES.txt`;
      const includes = packages.length ? `; includes ${packages.map((pkg) => `${pkg} (${licenceOf(pkg)})`).join(', ')}` : '';
      return `/*! ${name} ${version} (MIT)${includes}; licence texts: ${texts} */`;
    },
    generateBundle() {
      const section = (title, text) => `${title}\n${'='.repeat(title.length)}\n\n${text.trim()}\n`;
      const sections = [section(`${name} ${version}`, readFileSync('LICENSE', 'utf8'))];
      for (const pkg of [...bundled].sort()) {
        const { version: v, license } = JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8'));
        sections.push(section(`${pkg} ${v} (${license})`, readFileSync(`node_modules/${pkg}/LICENSE`, 'utf8')));
      }
      if (bundled.has('world-atlas'))
        sections.push(
          section('Natural Earth', 'The world outline is made from Natural Earth data (naturalearthdata.com), in the public domain.'),
        );
      this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: sections.join('\n') });
    },
  };
};
