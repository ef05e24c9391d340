// Every state of <event-timeline>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/event-timeline.js';
import { invalid, valid } from '../src/components/event-timeline/event-timeline.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/event-timeline',
  component: 'event-timeline',
  tags: ['autodocs'],
  ...elementMeta('event-timeline'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(valid, invalid, 'The invasion began on 24 February 2022; the first round of talks was held on 28 February.');

export const Seed: Story = stories.seed;
export const Shuffled: Story = stories.shuffled;
export const Mixed: Story = stories.mixed;
export const Fifty: Story = stories.fifty;
export const NoEpoch: Story = stories.noEpoch;
export const Zones: Story = stories.zones;
export const Ukrainian: Story = stories.ukrainian;
export const Russian: Story = stories.russian;
export const Polish: Story = stories.polish;
export const German: Story = stories.german;
export const French: Story = stories.french;
export const Spanish: Story = stories.spanish;
export const Arabic: Story = stories.arabic;
export const Dark: Story = stories.dark;
export const Narrow: Story = stories.narrow;
export const ErrorNoEvents: Story = stories.noEvents;
export const ErrorMissingEvents: Story = stories.missingEvents;
export const ErrorMissingStart: Story = stories.missingStart;
export const ErrorImpossibleDate: Story = stories.impossibleDate;
export const ErrorEndBeforeStart: Story = stories.endBeforeStart;
export const ErrorUnknownStatus: Story = stories.unknownStatus;
export const ErrorLabelWithoutN: Story = stories.labelWithoutN;
export const ErrorNoFallback: Story = stories.noFallback;
