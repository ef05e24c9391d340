// "Nothing runs at import": every module of the npm package (dist/, after `npm run build`) and
// the source entry points import in plain Node, with no DOM, without throwing and without
// creating `window` or `document`. `lit` resolves to Lit's Node build here, as it does for
// server-side rendering and for tools that import the package.
//
// dist/cdn/ is not part of this: those files are self-contained browser bundles with Lit's
// *browser* build inlined (its ReactiveElement extends HTMLElement at the top level), meant
// for <script type="module">, never for Node.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .sort();

const distModules = existsSync(dist)
  ? filesUnder(dist)
      .filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'))
      .map((file) => `dist/${file}`)
  : [];

const sourceModules = [
  'src/index.ts',
  'src/define/index.ts',
  ...filesUnder(`${root}src/define`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.includes('.test.') && !file.includes('.node-test.'))
    .map((file) => `src/define/${file}`),
];

describe('importing in Node without a DOM', () => {
  test('dist/ is built and holds the package entry points', () => {
    assert.ok(existsSync(dist), 'dist/ is missing: run `npm run build` first');
    for (const entry of ['dist/index.js', 'dist/define/index.js', 'dist/schema-defs.js', 'dist/core/schema.js']) {
      assert.ok(distModules.includes(entry), `${entry} is missing: run \`npm run build\``);
    }
    assert.ok(distModules.some((file) => file.startsWith('dist/define/') && file !== 'dist/define/index.js'));
  });

  test('the source entry points include every src/define module', () => {
    assert.ok(sourceModules.includes('src/define/claim-compare.ts'), sourceModules.join(', '));
  });

  test('the test starts without a DOM', () => {
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  for (const file of [...distModules, ...sourceModules]) {
    test(`imports ${file}`, async () => {
      const module = await import(pathToFileURL(`${root}${file}`).href);
      assert.equal(typeof module, 'object');
    });
  }

  test('the package entry points export what they promise', async () => {
    const index = await import(pathToFileURL(`${root}dist/index.js`).href);
    assert.equal(typeof index.ClaimCompareElement, 'function');
    assert.equal(typeof index.validate, 'function');
    assert.equal(index.validate(index.claimCompareShape, {}).ok, false);
    const source = await import(pathToFileURL(`${root}src/index.ts`).href);
    assert.deepEqual(Object.keys(source).sort(), Object.keys(index).sort());
  });

  // Tests in a suite run in order: this one runs after every import above.
  test('no import created window or document', () => {
    assert.equal(typeof globalThis.window, 'undefined', 'an import defined globalThis.window');
    assert.equal(typeof globalThis.document, 'undefined', 'an import defined globalThis.document');
  });
});
