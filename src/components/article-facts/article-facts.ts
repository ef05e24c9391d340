import { html, nothing } from 'lit';
import type { WriterLoader } from '../../core/controllers/structured-data.js';
import { FactsElement } from '../../core/facts-element.js';
import { t } from '../../core/messages.js';
import { bdi, heading, link, metaLine, time } from '../../core/parts.js';
import { SECTIONS } from './article-facts.sections.js';
import { type ArticleFactsData, articleFactsShape } from './article-facts.shape.js';
import { articleFactsStyles } from './article-facts.styles.js';
import { type ArticleView, articleView } from './article-facts.view.js';

/**
 * One tag for a whole story: the article's headline, byline and date, then every section
 * the data has — events, disputed claims, quotes, fact checks, journeys, the timeline —
 * each under its own heading and drawn by its own element. With `src="story.json"` a CMS
 * publishes one JSON document per story; other tags on the page can point into the same
 * document (`src="story.json#/comparisons/0"`) and it is fetched once.
 *
 * With `structured-data` it writes one JSON-LD graph for the whole story: a `NewsArticle`
 * and every section's schema.org objects (the sections' own elements write none, since
 * theirs would sit inside this element's shadow root, where crawlers do not look).
 *
 * @summary A whole story's facts in one tag.
 * @tag article-facts
 *
 * @csspart heading - The headline.
 * @csspart section - A section (events, comparisons, …), with its heading.
 * @csspart updates - The story's updates log.
 */
export class ArticleFactsElement extends FactsElement<typeof articleFactsShape, ArticleView> {
  static override tag = 'article-facts';
  static override styles = articleFactsStyles;
  static override shape = articleFactsShape;
  /**
   * One writer for the whole story, made of every section's element's own writer.
   * @internal
   */
  static override jsonLd: WriterLoader = () =>
    Promise.all([import('./article-facts.jsonld.js'), ...SECTIONS.map(({ element }) => element.jsonLd())]).then(([story, ...writers]) => ({
      default: story.storyLd(SECTIONS.map(({ key }, i) => [key, writers[i].default])),
    }));

  protected override derive(data: ArticleFactsData) {
    return articleView(data);
  }

  protected override renderFacts({ article, sections }: ArticleView) {
    const lang = this.locale;
    const level = this.headingLevel;
    return html`
      ${
        article
          ? html`<div class="head">
            ${article.headline ? heading(level, link(article.headline, article.url)) : nothing}
            ${metaLine(article.byline && bdi(article.byline), article.published && time(article.published, lang))}
          </div>`
          : nothing
      }
      ${sections.map(
        ({ section, items }) => html`<section part="section" class=${section.key}>
          ${heading(level + 1, t(lang, section.heading), 'section-heading')}
          ${items.map((item) => section.draw(item, level + 2, this.theme))}
        </section>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-facts': ArticleFactsElement;
  }
}
