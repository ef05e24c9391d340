import { html, nothing } from 'lit';
import { FactsElement } from '../../core/facts-element.js';
import { t } from '../../core/messages.js';
import { bdi, link, metaLine, time, who } from '../../core/parts.js';
import { safeLink } from '../../core/url.js';
import { type QuoteCardData, quoteCardShape } from './quote-card.shape.js';
import { quoteCardStyles } from './quote-card.styles.js';
import { type QuoteCardView, quoteCardView } from './quote-card.view.js';

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
export class QuoteCardElement extends FactsElement<typeof quoteCardShape, QuoteCardView> {
  static override tag = 'quote-card';
  static override styles = quoteCardStyles;
  static override shape = quoteCardShape;
  /** @internal */
  static override jsonLd = () => import('./quote-card.jsonld.js');

  /** The reader switched to the original. */
  #original = false;

  protected override derive(data: QuoteCardData, lang: string) {
    return quoteCardView(data, lang);
  }

  protected override renderFacts({ data, original }: QuoteCardView) {
    const lang = this.locale;
    const translated = !!original && !this.#original;
    const source = data.platform || safeLink(data.url) ? html`<cite>${link(data.platform ?? t(lang, 'source'), data.url)}</cite>` : '';
    return html`<figure class="quote" part="quote">
      <blockquote part="text" cite=${safeLink(data.url)?.href ?? nothing} lang=${(translated ? lang : data.language) ?? nothing} dir="auto">
        <p>${translated ? data.translation : data.text}</p>
      </blockquote>
      ${
        original
          ? html`<p class="language">
            ${translated ? html`<span class="meta">${t(lang, 'translatedFrom', { lang: original })}</span>` : nothing}
            <button type="button" part="toggle" aria-pressed=${!translated} @click=${this.#toggle}>${t(lang, 'original', { lang: original })}<span class="visually-hidden">: ${bdi(data.speaker.name)}</span></button>
          </p>`
          : nothing
      }
      <figcaption class="caption" part="caption">
        <p class="who">${who(data.speaker)}</p>
        ${metaLine(source, data.date && time(data.date, lang))}
        ${data.context ? html`<p class="context" part="context" dir="auto">${data.context}</p>` : nothing}
      </figcaption>
    </figure>`;
  }

  #toggle() {
    this.#original = !this.#original;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCardElement;
  }
}
