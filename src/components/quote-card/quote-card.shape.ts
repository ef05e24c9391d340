import { date, type Infer, object, text, url } from '../../core/shape.js';
import { actor, updates } from '../../core/shapes.js';

/** `<quote-card>` data: a quotation (spec: "quote-card"). */
export const quoteCardShape = object(
  { text: text({ description: 'The words, verbatim, in the language they were said in.' }), speaker: actor },
  {
    date: date({ description: 'When it was said.' }),
    platform: text({ description: 'Where it was said, e.g. "Twitter" or "Press conference".' }),
    url: url({ description: 'Where the quote can be checked.' }),
    context: text({ description: 'The circumstances, in a sentence.' }),
    language: text({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', expected: 'a BCP 47 language tag like "uk" or "pt-BR"' }),
    translation: text({ description: 'The text in the page’s language; offered when "language" differs from the page’s.' }),
    updates,
  },
  { description: 'A quotation.' },
);

export type QuoteCardData = Infer<typeof quoteCardShape>;
