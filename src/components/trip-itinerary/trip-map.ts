/**
 * `<trip-itinerary>`'s locator map: the region around the stops, cut from a pre-projected
 * world outline, with the stops numbered and joined in order. This module and the outline
 * are a chunk of their own, loaded only for a trip whose stops carry coordinates.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import { BORDERS, LAND, LATITUDE_LIMIT, WORLD_WIDTH } from './world.generated.js';

/**
 * The map's looks, in this chunk with the map: the element adopts them when the chunk arrives
 * (adopted style sheets, which a strict Content-Security-Policy allows, unlike a `<style>`).
 */
export const mapStyles = css`
  .map svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .map .land {
    fill: var(--_land);
    stroke: var(--_coast);
  }
  .map .borders {
    fill: none;
    stroke: var(--_coast);
    stroke-dasharray: 3 2;
  }
  .map .land,
  .map .borders {
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  .map .route {
    fill: none;
    stroke: var(--_route);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .map .marker circle {
    fill: var(--_route);
    stroke: var(--_water);
    stroke-width: 1.5px;
  }
  .map .marker text {
    fill: var(--_on-route);
  }
  .map * {
    vector-effect: non-scaling-stroke;
  }
  @media (forced-colors: active) {
    .map svg {
      forced-color-adjust: none;
    }
    .map .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .map .borders {
      stroke: GrayText;
    }
    .map .route,
    .map .marker circle {
      stroke: Highlight;
    }
    .map .marker circle {
      fill: Highlight;
      stroke: Canvas;
    }
    .map .marker text {
      fill: HighlightText;
    }
  }
`;

/** A stop to mark: its number as the list shows it, and where it is. */
export interface MapStop {
  n: string;
  lat: number;
  lon: number;
}

/** Width over height of the map's box; `.map` in trip-itinerary.styles.ts reserves the same (4 / 3). */
export const MAP_ASPECT = 4 / 3;
/** The narrowest region shown, in map units (WORLD_WIDTH / 360 per degree): 20° of longitude. */
const MIN_SPAN = (WORLD_WIDTH / 360) * 20;

const K = WORLD_WIDTH / (2 * Math.PI);
const mercator = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-LATITUDE_LIMIT, Math.min(LATITUDE_LIMIT, lat)) * Math.PI) / 360));
const TOP = mercator(LATITUDE_LIMIT);

/** Longitude and latitude in map units: the projection scripts/build-world-map.mjs drew the outline in. */
export const project = (lon: number, lat: number): [x: number, y: number] => [(lon + 180) * (WORLD_WIDTH / 360), (TOP - mercator(lat)) * K];

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Longitudes made continuous across the antimeridian: the world is cut at the widest gap
 * between stops, so Tokyo → Honolulu → San Francisco crosses the Pacific, not the Atlantic.
 */
function unwrap(lons: number[]): number[] {
  const sorted = [...lons].sort((a, b) => a - b);
  let gap = 360 + sorted[0] - sorted[sorted.length - 1];
  let cut = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i] - sorted[i - 1] > gap) {
      gap = sorted[i] - sorted[i - 1];
      cut = sorted[i];
    }
  return lons.map((lon) => (lon < cut ? lon + 360 : lon));
}

/**
 * The map: the stops' bounding box with a margin (at least MIN_SPAN across), widened to
 * MAP_ASPECT, over land and borders (repeated east or west when the box crosses the map's
 * edge), the route as one polyline in stop order, and a numbered marker per stop.
 */
export function tripMap(stops: MapStop[]): TemplateResult {
  const lons = unwrap(stops.map((stop) => stop.lon));
  const points = stops.map((stop, i) => project(lons[i], stop.lat).map(round));
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.max(x1 - x0, MIN_SPAN) * 1.3;
  let height = Math.max(y1 - y0, MIN_SPAN / MAP_ASPECT) * 1.3;
  if (width / height > MAP_ASPECT) height = width / MAP_ASPECT;
  else width = height * MAP_ASPECT;
  const left = (x0 + x1 - width) / 2;
  const top = (y0 + y1 - height) / 2;
  const r = width / 40;
  const copies = [-1, 0, 1, 2].map((i) => i * WORLD_WIDTH).filter((dx) => left < dx + WORLD_WIDTH && left + width > dx);
  return html`
    <svg viewBox="${round(left)} ${round(top)} ${round(width)} ${round(height)}" focusable="false">
      ${copies.map(
        (dx) => svg`<g transform="translate(${dx} 0)"><path class="land" d=${LAND}></path><path class="borders" d=${BORDERS}></path></g>`,
      )}
      <polyline class="route" points=${points.map((point) => point.join(',')).join(' ')}></polyline>
      <g font-size=${round(r * 1.2)} font-weight="700" text-anchor="middle">
        ${points.map(
          ([x, y], i) =>
            svg`<g class="marker"><circle cx=${x} cy=${y} r=${round(r)}></circle><text x=${x} y=${y} dy="0.36em">${stops[i].n}</text></g>`,
        )}
      </g>
    </svg>`;
}
