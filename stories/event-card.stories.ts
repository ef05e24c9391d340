// Every state of <event-card>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/event-card.js';
import { invalid, valid } from '../src/components/event-card/event-card.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  tags: ['autodocs'],
  ...elementMeta('event-card'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(
  valid,
  invalid,
  'Blinken travels to Belgium, Poland, Moldova, Lithuania, Latvia and Estonia, 3–8 March 2022.',
);

export const Seed: Story = stories.seed;
export const SeedTalks: Story = stories.seedTalks;
export const Scheduled: Story = stories.scheduled;
export const ScheduledAllDay: Story = stories.scheduledAllDay;
export const Concluded: Story = stories.concluded;
export const Postponed: Story = stories.postponed;
export const Cancelled: Story = stories.cancelled;
export const Day: Story = stories.day;
export const AcrossMonths: Story = stories.acrossMonths;
export const AcrossYears: Story = stories.acrossYears;
export const Partial: Story = stories.partial;
export const DateTime: Story = stories.dateTime;
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
export const ErrorMissingStart: Story = stories.missingStart;
export const ErrorImpossibleDate: Story = stories.impossibleDate;
export const ErrorEndBeforeStart: Story = stories.endBeforeStart;
export const ErrorEndBeforeStartTime: Story = stories.endBeforeStartTime;
export const ErrorUnknownStatus: Story = stories.unknownStatus;
export const ErrorJavascriptUrl: Story = stories.javascriptUrl;
export const ErrorPlaceWithoutName: Story = stories.placeWithoutName;
export const ErrorNoFallback: Story = stories.noFallback;
