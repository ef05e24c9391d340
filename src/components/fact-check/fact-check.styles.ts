import { css } from 'lit';

export const factCheckStyles = css`
  .root {
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
  /* Small capitals drawn, not upper case written: a screen reader reads "Verdict", not V-E-R-D-I-C-T. */
  .kicker {
    display: block;
    font-size: max(var(--_floor), 0.95em);
    font-weight: 600;
    letter-spacing: 0.06em;
    font-variant-caps: all-small-caps;
    color: var(--_muted);
  }
  .heading .kicker {
    font-size: max(var(--_floor), 0.6em);
  }
  .scale {
    gap: 0.25em;
    max-inline-size: 20em;
  }
  .fill {
    display: block;
    block-size: 100%;
    min-inline-size: 0.6em;
    background: var(--_bar);
    border-radius: 999px;
  }
  .statement {
    font-size: 1.1em;
  }
  /* A line a reader can follow. */
  .explanation,
  .claim .statement {
    max-inline-size: 65ch;
  }
`;
