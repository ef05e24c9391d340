import { compact, type JsonLdWriter, type Thing } from '../../core/jsonld.js';
import type { ArticleFactsData } from './article-facts.shape.js';

/**
 * The story's writer, from each section's own (`[key, writer]` in reading order): a
 * `NewsArticle` and every section's schema.org objects, as one graph.
 */
export const storyLd =
  (sections: [key: string, write: JsonLdWriter<never>][]): JsonLdWriter<ArticleFactsData> =>
  (data, lang) => {
    const a = data.article ?? {};
    const graph: Thing[] = [
      compact({
        '@type': 'NewsArticle',
        headline: a.headline,
        url: a.url,
        datePublished: a.published,
        author: a.byline ? { '@type': 'Person', name: a.byline } : undefined,
        publisher: a.publisher ? { '@type': 'Organization', name: a.publisher } : undefined,
      }),
    ];
    for (const [key, write] of sections) {
      const value = (data as Record<string, unknown>)[key];
      for (const part of Array.isArray(value) ? value : value ? [value] : []) {
        const { '@context': _, '@graph': inner, ...rest } = (write as JsonLdWriter<unknown>)(part, lang);
        graph.push(...((inner as Thing[] | undefined) ?? [rest]));
      }
    }
    return { '@context': 'https://schema.org', '@graph': graph };
  };
