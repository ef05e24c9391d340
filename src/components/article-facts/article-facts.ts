import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../core/define.js';
import { FactsElement } from '../../core/facts-element.js';
import { type MessageKey, t } from '../../core/messages.js';
import { heading, link, time, updatesBlock } from '../../core/parts.js';
import { baseStyles } from '../../core/styles.js';
import { type ArticleFactsData, articleFactsShape } from './article-facts.shape.js';
import { articleFactsStyles } from './article-facts.styles.js';

export type Section = keyof Omit<ArticleFactsData, 'article' | 'updates'>;

/**
 * The sections in reading order: what happened, what is disputed, what was said, what was
 * checked, who travelled where, and the longer background last. Each maps to its element.
 */
export const SECTIONS: [Section, MessageKey, string][] = [
  ['events', 'sectionEvents', 'event-card'],
  ['comparisons', 'sectionComparisons', 'claim-compare'],
  ['quotes', 'sectionQuotes', 'quote-card'],
  ['factChecks', 'sectionFactChecks', 'fact-check'],
  ['itineraries', 'sectionItineraries', 'trip-itinerary'],
  ['timeline', 'sectionTimeline', 'event-timeline'],
];

/** Renders `<tag .data=…>` for one item of a section. */
const item = (tag: string, data: unknown, level: number, theme: string): TemplateResult => {
  switch (tag) {
    case 'claim-compare':
      return html`<claim-compare .data=${data} heading-level=${level} theme=${theme}></claim-compare>`;
    case 'event-card':
      return html`<event-card .data=${data} heading-level=${level} theme=${theme}></event-card>`;
    case 'event-timeline':
      return html`<event-timeline .data=${data} heading-level=${level} theme=${theme}></event-timeline>`;
    case 'quote-card':
      return html`<quote-card .data=${data} heading-level=${level} theme=${theme}></quote-card>`;
    case 'fact-check':
      return html`<fact-check .data=${data} heading-level=${level} theme=${theme}></fact-check>`;
    default:
      return html`<trip-itinerary .data=${data} heading-level=${level} theme=${theme}></trip-itinerary>`;
  }
};

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
export class ArticleFactsElement extends FactsElement<typeof articleFactsShape> {
  static override styles = [baseStyles, articleFactsStyles];
  static override shape = articleFactsShape;
  /** @internal */
  static override jsonLd = () => import('./article-facts.jsonld.js').then((m) => m.articleFactsLd);

  /** Registers the element as `tag` (warns, never throws, if the tag is taken). */
  static define(tag = 'article-facts', registry?: CustomElementRegistry) {
    defineElement(tag, this, registry);
  }

  protected override renderFacts(data: ArticleFactsData) {
    const lang = this.locale;
    const level = this.headingLevel;
    const a = data.article;
    const byline = [a?.byline, a?.publisher].filter(Boolean).join(', ');
    return html`
      ${
        a?.headline || byline || a?.published
          ? html`<div class="head">
            ${a?.headline ? heading(level, link(a.headline, a.url)) : nothing}
            ${
              byline || a?.published
                ? html`<p class="meta">${byline}${byline && a?.published ? ' · ' : nothing}${a?.published ? time(a.published, lang) : nothing}</p>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${SECTIONS.map(([key, title, tag]) => {
        const value = data[key];
        const items = Array.isArray(value) ? value : value ? [value] : [];
        return items.length
          ? html`<section part="section" class=${key}>
              ${heading(level + 1, t(lang, title), 'section-heading')}
              ${items.map((data) => item(tag, data, level + 2, this.theme))}
            </section>`
          : nothing;
      })}
      ${updatesBlock(data.updates, lang, level)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-facts': ArticleFactsElement;
  }
}
