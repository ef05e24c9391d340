import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/fact-check.js';
import { invalid, valid } from '../src/components/fact-check/fact-check.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/fact-check',
  component: 'fact-check',
  tags: ['autodocs'],
  render: renderFacts('fact-check'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const FullReview: Story = byName.fullReview;
export const LabelOnly: Story = byName.labelOnly;
export const ScaleEnds: Story = byName.scaleEnds;
export const LongText: Story = byName.longText;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorValueAboveBest: Story = byName.valueAboveBest;
export const ErrorValueBelowWorst: Story = byName.valueBelowWorst;
export const ErrorBestBelowWorst: Story = byName.bestBelowWorst;
export const ErrorValueWithoutScale: Story = byName.valueWithoutScale;
export const ErrorMissingLabel: Story = byName.missingLabel;
export const ErrorMissingClaim: Story = byName.missingClaim;
export const ErrorJavascriptUrl: Story = byName.javascriptUrl;
export const ErrorImpossibleDate: Story = byName.impossibleDate;
