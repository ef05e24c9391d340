import { sameLanguage } from '../../core/format.js';
import { compact, type JsonLdWriter, schemaActor } from '../../core/jsonld.js';
import { safeLink } from '../../core/url.js';
import type { QuoteCardData } from './quote-card.shape.js';

/**
 * A schema.org `Quotation` of the original words; the translation, when the element offers it
 * (the quote is in another language than the reader's), as its `workTranslation`.
 */
const quoteCardLd: JsonLdWriter<QuoteCardData> = (data, lang) => {
  const speaker = schemaActor(data.speaker);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: data.text,
    inLanguage: data.language,
    spokenByCharacter: speaker,
    creator: speaker,
    dateCreated: data.date,
    url: safeLink(data.url)?.href,
    description: data.context,
    workTranslation:
      data.translation && data.language && !sameLanguage(data.language, lang)
        ? { '@type': 'Quotation', text: data.translation, inLanguage: lang }
        : undefined,
  });
};

export default quoteCardLd;
