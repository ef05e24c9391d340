// Every state of <fact-check>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/fact-check.js';
import { invalid, valid } from '../src/components/fact-check/fact-check.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/fact-check',
  component: 'fact-check',
  tags: ['autodocs'],
  ...elementMeta('fact-check'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(valid, invalid, 'Zelenskyy’s figure of 9,000 Russian troops killed could not be independently verified.');

export const Seed: Story = stories.seed;
export const FullReview: Story = stories.fullReview;
export const LabelOnly: Story = stories.labelOnly;
export const LabelledScale: Story = stories.labelledScale;
export const ScaleEnds: Story = stories.scaleEnds;
export const LongText: Story = stories.longText;
export const Ukrainian: Story = stories.ukrainian;
export const Russian: Story = stories.russian;
export const Polish: Story = stories.polish;
export const German: Story = stories.german;
export const French: Story = stories.french;
export const Spanish: Story = stories.spanish;
export const Arabic: Story = stories.arabic;
export const Dark: Story = stories.dark;
export const Narrow: Story = stories.narrow;
export const ErrorValueAboveBest: Story = stories.valueAboveBest;
export const ErrorValueBelowWorst: Story = stories.valueBelowWorst;
export const ErrorBestBelowWorst: Story = stories.bestBelowWorst;
export const ErrorValueWithoutScale: Story = stories.valueWithoutScale;
export const ErrorEndLabelWithoutScale: Story = stories.endLabelWithoutScale;
export const ErrorMissingLabel: Story = stories.missingLabel;
export const ErrorMissingClaim: Story = stories.missingClaim;
export const ErrorJavascriptUrl: Story = stories.javascriptUrl;
export const ErrorImpossibleDate: Story = stories.impossibleDate;
export const ErrorNoFallback: Story = stories.noFallback;
