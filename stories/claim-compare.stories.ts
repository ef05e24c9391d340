import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/claim-compare.js';
import { invalid, valid } from '../src/components/claim-compare/claim-compare.fixtures.js';
import { type FactsArgs, factsArgTypes, renderFacts, storyOf } from './story-helpers.js';

const meta = {
  title: 'Elements/claim-compare',
  component: 'claim-compare',
  tags: ['autodocs'],
  render: renderFacts('claim-compare'),
  argTypes: factsArgTypes,
} satisfies Meta<FactsArgs>;
export default meta;

type Story = StoryObj<FactsArgs>;
const byName = Object.fromEntries([...valid, ...invalid].map((f) => [f.name, storyOf(f)]));

export const Seed: Story = byName.seed;
export const ThreeClaimants: Story = byName.threeClaimants;
export const RangesAndQualifiers: Story = byName.rangesAndQualifiers;
export const MismatchedMetrics: Story = byName.mismatchedMetrics;
export const OneSidedMetric: Story = byName.oneSidedMetric;
export const LongText: Story = byName.longText;
export const EightClaimants: Story = byName.eightClaimants;
export const Ukrainian: Story = byName.ukrainian;
export const German: Story = byName.german;
export const Arabic: Story = byName.arabic;
export const Dark: Story = byName.dark;
export const Narrow: Story = byName.narrow;
export const ErrorWrongTypeDeep: Story = byName.wrongTypeDeep;
export const ErrorTooFewClaims: Story = byName.tooFewClaims;
export const ErrorTooManyClaims: Story = byName.tooManyClaims;
export const ErrorMissingTopic: Story = byName.missingTopic;
export const ErrorFigureWithoutValue: Story = byName.figureWithoutValue;
export const ErrorMinAboveMax: Story = byName.minAboveMax;
export const ErrorNegativeCount: Story = byName.negativeCount;
export const ErrorJavascriptUrl: Story = byName.javascriptUrl;
export const ErrorUnknownStatus: Story = byName.unknownStatus;
export const ErrorImpossibleDate: Story = byName.impossibleDate;
