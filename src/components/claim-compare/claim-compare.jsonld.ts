import { compact, type JsonLdWriter, schemaActor, schemaSource } from '../../core/jsonld.js';
import type { ClaimCompareData } from './claim-compare.shape.js';

/** One schema.org `Claim` per claim, as a graph. */
const claimCompareLd: JsonLdWriter<ClaimCompareData> = (data) => ({
  '@context': 'https://schema.org',
  '@graph': data.claims.map((claim) =>
    compact({
      '@type': 'Claim',
      text: claim.statement,
      about: data.topic,
      author: schemaActor(claim.claimant),
      datePublished: claim.date,
      appearance: claim.source ? schemaSource(claim.source) : undefined,
    }),
  ),
});

export default claimCompareLd;
