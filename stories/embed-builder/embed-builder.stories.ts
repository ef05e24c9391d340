import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TAGS, type Tag } from '../../src/publish/snippet.js';
import { defineEmbedBuilder } from './embed-builder.js';
import { examples } from './examples.js';

defineEmbedBuilder();

interface BuilderArgs {
  tag: Tag;
  example: string;
}

const meta = {
  title: 'Tools/Embed builder',
  render: ({ tag, example }) => html`<claimkit-embed-builder tag=${tag} example=${example}></claimkit-embed-builder>`,
  argTypes: {
    tag: { control: 'select', options: [...TAGS], description: 'The element to embed.' },
    example: {
      control: 'select',
      options: [...new Set(Object.values(examples).flatMap((fixtures) => fixtures.map((f) => f.name)))],
      description: 'The example to start from (a fixture name; the element’s first example when it has no such one).',
    },
  },
  args: { tag: 'claim-compare', example: 'seed' },
  parameters: {
    // The builder has its own element and example selects: no second set in Storybook's panel.
    controls: { disable: true },
    options: { showPanel: false },
    claimkit: { fullWidth: true },
    docs: {
      description: {
        component:
          'Pick an element and an example, edit the JSON and copy a snippet to paste into a page. Problems are listed by JSON path ' +
          'as you type, in the words the element itself reports them; the preview is the real element. The data goes into the ' +
          "snippet escaped for where it sits: `&` and `'` as character references in the `data` attribute, the `<` of `</script` " +
          'and `<!--` as `\\u003c` in a `<script type="application/json">` child, so the element reads back exactly the same data.',
      },
    },
  },
} satisfies Meta<BuilderArgs>;
export default meta;

type Story = StoryObj<BuilderArgs>;

export const Builder: Story = { name: 'Embed builder' };
