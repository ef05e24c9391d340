// Every state of <claim-compare>, from its fixtures (the data its tests use): stories/story-helpers.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/claim-compare.js';
import { invalid, valid } from '../src/components/claim-compare/claim-compare.fixtures.js';
import { elementMeta, elementStories, type FactsArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/claim-compare',
  component: 'claim-compare',
  tags: ['autodocs'],
  ...elementMeta('claim-compare'),
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const stories = elementStories(
  valid,
  invalid,
  'Kyiv says 9,000 Russian troops have been killed; Moscow says 498 killed and 1,597 injured.',
);

export const Seed: Story = stories.seed;
export const ThreeClaimants: Story = stories.threeClaimants;
export const RangesAndQualifiers: Story = stories.rangesAndQualifiers;
export const MismatchedMetrics: Story = stories.mismatchedMetrics;
export const Overlapping: Story = stories.overlapping;
export const FloorAgainstCeiling: Story = stories.floorAgainstCeiling;
export const Percentages: Story = stories.percentages;
export const Money: Story = stories.money;
export const RatedFalse: Story = stories.ratedFalse;
export const MetricsMatched: Story = stories.metricsMatched;
export const OneSidedMetric: Story = stories.oneSidedMetric;
export const LongText: Story = stories.longText;
export const EightClaimants: Story = stories.eightClaimants;
export const Ukrainian: Story = stories.ukrainian;
export const Russian: Story = stories.russian;
export const Polish: Story = stories.polish;
export const German: Story = stories.german;
export const French: Story = stories.french;
export const Spanish: Story = stories.spanish;
export const Arabic: Story = stories.arabic;
export const Dark: Story = stories.dark;
export const Narrow: Story = stories.narrow;
export const ErrorWrongTypeDeep: Story = stories.wrongTypeDeep;
export const ErrorTooFewClaims: Story = stories.tooFewClaims;
export const ErrorTooManyClaims: Story = stories.tooManyClaims;
export const ErrorMissingTopic: Story = stories.missingTopic;
export const ErrorFigureWithoutValue: Story = stories.figureWithoutValue;
export const ErrorMinAboveMax: Story = stories.minAboveMax;
export const ErrorNegativeCount: Story = stories.negativeCount;
export const ErrorSecondFigure: Story = stories.secondFigure;
export const ErrorQualifiedRange: Story = stories.qualifiedRange;
export const ErrorJavascriptUrl: Story = stories.javascriptUrl;
export const ErrorUnknownStatus: Story = stories.unknownStatus;
export const ErrorImpossibleDate: Story = stories.impossibleDate;
export const ErrorNoFallback: Story = stories.noFallback;
