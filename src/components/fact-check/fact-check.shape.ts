import { array, date, type Infer, number, object, text } from '../../core/shape.js';
import { actor, claim, source, updates } from '../../core/shapes.js';

/**
 * A verdict: its `label` always; a numeric position `value` on a scale from `worst` to
 * `best` only with all three (a number without its scale means nothing to a reader).
 * `best` is the greater number, as schema.org's and Google's ClaimReview require; a rating
 * system where lower is better is written with its numbers turned round.
 */
export const rating = object(
  { label: text({ description: 'The verdict in words, e.g. "False" or "Unverified": the headline.' }) },
  {
    value: number(),
    best: number(),
    worst: number(),
    worstLabel: text({ description: 'What the worst end of the scale means, e.g. "False" (needs the scale).' }),
    bestLabel: text({ description: 'What the best end of the scale means, e.g. "True" (needs the scale).' }),
  },
  {
    requiredTogether: [['value', 'best', 'worst']],
    rules: [
      {
        description: 'End labels need the scale ("value", "best", "worst").',
        test: (r) => {
          const label = ['worstLabel', 'bestLabel'].find((key) => r[key] !== undefined);
          return label && r.value === undefined
            ? [label, `expected "value", "best" and "worst" with "${label}", got none of them`]
            : undefined;
        },
      },
      {
        description: '"best" must be greater than "worst".',
        test: (r) =>
          (r.best as number) <= (r.worst as number)
            ? ['best', `expected "best" to be greater than "worst" (${r.worst}), got the number ${r.best}`]
            : undefined,
      },
      {
        description: '"value" must lie from "worst" to "best".',
        test: (r) =>
          (r.value as number) < (r.worst as number) || (r.value as number) > (r.best as number)
            ? ['value', `expected "value" to be from "worst" (${r.worst}) to "best" (${r.best}), got the number ${r.value}`]
            : undefined,
      },
    ],
    description: 'A verdict: a label, and optionally its position "value" on a scale from "worst" to "best" (all three or none).',
  },
);

/** `<fact-check>` data: one claim and its verdict (spec: "fact-check"). */
export const factCheckShape = object(
  { claim, rating },
  {
    reviewer: actor,
    reviewDate: date({ description: 'When the claim was checked.' }),
    explanation: text({ description: 'Why the verdict is what it is.' }),
    sources: array(source),
    updates,
  },
  { description: 'One claim and its verdict.' },
);

export type Rating = Infer<typeof rating>;
export type FactCheckData = Infer<typeof factCheckShape>;
