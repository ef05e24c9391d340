/** What a reader of `<quote-card>` sees, derived by a pure function: whether it offers a translation. */
import { languageName, sameLanguage } from '../../core/format.js';
import type { QuoteCardData } from './quote-card.shape.js';

export interface QuoteCardView {
  data: QuoteCardData;
  /** The quote's language by name in the reader's language, when the element shows the translation first (and offers the original); else undefined. */
  original?: string;
}

/** The translation comes first when the quote is in another language than the reader's (primary subtags compared) and one is given. */
export const quoteCardView = (data: QuoteCardData, lang: string): QuoteCardView => ({
  data,
  original: data.translation && data.language && !sameLanguage(data.language, lang) ? languageName(data.language, lang) : undefined,
});
