import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/article-facts.js';
import { invalid, valid } from '../src/components/article-facts/article-facts.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/article-facts',
  component: 'article-facts',
  tags: ['autodocs'],
  render: renderFacts('article-facts'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const ClaimsOnly: Story = byName.claimsOnly;
export const WithUpdates: Story = byName.withUpdates;
export const Ukrainian: Story = byName.ukrainian;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorEmpty: Story = byName.empty;
export const ErrorDeep: Story = byName.deepError;
export const ErrorSectionNotAList: Story = byName.sectionNotAList;
