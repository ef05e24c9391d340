// Every state of <quote-card>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/quote-card.js';
import { invalid, valid } from '../src/components/quote-card/quote-card.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/quote-card',
  component: 'quote-card',
  tags: ['autodocs'],
  ...elementMeta('quote-card'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(valid, invalid, '“I depart today to meet with European Allies and partners…” — Antony Blinken, on Twitter');

export const Seed: Story = stories.seed;
export const Translated: Story = stories.translated;
export const TranslatedUpdated: Story = stories.translatedUpdated;
export const Minimal: Story = stories.minimal;
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
export const ErrorMissingText: Story = stories.missingText;
export const ErrorMissingSpeaker: Story = stories.missingSpeaker;
export const ErrorJavascriptUrl: Story = stories.javascriptUrl;
export const ErrorImpossibleDate: Story = stories.impossibleDate;
export const ErrorLanguageName: Story = stories.languageName;
export const ErrorNoFallback: Story = stories.noFallback;
