/**
 * How an element's stories are made from its fixtures (the same data its tests use): each
 * story renders the tag as a page would write it, its controls are the element's public API
 * (.storybook/element-docs.ts, from the manifest), and "Show code" gives the snippet that renders
 * the same widget when pasted into a page that loads the CDN file.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { declarationOf } from '../.storybook/element-docs.js';
import { dataAttributeSnippet } from '../src/publish/snippet.js';
import type { BadFixture, Fixture } from '../src/test-support/fixture.js';

/** A story's args: `data`, the element's other attributes by their HTML names, CSS custom properties, and `fallback` (the default slot). */
export type FactsArgs = { data?: unknown; fallback?: string; onClaimkitError?: (event: Event) => void } & Record<string, unknown>;

/** The attributes an arg sets on the element, as a page would write them (`data` and empty values aside). */
function attributesOf(tag: string, args: FactsArgs, context?: Pick<StoryContext, 'globals'>) {
  const attributes: Record<string, string> = {};
  for (const { name } of declarationOf(tag)?.attributes ?? []) {
    const value = args[name];
    if (name === 'data' || value === undefined || value === null || value === '' || value === false) continue;
    attributes[name] = value === true ? '' : String(value);
  }
  // The toolbar's language and theme reach the story through the page; a snippet carries them.
  const { lang, theme } = context?.globals ?? {};
  if (!attributes.lang && lang && lang !== 'en') attributes.lang = String(lang);
  if (!attributes.theme && theme && theme !== 'auto') attributes.theme = String(theme);
  return attributes;
}

/** The CSS custom properties the args set (`--claimkit-color-accent` …). */
const customProperties = (args: FactsArgs) =>
  Object.entries(args).filter(
    (entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && !!entry[1],
  );

/**
 * Renders `<tag>` with the args; `width` (a fixture's) puts it in a box that wide, to show the
 * container-query layout. An error story shows, below the element, what the element reported.
 */
export const renderFacts =
  (tag: string) =>
  (args: FactsArgs, { parameters }: { parameters: { width?: number; reportsError?: boolean } }) => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown };
    el.data = args.data;
    for (const [name, value] of Object.entries(attributesOf(tag, args))) el.setAttribute(name, value);
    for (const [property, value] of customProperties(args)) el.style.setProperty(property, value);
    if (args.fallback) el.append(Object.assign(document.createElement('p'), { textContent: args.fallback }));
    if (args.onClaimkitError) el.addEventListener('claimkit-error', args.onClaimkitError);
    const report = parameters.reportsError ? document.createElement('p') : undefined;
    if (report) {
      report.className = 'ck-report';
      el.addEventListener('claimkit-error', (event) => {
        const { path, message } = event.detail;
        report.textContent = `claimkit-error reported to the page: ${path || '/'}: ${message}`;
      });
    }
    const framed = parameters.width ? html`<div style="max-width:${parameters.width}px">${el}</div>` : el;
    return report ? html`${framed}${report}` : framed;
  };

/** The snippet for a story: the tag with its data, escaped as the embed builder escapes it. */
export function storySnippet(tag: string, args: FactsArgs, context?: Pick<StoryContext, 'globals'>) {
  const attributes = attributesOf(tag, args, context);
  const style = customProperties(args)
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
  if (style) attributes.style = style;
  return dataAttributeSnippet(tag, args.data ?? null, { fallback: args.fallback, attributes });
}

/**
 * What an element's meta adds to its title, component and tags (which Storybook's indexer must
 * read from the stories file itself): the render, and "Show code" as the snippet.
 */
export function elementMeta(tag: string): Pick<Meta<FactsArgs>, 'render' | 'parameters'> {
  return {
    render: renderFacts(tag),
    parameters: {
      docs: { source: { transform: (_code: string, context: StoryContext<FactsArgs>) => storySnippet(tag, context.args, context) } },
    },
  };
}

/**
 * Every story of an element, by fixture name: the valid fixtures, the invalid ones (each showing
 * `fallback`, the sentence a newsroom would write inside the tag), and `noFallback`.
 */
export function elementStories(valid: Fixture[], invalid: BadFixture[], fallback: string): Record<string, StoryObj<FactsArgs>> {
  return {
    ...Object.fromEntries([...valid, ...invalid].map((fixture) => [fixture.name, storyOf(fixture, fallback)])),
    noFallback: noFallbackStory(invalid[0]),
  };
}

/** A story for a fixture: a valid one renders; a bad one shows `fallback` and the exact problem it reports. */
export function storyOf(fixture: Fixture | BadFixture, fallback: string): StoryObj<FactsArgs> {
  const bad = 'path' in fixture;
  return {
    args: { data: fixture.data, lang: fixture.lang, theme: fixture.theme, fallback: bad ? fallback : undefined },
    parameters: {
      width: fixture.width,
      reportsError: bad,
      docs: {
        description: {
          story: bad
            ? `The element refuses the data and reports \`${fixture.path || '/'}: ${fixture.message}\` (a \`claimkit-error\` event and one \`console.error\`); readers see the fallback paragraph written inside the tag.`
            : fixture.title,
        },
      },
    },
  };
}

/** The story with no fallback: the data is invalid and the tag has nothing inside, so the element shows its own short notice. */
export function noFallbackStory(fixture: BadFixture): StoryObj<FactsArgs> {
  return {
    ...storyOf(fixture, ''),
    args: { data: fixture.data, fallback: undefined },
    parameters: {
      reportsError: true,
      docs: {
        description: {
          story: `Invalid data (\`${fixture.path || '/'}: ${fixture.message}\`) in a tag with no fallback inside: the element shows its own short, neutral notice in the reader’s language instead of leaving a hole.`,
        },
      },
    },
  };
}
