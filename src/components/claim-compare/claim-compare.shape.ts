import { date, type Infer, list, obj, text } from '../../core/shape.js';
import { claim, source, updates } from '../../core/shapes.js';

/** `<claim-compare>` data: conflicting claims about one topic (spec: "claim-compare"). */
export const claimCompareShape = obj(
  { topic: text('What the claims are about.'), claims: list(claim, { min: 2, max: 8 }) },
  {
    question: text(),
    asOf: date('When the comparison was last checked.'),
    note: text('E.g. "Neither figure could be independently verified."'),
    sources: list(source),
    updates,
  },
  { d: 'Conflicting claims side by side.' },
);

export type ClaimCompareData = Infer<typeof claimCompareShape>;
