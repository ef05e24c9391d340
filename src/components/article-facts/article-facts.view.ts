/** What a reader of `<article-facts>` sees, derived by a pure function: the article's head and the sections the data has. */
import { SECTIONS, type Section } from './article-facts.sections.js';
import type { ArticleFactsData } from './article-facts.shape.js';

export interface ArticleView {
  /** The headline, its link, the byline (with the publisher) and the date; undefined when the data has none of them. */
  article?: { headline?: string; url?: string; byline?: string; published?: string };
  /** The sections with data, in reading order, each with its items. */
  sections: { section: Section; items: unknown[] }[];
}

export function articleView(data: ArticleFactsData): ArticleView {
  const a = data.article;
  const byline = [a?.byline, a?.publisher].filter(Boolean).join(', ') || undefined;
  return {
    article: a?.headline || byline || a?.published ? { headline: a?.headline, url: a?.url, byline, published: a?.published } : undefined,
    sections: SECTIONS.flatMap((section) => {
      const value = data[section.key];
      const items: unknown[] = Array.isArray(value) ? value : value ? [value] : [];
      return items.length ? [{ section, items }] : [];
    }),
  };
}
