import { adoptStyles, html, nothing } from 'lit';
import { FactsElement } from '../../core/facts-element.js';
import { t } from '../../core/messages.js';
import { actorList, heading, phrase, time, timeRange, who } from '../../core/parts.js';
import { type TripItineraryData, tripItineraryShape } from './trip-itinerary.shape.js';
import { tripItineraryStyles } from './trip-itinerary.styles.js';
import { type TripView, tripView } from './trip-itinerary.view.js';
import type * as TripMap from './trip-map.js';

/** The map module, once its chunk has arrived; `null` when it could not be loaded. */
let map: typeof TripMap | null | undefined;
let mapChunk: Promise<unknown> | undefined;

/**
 * A journey of several stops: the traveller, the purpose and the dates, then the stops as
 * an ordered list with their dates, whom the traveller met and why.
 *
 * When stops carry `lat` and `lon`, a small locator map shows the region with the stops
 * numbered and joined in order. Its code and world outline are a separate chunk, fetched
 * only then; the list renders at once and the map's box is reserved (4:3) until the chunk
 * arrives. The map is hidden from assistive technology (`aria-hidden`): the list says it all.
 * Map and list sit side by side when the element is at least 36em wide, the map on top below.
 *
 * With `structured-data`: a schema.org `Trip` (`name`, `description`, `departureTime` =
 * `start`, `arrivalTime` = `end`, `itinerary` = an ordered `ItemList` of `Place`s with
 * country and `geo`). schema.org's `Trip` has no property for the traveller (`provider` is
 * the operator of a service, not the person travelling) nor for meetings, so they are left out.
 *
 * @summary A journey of several stops, with a locator map.
 * @tag trip-itinerary
 *
 * @csspart heading - The title (else "Trip by …").
 * @csspart traveller - The traveller, with role.
 * @csspart purpose - The trip's purpose.
 * @csspart stops - The ordered list of stops.
 * @csspart stop - One stop.
 * @csspart map - The map's box (decoration; the list carries the meaning).
 * @csspart updates - The updates log.
 * @cssprop --claimkit-color-route - The route, the stop numbers and the map's markers.
 * @cssprop --claimkit-color-land - Land on the map.
 * @cssprop --claimkit-color-coast - Coastlines and borders on the map.
 * @cssprop --claimkit-color-water - Water on the map (and its box while it loads).
 */
export class TripItineraryElement extends FactsElement<typeof tripItineraryShape, TripView> {
  static override tag = 'trip-itinerary';
  static override styles = tripItineraryStyles;
  static override shape = tripItineraryShape;
  /** @internal */
  static override jsonLd = () => import('./trip-itinerary.jsonld.js');

  protected override derive(data: TripItineraryData, lang: string) {
    return tripView(data, lang);
  }

  protected override renderFacts({ data, stops, mapped }: TripView) {
    const lang = this.locale;
    return html`
      <div class="head">
        ${heading(this.headingLevel, data.title ?? t(lang, 'tripBy', { name: data.traveller.name }))}
        <p class="who" part="traveller">${who(data.traveller)}</p>
        ${dates(data.start, data.end, lang)}
        ${data.purpose ? html`<p part="purpose" dir="auto">${data.purpose}</p>` : nothing}
      </div>
      <div class="body">
        <ol class="list" part="stops" role="list" aria-label=${t(lang, 'stops')}>
          ${stops.map(
            ({ stop, n, country }) => html`<li class="stop" part="stop">
              <span class="n" aria-hidden="true">${n}</span>
              <div>
                <p class="place"><bdi>${stop.place.name}</bdi>${country ? html`<span class="country">${t(lang, 'inCountry', { country })}</span>` : nothing}</p>
                ${dates(stop.date, stop.end, lang)} ${stop.purpose ? html`<p dir="auto">${stop.purpose}</p>` : nothing}
                ${stop.meetings?.length ? html`<p>${phrase(lang, 'meetings', { who: actorList(stop.meetings, lang) })}</p>` : nothing}
              </div>
            </li>`,
          )}
        </ol>
        ${
          mapped.length && map !== null
            ? html`<div class="map" part="map" aria-hidden="true">${map ? map.tripMap(mapped) : nothing}</div>`
            : nothing
        }
      </div>
    `;
  }

  /** Whether the map's looks are adopted. */
  #mapStyled = false;

  /**
   * The map's chunk, fetched the first time a trip with coordinates is on the page (its box is
   * reserved meanwhile); once it is here, its style sheet joins the element's.
   */
  protected override updated() {
    if (!this.renderRoot.querySelector('.map')) return;
    if (map === undefined) {
      mapChunk ??= import('./trip-map.js').then(
        (module) => (map = module),
        () => (map = null),
      );
      mapChunk.then(() => this.requestUpdate());
    } else if (map && !this.#mapStyled) {
      this.#mapStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...TripItineraryElement.elementStyles, map.mapStyles]);
    }
  }
}

/** A date or range as a muted line; "Until …" with only an end; nothing without either. */
const dates = (start: string | undefined, end: string | undefined, lang: string) =>
  start || end
    ? html`<p class="meta">${start ? timeRange(start, end, lang) : phrase(lang, 'until', { date: time(end!, lang) })}</p>`
    : nothing;

declare global {
  interface HTMLElementTagNameMap {
    'trip-itinerary': TripItineraryElement;
  }
}
