// The custom elements manifest (dist/custom-elements.json, `npm run analyze`): the elements'
// public API, read from their JSDoc. It feeds Storybook's docs tables and controls, the README's
// element reference and editors; it ships in the package. What it leaves out on purpose:
// private and protected members (implementation, not API), and members marked `@internal`
// (the analyzer drops those itself). `data` is one entry: the property takes an object, the
// attribute JSON text (inside, the attribute is a field of its own, `dataJson`, so that the
// property keeps precedence over it). Its paths name the files that ship (`dist/…/*.js`), not
// the sources.

/** Drops non-public members, folds `dataJson` into `data`, and rewrites `src/….ts` to `dist/….js`. */
function publicApi() {
  const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.members))
      node.members = node.members.filter(
        (member) => member.privacy !== 'private' && member.privacy !== 'protected' && member.name !== 'dataJson',
      );
    for (const attribute of node.attributes ?? []) if (attribute.fieldName === 'dataJson') attribute.fieldName = 'data';
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else visit(value);
    }
  };
  return { name: 'claimkit-public-api', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.node-test.ts', 'src/**/*.fixtures.ts', 'src/test-support/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApi()],
};
