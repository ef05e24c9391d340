/**
 * What `npm pack` would publish (after `npm run build`): the modules with their types, the
 * CDN files, the schema and the manifest, the README and package.json — and nothing else.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { baseStyles } from './core/styles.js';

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0] as {
  files: { path: string }[];
};
const files = packed.files.map((file) => file.path).sort();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = readdirSync('src/components');

test('the package holds only what a user needs', () => {
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^LICENSE$/,
    /^bin\/claimkit\.js$/,
    // The npm modules without source maps (readable as they are); the minified CDN files with theirs.
    /^dist\/(index|schema-defs)\.(js|d\.ts)$/,
    /^dist\/(core|core\/controllers|define|messages|publish|react)\/[\w.-]+\.(js|d\.ts)$/,
    /^dist\/components\/[\w-]+\/[\w.-]+\.(js|d\.ts)$/,
    /^dist\/cdn\/[\w-]+\.js(\.map)?$/,
    /^dist\/cdn\/chunks\/[\w.-]+\.js(\.map)?$/,
    /^dist\/cdn\/LICENSES\.txt$/,
    /^dist\/types\/(react|vue|svelte)\.d\.ts$/,
    /^dist\/(vscode\.html-custom-data|web-types)\.json$/,
    /^dist\/schema\.json$/,
    /^dist\/custom-elements\.json$/,
    /^dist\/(cdn\/)?claimkit\.css$/,
  ];
  assert.deepEqual(
    files.filter((file) => !allowed.some((pattern) => pattern.test(file))),
    [],
  );
  assert.deepEqual(
    files.filter((file) => /\.(test|fixtures|node-test)\.|test-support|stories/.test(file)),
    [],
  );
});

test('the package holds the modules, types, CDN files, schema and manifest of every element', () => {
  const required = [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define/index.js',
    'dist/define/index.d.ts',
    'dist/cdn/claimkit.js',
    'dist/claimkit.css',
    'dist/cdn/claimkit.css',
    'dist/schema.json',
    'dist/custom-elements.json',
    'LICENSE',
    'dist/cdn/LICENSES.txt',
    'dist/publish/ssr.js',
    'dist/publish/snippet.js',
    'dist/react/index.js',
    'bin/claimkit.js',
    ...tags.flatMap((tag) => [
      `dist/define/${tag}.js`,
      `dist/define/${tag}.d.ts`,
      `dist/cdn/${tag}.js`,
      `dist/components/${tag}/${tag}.js`,
    ]),
  ];
  assert.deepEqual(
    required.filter((file) => !files.includes(file)),
    [],
  );
});

test('every CDN file starts with the compile hint, then the licence notices of what it bundles, and LICENSES.txt has their texts', () => {
  const licences = readFileSync('dist/cdn/LICENSES.txt', 'utf8');
  assert.ok(licences.includes(readFileSync('LICENSE', 'utf8').trim()));
  const cdn = files.filter((file) => /^dist\/cdn\/.*\.js$/.test(file));
  for (const file of cdn) {
    // V8's compile hint belongs at the very top of a file (scripts/rollup-plugins.mjs).
    const [hint, notice] = readFileSync(file, 'utf8').split('\n');
    assert.equal(hint, '//# allFunctionsCalledOnLoad', file);
    assert.match(notice, /^\/\*! Claimkit \d+\.\d+\.\d+ \(MIT\)/, file);
    const sources: string[] = JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources;
    const bundled = new Set(sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []));
    if (sources.some((source) => source.endsWith('world.generated.ts'))) bundled.add('world-atlas');
    for (const name of bundled) {
      const { license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
      assert.ok(notice.includes(`${name} (${license})`), `${file}: ${name} (${license}) in ${notice}`);
      assert.ok(licences.includes(readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()), `LICENSES.txt holds ${name}'s licence`);
    }
  }
});

test("the version the elements give (src/core/version.ts) is the package's", () => {
  assert.match(readFileSync('src/core/version.ts', 'utf8'), new RegExp(`export const VERSION = '${pkg.version.replace(/\./g, '\\.')}';`));
});

test('package.json points at what is packed: exports (types first), sideEffects, customElements', () => {
  for (const [entry, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    if (typeof target === 'string') {
      if (!target.includes('*') && target !== './package.json') assert.ok(files.includes(target.slice(2)), `${entry} → ${target}`);
      continue;
    }
    assert.equal(Object.keys(target)[0], 'types', `${entry}: "types" must come first`);
    for (const path of Object.values(target)) assert.ok(files.includes(path.slice(2)), `${entry} → ${path}`);
  }
  for (const tag of tags) assert.ok(pkg.exports[`./${tag}`], `exports has ./${tag}`);
  assert.equal(pkg.customElements.replace(/^\.\//, ''), 'dist/custom-elements.json');
  assert.deepEqual(
    pkg.sideEffects.filter((glob: string) => glob.startsWith('./dist')),
    ['./dist/define/*.js', './dist/cdn/*.js'],
  );
});

test('claimkit.css reserves the box of every element, and only of the elements', () => {
  const css = readFileSync('src/claimkit.css', 'utf8');
  const lists = [...css.matchAll(/:where\(([^)]+)\)/g)].map((match) => match[1].split(/,\s*/).sort());
  assert.ok(lists.length > 0);
  for (const list of lists) assert.deepEqual(list, [...tags].sort());
  // The same declarations as the elements' own :host rule, so the box does not change on upgrade.
  const declarations = (rule: string) =>
    rule
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
  const host = /:host \{([^}]*)\}/.exec(baseStyles.cssText)![1];
  const page = /\) \{([^}]*)\}/.exec(css)![1];
  assert.deepEqual(declarations(page), declarations(host));
});
