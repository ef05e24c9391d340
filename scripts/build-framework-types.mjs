// Writes, from dist/custom-elements.json (the JSDoc, through `npm run analyze`), what frameworks
// and editors need to know the elements by: their attributes, properties and events, typed.
//   dist/types/react.d.ts   JSX types for React 19 (and @types/react 18)   claimkit/types/react
//   dist/types/vue.d.ts     Vue's GlobalComponents, for templates          claimkit/types/vue
//   dist/types/svelte.d.ts  Svelte 5's SvelteHTMLElements                  claimkit/types/svelte
//   dist/vscode.html-custom-data.json   VS Code's `html.customData`
//   dist/web-types.json                 JetBrains IDEs (package.json "web-types")
// One source, so no framework's types drift from the elements. Run by `npm run build`, after
// the manifest; src/framework-types.node-test.ts checks the files and type-checks the React ones.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const exported = new Set(manifest.modules.find((module) => module.path === 'dist/index.js')?.exports?.map((e) => e.name));
const repository = (pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+|\.git$/g, '');
const docsUrl = (tag) => (repository.startsWith('https://') ? `${repository}/blob/main/docs/elements.md#${tag}` : undefined);

/** A union type's members: `'light' | 'dark'` → ["'light'", "'dark'"]. Splits at every `|`, so a
 * member like `Map<A | B>` comes out in pieces; pieces that are not simple are replaced below anyway. */
const union = (text = '') =>
  text
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
const simple = (part) => /^(string|number|boolean|null|'[^']*'|-?\d+(\.\d+)?)$/.test(part);
const literal = (part) => /^'([^']*)'$/.exec(part)?.[1];

/** The class an event is an instance of: the exported class whose static `type` is the event's name. */
function eventType(name) {
  const fired = declarations.find(
    (d) => exported.has(d.name) && d.members?.some((m) => m.static && m.name === 'type' && m.default === `'${name}'`),
  );
  return fired?.name ?? 'Event';
}

/** An element as every output sees it: its attributes (with their properties), other properties, events. */
function describe(d) {
  const tag = d.tagName;
  const fields = new Map((d.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => [m.name, m]));
  // ClaimCompareElement's data is a ClaimCompareData (the main entry exports it), else whatever the property holds.
  const dataType = exported.has(d.name.replace(/Element$/, 'Data'))
    ? d.name.replace(/Element$/, 'Data')
    : `Exclude<HTMLElementTagNameMap['${tag}']['data'], string | null | undefined>`;
  /** The property's type, its attribute's type folded in (what a framework may pass), `undefined` dropped. */
  function typeOf(property, ...texts) {
    const parts = texts.flatMap(union).filter((part) => part !== 'undefined');
    const whole = `HTMLElementTagNameMap['${tag}']['${property}']`;
    const types = new Set(parts.map((part) => (simple(part) ? part : property === 'data' ? dataType : whole)));
    return [...types].sort((a, b) => (a === 'null') - (b === 'null'));
  }
  const member = (name, property, attributeType, description) => {
    const field = fields.get(property);
    const type = typeOf(property, field?.type?.text, attributeType);
    const values = type.filter((part) => part !== 'null');
    const text = union(attributeType).filter((part) => part !== 'undefined' && part !== 'null');
    return {
      name,
      property,
      description: field?.description ?? description ?? '',
      default: field?.default,
      type,
      values: values.length && values.every(literal) ? values.map(literal) : undefined,
      /** The attribute's value in HTML: JSON text, for instance, where the property takes an object. */
      attributeType: text.length && text.every(simple) ? text : ['string'],
    };
  };
  const attributes = (d.attributes ?? []).map((a) => member(a.name, a.fieldName, a.type?.text, a.description));
  const attributed = new Set(attributes.map((a) => a.property));
  const properties = [...fields.values()]
    .filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.readonly && !attributed.has(m.name))
    .map((m) => member(m.name, m.name));
  const events = (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', type: eventType(e.name) }));
  return { tag, summary: d.summary ?? '', description: (d.description ?? '').trim(), attributes, properties, events };
}

const elements = declarations.filter((d) => d.tagName).map(describe);
if (!elements.length) throw new Error('build-framework-types: dist/custom-elements.json has no elements (run npm run analyze)');
const imported = [
  ...new Set(elements.flatMap((el) => [...el.attributes, ...el.properties].flatMap((m) => m.type).concat(el.events.map((e) => e.type)))),
]
  .filter((name) => exported.has(name))
  .sort();

// TypeScript text.
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, `\n${indent} * `)} */\n` : '');
const header = (what, use) =>
  [
    `// ${what}, generated from dist/custom-elements.json by scripts/build-framework-types.mjs. Do not edit.`,
    `// ${use}`,
    `import type { ${imported.join(', ')} } from '${pkg.name}';`,
  ].join('\n');
/** One interface entry per element, its summary for JSDoc. */
const entries = (indent, entry) => elements.map((el) => `${doc(el.summary, indent)}${indent}'${el.tag}': ${entry(el)};`).join('\n');
/** An object type of optional props, one a line, each with its JSDoc. */
const object = (props, indent) =>
  `{\n${props.map(([name, type, description]) => `${doc(description, `${indent}  `)}${indent}  ${key(name)}?: ${type};`).join('\n')}\n${indent}}`;
