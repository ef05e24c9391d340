// Every state of <article-facts>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/article-facts.js';
import { invalid, valid } from '../src/components/article-facts/article-facts.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/article-facts',
  component: 'article-facts',
  tags: ['autodocs'],
  ...elementMeta('article-facts'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(
  valid,
  invalid,
  'Blinken departs for six-nation European trip as Russia’s offensive in Ukraine intensifies.',
);

export const Seed: Story = stories.seed;
export const ClaimsOnly: Story = stories.claimsOnly;
export const WithUpdates: Story = stories.withUpdates;
export const Ukrainian: Story = stories.ukrainian;
export const Russian: Story = stories.russian;
export const Polish: Story = stories.polish;
export const German: Story = stories.german;
export const French: Story = stories.french;
export const Spanish: Story = stories.spanish;
export const Arabic: Story = stories.arabic;
export const Dark: Story = stories.dark;
export const Narrow: Story = stories.narrow;
export const ErrorEmpty: Story = stories.empty;
export const ErrorDeepError: Story = stories.deepError;
export const ErrorSectionNotAList: Story = stories.sectionNotAList;
export const ErrorNoFallback: Story = stories.noFallback;
