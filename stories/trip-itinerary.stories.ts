// Every state of <trip-itinerary>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/trip-itinerary.js';
import { invalid, valid } from '../src/components/trip-itinerary/trip-itinerary.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/trip-itinerary',
  component: 'trip-itinerary',
  tags: ['autodocs'],
  ...elementMeta('trip-itinerary'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(
  valid,
  invalid,
  'Blinken’s trip: Brussels, Poland, Chișinău, Lithuania, Latvia and Estonia, 3–8 March 2022.',
);

export const Seed: Story = stories.seed;
export const FullStops: Story = stories.fullStops;
export const NoCoordinates: Story = stories.noCoordinates;
export const OneStop: Story = stories.oneStop;
export const AcrossThePacific: Story = stories.acrossThePacific;
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
export const ErrorStopWithoutPlace: Story = stories.stopWithoutPlace;
export const ErrorLatitudeOutOfRange: Story = stories.latitudeOutOfRange;
export const ErrorStopEndBeforeDate: Story = stories.stopEndBeforeDate;
export const ErrorTripEndBeforeStart: Story = stories.tripEndBeforeStart;
export const ErrorJavascriptUrl: Story = stories.javascriptUrl;
export const ErrorNoStops: Story = stories.noStops;
export const ErrorMissingTraveller: Story = stories.missingTraveller;
export const ErrorNoFallback: Story = stories.noFallback;