const element = (el) => `HTMLElementTagNameMap['${el.tag}']`;
/** [name, type, description] of every attribute (by its name, or its property's) and property. */
const props = (el, byProperty) =>
  [...el.attributes, ...el.properties].map((m) => [byProperty ? m.property : m.name, m.type.join(' | '), m.description]);
const handlers = (el, prefix) => el.events.map((e) => [`${prefix}${e.name}`, `(event: ${e.type}) => void`, e.description]);

const react = `${header(
  'JSX types of the Claimkit elements for React 19',
  'Use: /// <reference types="claimkit/types/react" />, or "types": ["claimkit/types/react"] in tsconfig.json.',
)}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

// React 19 sets a prop as a property when the element has one (\`data\` takes the object), else as an
// attribute, and adds \`on<event>\` props as listeners of <event>. React 18 type-checks the same props
// but sets everything as attributes and ignores \`on…\` props: pass \`data\` as JSON, listen through a ref.
type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & { class?: string } & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries('      ', (el) => `ElementProps<${element(el)}, ${object([...props(el), ...handlers(el, 'on')], '      ')}>`)}
    }
  }
}
`;

const vue = `${header(
  "Vue's template types for the Claimkit elements",
  "Use: import type {} from 'claimkit/types/vue' once (env.d.ts), with compilerOptions.isCustomElement: (tag) => tag.includes('-').",
)}
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';

// The shape Vue's docs give custom elements built without Vue (vuejs.org/guide/extras/web-components,
// "Non-Vue Web Components and TypeScript"): the type checker reads props off \`$props\`, events off \`$emit\`.
// Vue sets a bound value as a property when the element has one: \`:data="facts"\` (or \`.data\`) takes the object.
type ElementComponent<E extends HTMLElement, Own, Events extends Record<string, Event>> = new () => E & {
  /** @deprecated Template type checking only: the element has no \`$props\`. */
  $props: Omit<HTMLAttributes, keyof Own> & Own & PublicProps;
  /** @deprecated Template type checking only: the element has no \`$emit\`. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries('    ', (el) => `ElementComponent<${element(el)}, ${object(props(el, true), '    ')}, { ${el.events.map((e) => `'${e.name}': ${e.type}`).join('; ')} }>`)}
  }
}
`;

const svelte = `${header(
  "Svelte 5's element types for the Claimkit elements",
  'Use: import type {} from \'claimkit/types/svelte\' once (src/app.d.ts), or "types": ["claimkit/types/svelte"] in tsconfig.json.',
)}
import type { HTMLAttributes } from 'svelte/elements';

// Svelte sets an attribute as a property when the element has one (\`data={facts}\` takes the object)
// and adds \`on<event>\` attributes as listeners of <event>.
type ElementProps<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${entries('    ', (el) => `ElementProps<${element(el)}, ${object([...props(el), ...handlers(el, 'on'), ...handlers(el, 'on:')], '    ')}>`)}
  }
}
`;

// Editor data.
const markdown = (value) => ({ kind: 'markdown', value });
const references = (el) => (docsUrl(el.tag) ? { references: [{ name: 'Element reference', url: docsUrl(el.tag) }] } : {});
const elementText = (el) =>
  [el.summary, el.description, ...el.events.map((e) => `**Event** \`${e.name}\`: ${e.description}`)].filter(Boolean).join('\n\n');
const attributeText = (a) => [a.description, a.default && `Default: \`${a.default}\`.`].filter(Boolean).join('\n\n');

const vscode = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tag,
    description: markdown(elementText(el)),
    attributes: el.attributes.map((a) => ({
      name: a.name,
      description: markdown(attributeText(a)),
      // "v": VS Code's value set of attributes without a value.
      ...(a.values ? { values: a.values.map((name) => ({ name })) } : a.attributeType.join() === 'boolean' ? { valueSet: 'v' } : {}),
    })),
    ...references(el),
  })),
};

/** A web-types type: TypeScript text, or a list where names the package exports become references to them. */
const webType = (parts) =>
  parts.some((part) => exported.has(part))
    ? parts.map((part) => (exported.has(part) ? { module: pkg.name, name: part } : part))
    : parts.join(' | ');
const webTypes = {
  $schema: 'http://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tag,
        description: elementText(el),
        ...(docsUrl(el.tag) ? { 'doc-url': docsUrl(el.tag) } : {}),
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: attributeText(a),
          ...(a.default ? { default: literal(a.default) ?? a.default } : {}),
          value: { type: a.attributeType.join(' | ') },
        })),
        js: {
          properties: [...el.attributes, ...el.properties].map((m) => ({
            name: m.property,
            description: m.description,
            type: webType(m.type),
            ...(m.default ? { default: m.default } : {}),
          })),
          events: el.events.map((e) => ({ name: e.name, description: e.description, type: webType([e.type]) })),
        },
      })),
    },
  },
};

mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/react.d.ts', react);
writeFileSync('dist/types/vue.d.ts', vue);
writeFileSync('dist/types/svelte.d.ts', svelte);
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`dist/types/{react,vue,svelte}.d.ts, dist/vscode.html-custom-data.json, dist/web-types.json: ${elements.length} elements`);
