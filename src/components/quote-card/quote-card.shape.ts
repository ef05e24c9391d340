import { date, type Infer, obj, text, url } from '../../core/shape.js';
import { actor, updates } from '../../core/shapes.js';

/** `<quote-card>` data: a quotation (spec: "quote-card"). */
export const quoteCardShape = obj(
  { text: text('The words, verbatim, in the language they were said in.'), speaker: actor },
  {
    date: date('When it was said.'),
    platform: text('Where it was said, e.g. "Twitter" or "Press conference".'),
    url: url('Where the quote can be checked.'),
    context: text('The circumstances, in a sentence.'),
    language: text('a BCP 47 language tag like "uk" or "pt-BR"', '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    translation: text('The text in the page’s language; offered when "language" differs from the page’s.'),
    updates,
  },
  { d: 'A quotation.' },
);

export type QuoteCardData = Infer<typeof quoteCardShape>;
