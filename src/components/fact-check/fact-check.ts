import { html, nothing } from 'lit';
import { FactsElement } from '../../core/facts-element.js';
import { t } from '../../core/messages.js';
import {
  bdi,
  heading,
  metaLine,
  nameAndRole,
  phrase,
  sourceText,
  statement,
  statusLabel,
  styleAttribute,
  styleProperty,
  time,
  who,
} from '../../core/parts.js';
import { panelStyles } from '../../core/styles.js';
import { type FactCheckData, factCheckShape } from './fact-check.shape.js';
import { factCheckStyles } from './fact-check.styles.js';
import { type FactCheckView, factCheckView } from './fact-check.view.js';

/**
 * One claim and its verdict: the verdict (`rating.label`) as the heading, with the claim's
 * status in its family's shape and word when given; when the rating has a `value` on a scale
 * from `worst` to `best`, a bar showing where it sits and the position in words, each end with
 * what it means when the data says ("3 on a scale of 1 (False) to 5 (True)"); then the claim
 * (statement, claimant, date, source), the explanation, who checked it and when, sources and
 * updates.
 *
 * With `structured-data` it writes a schema.org `ClaimReview` with every field Google's
 * fact-check markup documentation marks required or recommended that the data can fill.
 * Its `url` is the page's: its `<link rel="canonical">`, else its address without the
 * fragment. `author` is the `reviewer`, and is left out when there is none.
 *
 * @summary One claim and its verdict.
 * @tag fact-check
 *
 * @csspart heading - The verdict.
 * @csspart verdict - The verdict and its scale.
 * @csspart scale - The scale: a bar (decoration) and the position in words.
 * @csspart claim - The claim: statement, claimant, date and source.
 * @csspart statement - The claim's statement.
 * @csspart explanation - Why the verdict is what it is.
 * @csspart reviewer - Who checked the claim, and when.
 * @csspart sources - The sources list.
 * @csspart updates - The updates log.
 * @cssprop --claimkit-color-bar - The scale's bar and the rule beside the claim.
 * @cssprop --claimkit-color-track - The scale's track.
 */
export class FactCheckElement extends FactsElement<typeof factCheckShape, FactCheckView> {
  static override tag = 'fact-check';
  static override styles = [panelStyles, factCheckStyles];
  static override shape = factCheckShape;
  /** @internal */
  static override jsonLd = () => import('./fact-check.jsonld.js');

  protected override derive(data: FactCheckData, lang: string) {
    return factCheckView(data, lang);
  }

  protected override renderFacts({ data, scale }: FactCheckView) {
    const lang = this.locale;
    const { claim, reviewer, reviewDate } = data;
    const by = reviewer && nameAndRole(reviewer);
    const on = reviewDate && time(reviewDate, lang);
    return html`
      <div class="verdict" part="verdict">
        ${heading(this.headingLevel, html`<span class="kicker">${t(lang, 'verdict')}</span>${bdi(data.rating.label)}`, 'heading', undefined, `${t(lang, 'verdict')}: ${data.rating.label}`)}
        ${claim.status ? html`<p>${statusLabel(claim.status, lang)}</p>` : nothing}
        ${
          scale
            ? html`<div class="scale" part="scale">
              <span class="track" aria-hidden="true"><span class="fill" style=${styleAttribute(`inline-size:${scale.at}%`)} .style=${styleProperty(`inline-size:${scale.at}%`)}></span></span>
              <p class="meta">${scale.text}</p>
            </div>`
            : nothing
        }
      </div>
      <div class="claim" part="claim">
        <p class="kicker">${t(lang, 'claim')}</p>
        ${statement(claim)}
        <p class="who">${who(claim.claimant)}</p>
        ${metaLine(claim.date && time(claim.date, lang), claim.source && sourceText(claim.source, lang))}
      </div>
      ${data.explanation ? html`<p class="explanation" part="explanation" dir="auto">${data.explanation}</p>` : nothing}
      ${
        by || on
          ? html`<p class="meta" part="reviewer">${phrase(lang, by && on ? 'checkedByOn' : by ? 'checkedBy' : 'checkedOn', { who: by, date: on })}</p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-check': FactCheckElement;
  }
}
