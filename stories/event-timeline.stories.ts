import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/event-timeline.js';
import { invalid, valid } from '../src/components/event-timeline/event-timeline.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/event-timeline',
  component: 'event-timeline',
  tags: ['autodocs'],
  render: renderFacts('event-timeline'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const Shuffled: Story = byName.shuffled;
export const Mixed: Story = byName.mixed;
export const Fifty: Story = byName.fifty;
export const NoEpoch: Story = byName.noEpoch;
export const Ukrainian: Story = byName.ukrainian;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorNoEvents: Story = byName.noEvents;
export const ErrorMissingEvents: Story = byName.missingEvents;
export const ErrorMissingStart: Story = byName.missingStart;
export const ErrorImpossibleDate: Story = byName.impossibleDate;
export const ErrorEndBeforeStart: Story = byName.endBeforeStart;
export const ErrorUnknownStatus: Story = byName.unknownStatus;
export const ErrorLabelWithoutN: Story = byName.labelWithoutN;
