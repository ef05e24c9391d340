import { css } from 'lit';

export const tripItineraryStyles = css`
  .root {
    --_route: var(--claimkit-color-route, light-dark(#b3261e, #ff8a80));
    --_on-route: light-dark(#ffffff, #16181b);
    --_land: var(--claimkit-color-land, light-dark(#e7e3d9, #3a3f47));
    --_coast: var(--claimkit-color-coast, light-dark(#a39d90, #6f7580));
    --_water: var(--claimkit-color-water, light-dark(#dce8f0, #1d2a34));
    display: grid;
    gap: var(--_space);
  }
  .head {
    display: grid;
    gap: 0.25em;
  }
  .body {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .map {
    position: relative;
    order: -1;
    aspect-ratio: 4 / 3;
    max-inline-size: 36em;
    background: var(--_water);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
  }
  @container (min-width: 36em) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .map {
      order: 0;
    }
  }
  .stop {
    position: relative;
    display: grid;
    grid-template-columns: 1.6em minmax(0, 1fr);
    column-gap: 0.6em;
    padding-block-end: 0.8em;
  }
  .stop:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 1.6em 0;
    inset-inline-start: calc(0.8em - 1px);
    border-inline-start: 2px solid var(--_route);
  }
  .n {
    display: grid;
    place-items: center;
    block-size: 1.6em;
    border-radius: 50%;
    background: var(--_route);
    color: var(--_on-route);
    font-weight: 700;
    font-size: max(var(--_floor), 0.95em);
    font-variant-numeric: tabular-nums;
  }
  .stop > div {
    display: grid;
    gap: 0.15em;
    padding-block-start: 0.15em;
  }
  .place {
    font-weight: 700;
  }
  .country {
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .n {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .stop::before {
      border-color: CanvasText;
    }
    .map {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
