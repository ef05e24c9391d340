/**
 * The framework types and editor data that `npm run build` writes from the manifest
 * (scripts/build-framework-types.mjs): each of the five files names every element with every
 * attribute, its values and its events; package.json exports them; and the React types
 * type-check, as an app would use them: right uses compile, wrong ones fail where they are wrong.
 * Vue and Svelte are not installed here, so their types are checked for what they hold only.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';

interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: { name: string; fieldName: string; type?: { text: string } }[];
  events?: { name: string }[];
}
interface Described {
  name: string;
  description?: string | { value: string };
  attributes: { name: string; values?: { name: string }[]; value?: { type: string } }[];
  js?: { properties: { name: string }[]; events: { name: string }[] };
}

const read = (path: string) => readFileSync(path, 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('dist/custom-elements.json')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const tags = elements.map((d) => d.tagName!);
/** `'light' | 'dark' | 'auto'` → light, dark, auto; none for a type that is not a union of strings. */
const valuesOf = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
const dataType = (d: Declaration) => d.name.replace(/Element$/, 'Data');
const key = (name: string) => (/^[a-z]\w*$/i.test(name) ? name : `'${name}'`);

/** Each element's entry in a generated .d.ts, by tag: the text from its `'tag': ` to the next. */
function entries(path: string) {
  const text = read(path);
  const starts = [...text.matchAll(/^ +'([a-z][a-z0-9]*-[a-z0-9-]*)': /gm)];
  return new Map(starts.map((match, i) => [match[1], text.slice(match.index, starts[i + 1]?.index)]));
}

test('the manifest has the elements', () => {
  assert.ok(elements.length >= 7, 'dist/custom-elements.json: run `npm run build` first');
  for (const d of elements) assert.ok(d.attributes?.length && d.events?.length, `<${d.tagName}> has attributes and events`);
});

describe('every element, attribute, value and event is in each file', () => {
  for (const [file, declared, name, handlers] of [
    ['dist/types/react.d.ts', "declare module 'react'", 'attribute', ['on']],
    ['dist/types/vue.d.ts', 'interface GlobalComponents', 'property', []],
    ['dist/types/svelte.d.ts', "declare module 'svelte/elements'", 'attribute', ['on', 'on:']],
  ] as const) {
    test(file, () => {
      assert.ok(read(file).includes(declared), `${file} augments ${declared}`);
      const byTag = entries(file);
      assert.deepEqual([...byTag.keys()].sort(), [...tags].sort());
      for (const d of elements) {
        const entry = byTag.get(d.tagName!)!;
        assert.ok(entry.includes(`HTMLElementTagNameMap['${d.tagName}']`), `<${d.tagName}>: typed as its element`);
        assert.match(entry, new RegExp(`\\bdata\\?: ${dataType(d)} \\| string \\| null;`), `<${d.tagName}>: data`);
        for (const a of d.attributes!) {
          const prop = key(name === 'attribute' ? a.name : a.fieldName);
          assert.ok(entry.includes(`${prop}?: `), `<${d.tagName}> ${prop}`);
          const values = valuesOf(a.type?.text);
          if (values.length)
            assert.ok(entry.includes(`${prop}?: ${values.map((v) => `'${v}'`).join(' | ')};`), `<${d.tagName}> ${prop}: ${values}`);
        }
        for (const e of d.events!) {
          if (!handlers.length) assert.ok(entry.includes(`'${e.name}': ClaimkitErrorEvent`), `<${d.tagName}> @${e.name}`);
          for (const on of handlers)
            assert.ok(entry.includes(`'${on}${e.name}'?: (event: ClaimkitErrorEvent) => void;`), `<${d.tagName}> ${on}${e.name}`);
        }
      }
    });
  }

  /** What an editor file says of each element, by tag, checked against the manifest. */
  function described(list: Described[], attributeValues: (a: Described['attributes'][number]) => string[]) {
    assert.deepEqual(list.map((el) => el.name).sort(), [...tags].sort());
    for (const d of elements) {
      const el = list.find((item) => item.name === d.tagName)!;
      const description = (typeof el.description === 'string' ? el.description : el.description?.value) ?? '';
      assert.ok(description.startsWith(d.summary!), `<${d.tagName}>: described by its summary`);
      for (const e of d.events!) assert.ok(description.includes(`\`${e.name}\``), `<${d.tagName}>: its description names ${e.name}`);
      assert.deepEqual(
        el.attributes.map((a) => a.name),
        d.attributes!.map((a) => a.name),
      );
      for (const a of d.attributes!) {
        const values = valuesOf(a.type?.text);
        if (values.length) assert.deepEqual(attributeValues(el.attributes.find((item) => item.name === a.name)!), values, `${a.name}`);
      }
    }
  }

  test('dist/vscode.html-custom-data.json', () => {
    const data = JSON.parse(read('dist/vscode.html-custom-data.json'));
    assert.equal(data.version, 1.1);
    described(data.tags, (a) => a.values?.map((v) => v.name) ?? []);
    // No repository in package.json, so no made-up links.
    if (!pkg.repository) assert.ok(!read('dist/vscode.html-custom-data.json').includes('"references"'));
  });

  test('dist/web-types.json', () => {
    const data = JSON.parse(read('dist/web-types.json'));
    assert.equal(data.$schema, 'http://json.schemastore.org/web-types');
    assert.deepEqual([data.name, data.version, data['js-types-syntax']], [pkg.name, pkg.version, 'typescript']);
    const list: Described[] = data.contributions.html.elements;
    described(list, (a) => valuesOf(a.value?.type));
    for (const d of elements) {
      const { js } = list.find((el) => el.name === d.tagName)!;
      assert.deepEqual(
        js!.events.map((e) => e.name),
        d.events!.map((e) => e.name),
      );
      for (const a of d.attributes!)
        assert.ok(
          js!.properties.some((p) => p.name === a.fieldName),
          `<${d.tagName}> .${a.fieldName}`,
        );
    }
  });
});

