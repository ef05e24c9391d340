import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/quote-card.js';
import { invalid, valid } from '../src/components/quote-card/quote-card.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/quote-card',
  component: 'quote-card',
  tags: ['autodocs'],
  render: renderFacts('quote-card'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const Translated: Story = byName.translated;
export const TranslatedUpdated: Story = byName.translatedUpdated;
export const Minimal: Story = byName.minimal;
export const LongText: Story = byName.longText;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorMissingText: Story = byName.missingText;
export const ErrorMissingSpeaker: Story = byName.missingSpeaker;
export const ErrorJavascriptUrl: Story = byName.javascriptUrl;
export const ErrorImpossibleDate: Story = byName.impossibleDate;
export const ErrorLanguageName: Story = byName.languageName;
