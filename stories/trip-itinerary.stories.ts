import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/trip-itinerary.js';
import { invalid, valid } from '../src/components/trip-itinerary/trip-itinerary.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/trip-itinerary',
  component: 'trip-itinerary',
  tags: ['autodocs'],
  render: renderFacts('trip-itinerary'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const FullStops: Story = byName.fullStops;
export const NoCoordinates: Story = byName.noCoordinates;
export const OneStop: Story = byName.oneStop;
export const AcrossThePacific: Story = byName.acrossThePacific;
export const LongText: Story = byName.longText;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorStopWithoutPlace: Story = byName.stopWithoutPlace;
export const ErrorLatitudeOutOfRange: Story = byName.latitudeOutOfRange;
export const ErrorStopEndBeforeDate: Story = byName.stopEndBeforeDate;
export const ErrorTripEndBeforeStart: Story = byName.tripEndBeforeStart;
export const ErrorJavascriptUrl: Story = byName.javascriptUrl;
export const ErrorNoStops: Story = byName.noStops;
export const ErrorMissingTraveller: Story = byName.missingTraveller;
