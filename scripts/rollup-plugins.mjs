// The CDN build's own Rollup plugins (rollup.config.mjs); scripts/size.mjs builds its baseline with the same.
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
 */
export const stripLitHooks = () => ({
  name: 'strip-lit-hooks',
  transform(code, id) {
    if (!/node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
    const out = code
      .replace(/\b\w+\.(litHtml|reactiveElement|litElement)PolyfillSupport\b/g, 'void 0')
      .replace(/\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\w.-]+"\)/g, 'void 0');
    return out === code ? null : { code: out, map: null };
  },
});
