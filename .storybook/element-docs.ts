/**
 * The docs tables and controls of an element's page, from its custom elements manifest entry
 * (dist/custom-elements.json, from the JSDoc: custom-elements-manifest.config.mjs keeps only the
 * public API). Each thing a user can set is listed once, under the name they write in HTML:
 * `heading-level`, not also `headingLevel`. The default slot is the story's `fallback` arg: the
 * light-DOM text readers see before the element upgrades and when its data cannot be shown.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []);

export const declarationOf = (tag: string) => declarations.find((declaration) => declaration.tagName === tag);

/** `'light' | 'dark' | 'auto'` → its options; else undefined. */
const literals = (type = '') => {
  const options = type.split('|').map((option) => option.trim());
  return options.every((option) => /^'[^']*'$/.test(option)) ? options.map((option) => option.slice(1, -1)) : undefined;
};

/** The control for a value of `type`, with its options for a union of literals. */
function control(name: string, type = '') {
  if (name === 'data') return { control: { type: 'object' } };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  const options = literals(type);
  if (options) return { control: { type: 'inline-radio' }, options };
  return { control: { type: 'text' } };
}

/** `data` is an object as the property and JSON text as the attribute; its declared types say neither plainly. */
const typeOf = (item: Item) => (item.name === 'data' ? 'object | string (JSON)' : item.type?.text);

const row = (item: Item, category: string, extra: object = {}) => ({
  name: item.name,
  description: item.description,
  table: {
    category,
    type: typeOf(item) ? { summary: typeOf(item) } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  ...extra,
});

/** The element's public API as Storybook argTypes: `data` first, then attributes, properties, events, slots, parts, custom properties. */
export function elementArgTypes(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  if (!declaration) return {};
  const members = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  const attributes = [...(declaration.attributes ?? [])].sort((a, b) => Number(b.name === 'data') - Number(a.name === 'data'));
  const byAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const argTypes: ArgTypes = {};
  for (const attribute of attributes) {
    const member = members.get(attribute.fieldName ?? '');
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = row(
      { ...attribute, description: `${member?.description ?? attribute.description ?? ''}${property}`, default: member?.default },
      'attributes',
      control(attribute.name, attribute.type?.text),
    );
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly || byAttribute.has(member.name)) continue;
    argTypes[member.name] = row(member, 'properties', control(member.name, member.type?.text));
  }
  for (const event of declaration.events ?? []) {
    const handler = `on${event.name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`;
    argTypes[handler] = { name: handler, action: event.name, table: { disable: true } };
    argTypes[event.name] = row(event, 'events', { control: false });
  }
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || 'fallback';
    argTypes[name] = row(
      { ...slot, name, description: slot.name ? slot.description : `The default slot. ${slot.description ?? ''}` },
      'slots',
      { control: slot.name ? false : { type: 'text' } },
    );
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts', { control: false });
  for (const property of declaration.cssProperties ?? [])
    argTypes[property.name] = row(property, 'css custom properties', {
      control: /color/.test(property.name) ? { type: 'color' } : { type: 'text' },
    });
  return argTypes;
}
