import { array, date, type Infer, object, text } from '../../core/shape.js';
import { claim, source, updates } from '../../core/shapes.js';

/** `<claim-compare>` data: conflicting claims about one topic (spec: "claim-compare"). */
export const claimCompareShape = object(
  { topic: text({ description: 'What the claims are about.' }), claims: array(claim, { minItems: 2, maxItems: 8 }) },
  {
    question: text(),
    asOf: date({ description: 'When the comparison was last checked.' }),
    note: text({ description: 'E.g. "Neither figure could be independently verified."' }),
    sources: array(source),
    updates,
  },
  { description: 'Conflicting claims side by side.' },
);

export type ClaimCompareData = Infer<typeof claimCompareShape>;
