import { html, nothing } from 'lit';
import { FactsElement } from '../../core/facts-element.js';
import {
  heading,
  metaLine,
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
import { type ClaimCompareData, claimCompareShape } from './claim-compare.shape.js';
import { claimCompareStyles } from './claim-compare.styles.js';
import { type ClaimCompareView, claimCompareView } from './claim-compare.view.js';

/** A metric as a table's caption: its first letter a capital in the reader's language, written so (not drawn so) that it is read the same. */
const capitalised = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/**
 * Conflicting claims side by side: who says what, the figures lined up metric by
 * metric with bars scaled to each other, how far apart they are, and a one-sentence
 * summary read first by screen readers (the element is a group named by its topic and
 * described by the summary). It reports a disagreement; it never rules on it.
 *
 * Panels sit side by side when the element is at least 30em wide, stacked below.
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
 * @csspart mark - "(rated false)", "(rated misleading)": a figure's claim's verdict, beside the figure.
 * @csspart value - A figure as text.
 * @csspart note - The editor's note.
 * @csspart sources - The sources list.
 * @csspart updates - The updates log.
 * @cssprop --claimkit-color-bar - Bar colour.
 * @cssprop --claimkit-color-track - The bar's track.
 */
export class ClaimCompareElement extends FactsElement<typeof claimCompareShape, ClaimCompareView> {
  static override tag = 'claim-compare';
  static override styles = [panelStyles, claimCompareStyles];
  static override shape = claimCompareShape;
  /** @internal A group named by its topic and described by its summary: read first after the name. */
  static override group = { label: 'topic', description: 'summary' };
  /** @internal */
  static override jsonLd = () => import('./claim-compare.jsonld.js');

  protected override derive(data: ClaimCompareData, lang: string) {
    return claimCompareView(data, lang);
  }

  protected override renderFacts({ data, summary, rows, notes }: ClaimCompareView) {
    const lang = this.locale;
    return html`
      <div class="head">
        ${heading(this.headingLevel, data.topic, 'heading', 'topic')}
        ${data.question ? html`<p class="question" dir="auto">${data.question}</p>` : nothing}
        ${data.asOf ? html`<p class="meta">${phrase(lang, 'asOf', { date: time(data.asOf, lang) })}</p>` : nothing}
      </div>
      <p class="summary" part="summary" id="summary">${summary}</p>
      <ul class="claims list" part="claims">
        ${data.claims.map(
          (claim) => html`<li class="claim" part="claim">
            <p class="who">${who(claim.claimant)}</p>
            ${statement(claim)}
            ${metaLine(claim.date && time(claim.date, lang), claim.source && sourceText(claim.source, lang))}
            ${claim.status ? statusLabel(claim.status, lang) : nothing}
          </li>`,
        )}
      </ul>
      ${
        rows.length
          ? html`<div class="figures" part="figures">
            ${rows.map(
              (row) => html`<table class="metric">
                <caption>
                  <bdi>${capitalised(row.unit && row.kind === 'unit' ? `${row.metric} (${row.unit})` : row.metric, lang)}</bdi>${
                    row.gap ? html`<span class="gap meta"><span class="visually-hidden">. </span>${row.gap}</span>` : nothing
                  }
                </caption>
                <tbody>
                  ${row.cells.map(
                    (cell) => html`<tr class=${cell.mark ? 'rated' : ''}>
                      <th scope="row"><bdi>${cell.claim.claimant.name}</bdi></th>
                      <td>
                        <span class=${cell.figure ? 'value' : 'value none'} part="value"
                          >${cell.full ? html`<data value=${cell.full} title=${cell.full}>${cell.text}</data>` : cell.text}</span
                        >${cell.mark ? html` <span class="mark" part="mark">(${cell.mark})</span>` : nothing}
                        ${
                          cell.figure
                            ? html`<span class="track" aria-hidden="true"
                              >${row.zero === undefined ? nothing : html`<span class="zero" style=${styleAttribute(`--_at:${row.zero}%`)} .style=${styleProperty(`--_at:${row.zero}%`)}></span>`}<span
                                class=${cell.open ? `bar open-${cell.open}` : 'bar'}
                                part="bar"
                                style=${styleAttribute(`--_from:${cell.from}%;--_to:${cell.to}%`)}
                                .style=${styleProperty(`--_from:${cell.from}%;--_to:${cell.to}%`)}
                              ></span
                            ></span>`
                            : nothing
                        }
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>`,
            )}
            ${notes.map((note) => html`<p class="meta units-note">${note}</p>`)}
          </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-compare': ClaimCompareElement;
  }
}