test('package.json exports the types and the editor data, and packs them', () => {
  for (const name of ['react', 'vue', 'svelte']) assert.deepEqual(pkg.exports[`./types/${name}`], { types: `./dist/types/${name}.d.ts` });
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
  assert.equal(pkg['web-types'], './dist/web-types.json');
  for (const file of ['dist/**/*.d.ts', 'dist/vscode.html-custom-data.json', 'dist/web-types.json'])
    assert.ok(pkg.files.includes(file), file);
  assert.match(pkg.scripts.build, /npm run analyze --silent && node scripts\/build-framework-types\.mjs/);
});

test('the React types type-check: right uses compile, wrong ones fail', () => {
  // An app with the package installed: node_modules/claimkit is this repository, resolved
  // through its package.json exports, and @types/react is the one installed here.
  const app = mkdtempSync(join(tmpdir(), 'claimkit-react-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(resolve('.'), join(app, 'node_modules', 'claimkit'), 'dir');
    symlinkSync(resolve('node_modules/@types'), join(app, 'node_modules', '@types'), 'dir');
    const value = (type = '') =>
      valuesOf(type).length ? `"${valuesOf(type)[0]}"` : type === 'boolean' ? '{true}' : type === 'number' ? '{3}' : '"x"';
    // Every element with every attribute; claim-compare also with what React adds.
    const right = `/// <reference types="claimkit/types/react" />
import type * as claimkit from 'claimkit';

declare const facts: { ${elements.map((d) => `'${d.tagName}': claimkit.${dataType(d)}`).join('; ')} };
export const right = [
${elements
  .map(
    (d) =>
      `  <${d.tagName} ${d.attributes!.map((a) => `${a.name}=${a.name === 'data' ? `{facts['${d.tagName}']}` : value(a.type?.text)}`).join(' ')} onclaimkit-error={(event) => event.detail.message} />,`,
  )
  .join('\n')}
  <claim-compare data='{"topic": "…"}' lang="uk" onclaimkit-error={(e: claimkit.ClaimkitErrorEvent) => console.warn(e.detail.path)} />,
  <claim-compare key="k" id="c" className="story" class="story" style={{ marginBlock: '1rem' }} ref={(el) => void el?.theme} hidden>
    <p>Fallback</p>
  </claim-compare>,
];
`;
    const wrongs = [
      '<claim-compare theme="purple" />',
      '<claim-compare loading="soon" />',
      '<claim-compare data={42} />',
      '<claim-compare heading-level="three" />',
      '<claim-compare onclaimkit-error={(event: MouseEvent) => event.button} />',
      '<quote-card data={{ not: "a quote" }} />',
      '<event-card colour="red" />',
    ];
    const wrong = `/// <reference types="claimkit/types/react" />\nexport const wrong = [\n${wrongs.map((use) => `  ${use},`).join('\n')}\n];\n`;
    writeFileSync(join(app, 'right.tsx'), right);
    writeFileSync(join(app, 'wrong.tsx'), wrong);

    const program = ts.createProgram([join(app, 'right.tsx'), join(app, 'wrong.tsx')], {
      strict: true,
      noEmit: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const file = (end: string) => program.getSourceFiles().find((f) => f.fileName.endsWith(end))!;
    const errors = (f: ts.SourceFile) =>
      [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)].map((d) => ({
        line: f.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
    assert.deepEqual(program.getGlobalDiagnostics(), []);
    assert.ok(file('dist/types/react.d.ts'), 'claimkit/types/react resolves to dist/types/react.d.ts');
    assert.deepEqual(errors(file('dist/types/react.d.ts')), []);
    assert.deepEqual(errors(file('right.tsx')), [], right);

    const failing = errors(file('wrong.tsx'));
    assert.deepEqual(
      [...new Set(failing.map((e) => e.line))],
      wrongs.map((_, i) => i + 3),
      JSON.stringify(failing, null, 2),
    );
    assert.match(failing[0].message, /'"purple"' is not assignable/);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
