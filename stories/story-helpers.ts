import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BadFixture, Fixture } from '../src/test-support/fixture.js';

/** The attributes every Claimkit element understands, as Storybook args. */
export interface FactsArgs {
  data: unknown;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'structured-data'?: boolean;
  'heading-level'?: number;
  fallback?: string;
}

/**
 * Renders `<tag>` with the args the way a page would write it; `width` (from a fixture)
 * puts it in a box that wide, to show the container-query layout.
 */
export const renderFacts =
  (tag: string) =>
  (args: FactsArgs, { parameters }: { parameters: { width?: number } }) => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown; structuredData?: boolean; headingLevel?: number };
    el.data = args.data;
    if (args.lang) el.lang = args.lang;
    if (args.theme) el.setAttribute('theme', args.theme);
    if (args['structured-data']) el.toggleAttribute('structured-data', true);
    if (args['heading-level']) el.setAttribute('heading-level', String(args['heading-level']));
    if (args.fallback) el.append(Object.assign(document.createElement('p'), { textContent: args.fallback }));
    return parameters.width ? html`<div style="max-width:${parameters.width}px">${el}</div>` : html`${el}${nothing}`;
  };

export const factsArgTypes: Meta<FactsArgs>['argTypes'] = {
  data: { control: 'object', description: 'The element’s data (set as the `data` property).' },
  lang: { control: 'text', description: 'BCP 47 language; when empty, inherited from the page (the toolbar’s Language).' },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  'structured-data': { control: 'boolean' },
  'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  fallback: { control: 'text', description: 'Light-DOM fallback text shown before upgrade and on errors.' },
};

/** A story for each fixture: valid ones render; bad ones show their fallback and the exact problem. */
export function storyOf(fixture: Fixture | BadFixture): StoryObj<FactsArgs> {
  const bad = 'path' in fixture;
  return {
    name: fixture.title,
    args: {
      data: fixture.data,
      lang: fixture.lang,
      theme: fixture.theme,
      fallback: bad ? 'Fallback: what readers see when the data cannot be shown.' : undefined,
    },
    parameters: {
      width: fixture.width,
      claimkit: { theme: fixture.theme ? false : undefined },
      docs: {
        description: {
          story: bad
            ? `Reports \`${fixture.path}: ${fixture.message}\` as a \`claimkit-error\` event and shows the fallback.`
            : fixture.title,
        },
      },
    },
  };
}
