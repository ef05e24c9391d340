import type { PropertyValues } from 'lit';
import { html, nothing } from 'lit';
import { defineElement } from '../../core/define.js';
import { FactsElement } from '../../core/facts-element.js';
import { t } from '../../core/messages.js';
import { heading, sourcesBlock, sourceText, statusLabel, time, updatesBlock, who } from '../../core/parts.js';
import { baseStyles } from '../../core/styles.js';
import { type ClaimCompareData, claimCompareShape } from './claim-compare.shape.js';
import { claimCompareStyles } from './claim-compare.styles.js';
import { type ClaimCompareView, claimCompareView } from './claim-compare.view.js';

/**
 * Conflicting claims side by side: who says what, the figures lined up metric by
 * metric with bars scaled to each other, how far apart they are, and a one-sentence
 * summary read first by screen readers. It reports a disagreement; it never rules on it.
 *
 * Panels sit side by side when the element is at least 30rem wide, stacked below.
 *
 * @summary Conflicting claims side by side.
 * @tag claim-compare
 *
 * @csspart heading - The topic.
 * @csspart summary - The one-sentence summary.
 * @csspart claims - The list of claim panels.
 * @csspart claim - One claimant's panel.
 * @csspart statement - A claim's statement.
 * @csspart status - A claim's status, in words.
 * @csspart figures - The figures, one table per metric.
 * @csspart bar - A figure's bar (decoration; the number carries the meaning).
 * @csspart value - A figure as text.
 * @csspart note - The editor's note.
 * @csspart sources - The sources list.
 * @csspart updates - The updates log.
 * @cssprop --claimkit-color-bar - Bar colour.
 * @cssprop --claimkit-color-track - The bar's track.
 */
export class ClaimCompareElement extends FactsElement<typeof claimCompareShape> {
  static override styles = [baseStyles, claimCompareStyles];
  static override shape = claimCompareShape;
  /** @internal */
  static override jsonLd = () => import('./claim-compare.jsonld.js').then((m) => m.claimCompareLd);

  /** Registers the element as `tag` (warns, never throws, if the tag is taken). */
  static define(tag = 'claim-compare', registry?: CustomElementRegistry) {
    defineElement(tag, this, registry);
  }

  private view?: ClaimCompareView;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.facts) this.view = claimCompareView(this.facts, this.locale);
  }

  protected override renderFacts(data: ClaimCompareData) {
    const lang = this.locale;
    const level = this.headingLevel;
    const view = this.view!;
    return html`
      <div class="head">
        ${heading(level, data.topic)}
        ${data.question ? html`<p class="question">${data.question}</p>` : nothing}
        ${data.asOf ? html`<p class="meta">${asOf(data.asOf, lang)}</p>` : nothing}
      </div>
      <p class="summary" part="summary">${view.summary}</p>
      <ul class="claims list" part="claims">
        ${data.claims.map(
          (claim) => html`<li class="claim" part="claim">
            <p class="who">${who(claim.claimant)}</p>
            <p class="statement" part="statement">${claim.quote ? html`<q>${claim.statement}</q>` : claim.statement}</p>
            ${
              claim.date || claim.source
                ? html`<p class="meta">${claim.date ? time(claim.date, lang) : nothing}${claim.date && claim.source ? ' · ' : nothing}${claim.source ? sourceText(claim.source, lang) : nothing}</p>`
                : nothing
            }
            ${claim.status ? statusLabel(claim.status, lang) : nothing}
          </li>`,
        )}
      </ul>
      ${
        view.rows.length
          ? html`<div class="figures" part="figures">
            ${view.rows.map(
              (row) => html`<table class="metric">
                <caption>
                  ${row.unit ? `${row.metric} (${row.unit})` : row.metric}${
                    row.gap ? html`<span class="gap meta"><span class="visually-hidden">. </span>${row.gap}</span>` : nothing
                  }
                </caption>
                <tbody>
                  ${row.cells.map(
                    (cell) => html`<tr>
                      <th scope="row">${cell.claim.claimant.name}</th>
                      <td>
                        <span class=${cell.figure ? 'value' : 'value none'} part="value">${cell.text}</span>
                        ${
                          cell.figure
                            ? html`<span class="track" aria-hidden="true"
                              ><span class="bar" part="bar" style=${`--_from:${cell.from}%;--_to:${cell.to}%`}></span
                            ></span>`
                            : nothing
                        }
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>`,
            )}
          </div>`
          : nothing
      }
      ${
        data.note || data.sources?.length || data.updates?.length
          ? html`<div class="extra">
            ${data.note ? html`<p class="note" part="note">${data.note}</p>` : nothing}
            ${sourcesBlock(data.sources, lang, level)} ${updatesBlock(data.updates, lang, level)}
          </div>`
          : nothing
      }
    `;
  }

  /** One schema.org `Claim` per claim; no `ClaimReview`, because this element rules on nothing. */
}

const asOf = (date: string, lang: string) => {
  const [before, after = ''] = t(lang, 'asOf').split('{date}');
  return html`${before}${time(date, lang)}${after}`;
};

declare global {
  interface HTMLElementTagNameMap {
    'claim-compare': ClaimCompareElement;
  }
}
