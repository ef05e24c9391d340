import { compact, type JsonLdWriter, pageUrl, schemaActor, schemaSource } from '../../core/jsonld.js';
import type { FactCheckData } from './fact-check.shape.js';

/** A schema.org `ClaimReview` (Google: claimReviewed, reviewRating, url, author, datePublished, itemReviewed). */
const factCheckLd: JsonLdWriter<FactCheckData> = ({ claim, rating, reviewer, reviewDate, explanation }) =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl(),
    claimReviewed: claim.statement,
    reviewRating: compact({
      '@type': 'Rating',
      alternateName: rating.label,
      ratingValue: rating.value,
      bestRating: rating.best,
      worstRating: rating.worst,
    }),
    author: reviewer && schemaActor(reviewer),
    datePublished: reviewDate,
    reviewBody: explanation,
    itemReviewed: compact({
      '@type': 'Claim',
      author: schemaActor(claim.claimant),
      datePublished: claim.date,
      appearance: claim.source && schemaSource(claim.source),
    }),
  });

export default factCheckLd;
