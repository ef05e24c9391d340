import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/event-card.js';
import { invalid, valid } from '../src/components/event-card/event-card.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  tags: ['autodocs'],
  render: renderFacts('event-card'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const SeedTalks: Story = byName.seedTalks;
export const Scheduled: Story = byName.scheduled;
export const ScheduledAllDay: Story = byName.scheduledAllDay;
export const Concluded: Story = byName.concluded;
export const Postponed: Story = byName.postponed;
export const Cancelled: Story = byName.cancelled;
export const Day: Story = byName.day;
export const AcrossMonths: Story = byName.acrossMonths;
export const AcrossYears: Story = byName.acrossYears;
export const Partial: Story = byName.partial;
export const DateTime: Story = byName.dateTime;
export const LongText: Story = byName.longText;
export const Ukrainian: Story = byName.ukrainian;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorMissingStart: Story = byName.missingStart;
export const ErrorImpossibleDate: Story = byName.impossibleDate;
export const ErrorEndBeforeStart: Story = byName.endBeforeStart;
export const ErrorEndBeforeStartTime: Story = byName.endBeforeStartTime;
export const ErrorUnknownStatus: Story = byName.unknownStatus;
export const ErrorJavascriptUrl: Story = byName.javascriptUrl;
export const ErrorPlaceWithoutName: Story = byName.placeWithoutName;
