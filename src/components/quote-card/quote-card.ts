import { html, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../../core/define.js';
import { FactsElement } from '../../core/facts-element.js';
import { languageName, sameLanguage } from '../../core/format.js';
import { t } from '../../core/messages.js';
import { link, metaLine, time, updatesBlock, who } from '../../core/parts.js';
import { baseStyles } from '../../core/styles.js';
import { safeLink } from '../../core/url.js';
import { type QuoteCardData, quoteCardShape } from './quote-card.shape.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * A quotation: the words in a `<blockquote>` (with `lang` set to the quote's `language`, so
 * screen readers pronounce it right), and in its `<figcaption>` the speaker with role, the
 * platform as a `<cite>` (linked to `url`), the date and the context.
 *
 * When the quote's `language` differs from the page's (primary subtags compared) and a
 * `translation` is given, the translation shows first, marked "Translated from …", and a
 * toggle button (`aria-pressed`) switches to the original and back.
 *
 * @summary A quotation, with its speaker and, when needed, a translation.
 * @tag quote-card
 *
 * @csspart quote - The `<figure>` holding the quote and its caption.
 * @csspart text - The `<blockquote>`.
 * @csspart toggle - The button that switches between translation and original.
 * @csspart caption - Speaker, platform, date and context.
 * @csspart context - The context line.
 * @csspart updates - The updates log.
 * @cssprop --claimkit-color-bar - The rule beside the quote.
 */
export class QuoteCardElement extends FactsElement<typeof quoteCardShape> {
  static override styles = [baseStyles, quoteCardStyles];
  static override shape = quoteCardShape;
  /** @internal */
  static override jsonLd = () => import('./quote-card.jsonld.js').then((m) => m.quoteCardLd);

  /** Registers the element as `tag` (warns, never throws, if the tag is taken). */
  static define(tag = 'quote-card', registry?: CustomElementRegistry) {
    defineElement(tag, this, registry);
  }

  /** The reader switched to the original. */
  private original = false;
  /** The quote is in another language than the page and comes with a translation. */
  private translatable = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const data = this.facts;
    this.translatable = !!(data?.translation && data.language && !sameLanguage(data.language, this.locale));
  }

  protected override renderFacts(data: QuoteCardData) {
    const lang = this.locale;
    const translated = this.translatable && !this.original;
    const name = this.translatable ? languageName(data.language!, lang) : '';
    const source = data.platform || safeLink(data.url) ? html`<cite>${link(data.platform ?? t(lang, 'source'), data.url)}</cite>` : '';
    return html`<figure class="quote" part="quote">
        <blockquote part="text" cite=${safeLink(data.url)?.href ?? nothing} lang=${(translated ? lang : data.language) ?? nothing} dir="auto">
          <p>${translated ? data.translation : data.text}</p>
        </blockquote>
        ${
          this.translatable
            ? html`<p class="language">
              ${translated ? html`<span class="meta">${t(lang, 'translatedFrom', { lang: name })}</span>` : nothing}
              <button type="button" part="toggle" aria-pressed=${!translated} @click=${this.toggle}>${t(lang, 'original', { lang: name })}</button>
            </p>`
            : nothing
        }
        <figcaption class="caption" part="caption">
          <p class="who">${who(data.speaker)}</p>
          ${metaLine(source, data.date && time(data.date, lang))}
          ${data.context ? html`<p class="context" part="context">${data.context}</p>` : nothing}
        </figcaption>
      </figure>
      ${data.updates?.length ? html`<div class="extra">${updatesBlock(data.updates, lang, this.headingLevel)}</div>` : nothing}`;
  }

  private toggle() {
    this.original = !this.original;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCardElement;
  }
}
