import { css } from 'lit';

export const factCheckStyles = css`
  .root {
    --_bar: var(--claimkit-color-bar, light-dark(#3d5f94, #86a9e0));
    --_track: var(--claimkit-color-track, light-dark(#e6e6e1, #31353b));
    display: grid;
    gap: var(--_space);
  }
  .verdict,
  .claim,
  .scale {
    display: grid;
    gap: 0.4em;
  }
  .verdict .heading {
    font-size: 1.5em;
  }
  .kicker {
    display: block;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .scale {
    gap: 0.25em;
    max-inline-size: 20rem;
  }
  .track {
    display: block;
    block-size: 0.6em;
    background: var(--_track);
    border-radius: 999px;
  }
  .fill {
    display: block;
    block-size: 100%;
    min-inline-size: 0.6em;
    background: var(--_bar);
    border-radius: 999px;
  }
  .claim {
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_bar);
  }
  .statement {
    font-size: 1.1em;
  }
  @media (forced-colors: active) {
    .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .track {
      forced-color-adjust: none;
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    .claim {
      border: 1px solid CanvasText;
    }
  }
`;
