import { css } from 'lit';

export const claimCompareStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
  }
  .head {
    display: grid;
    gap: 0.25em;
  }
  .question {
    font-style: italic;
  }
  .summary {
    font-weight: 600;
  }
  .claims {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: 1fr;
  }
  @container (min-width: 30em) {
    .claims {
      grid-template-columns: repeat(auto-fit, minmax(13em, 1fr));
    }
  }
  .claim {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    align-items: start;
  }
  .figures {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .metric {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .metric caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  .metric caption .gap {
    font-weight: 400;
    margin-inline-start: 0.5em;
  }
  .metric th,
  .metric td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0;
    border-block-start: 1px solid var(--_border);
  }
  .metric th {
    font-weight: 400;
    padding-inline-end: 0.75em;
    inline-size: 40%;
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .value.none {
    font-weight: 400;
    font-style: italic;
    color: var(--_muted);
  }
  .track {
    position: relative;
    margin-block-start: 0.25em;
  }
  .bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_from);
    inline-size: calc(var(--_to) - var(--_from));
    min-inline-size: 2px;
    background: var(--_bar);
    border-radius: 999px;
    transition: inline-size 0.3s ease-out;
  }
  /* A floor ("at least") runs on past the bar's end; a ceiling ("at most") may start anywhere
     below its end: the open side fades out, so no bar reads as an exact number. */
  .bar.open-end {
    background: linear-gradient(to var(--_end), var(--_bar) 60%, transparent);
  }
  .bar.open-start {
    background: linear-gradient(to var(--_start), var(--_bar) 40%, transparent);
  }
  /* Beyond the scale (a figure rated false does not set it): cut off, with a notch at the end. */
  .bar.open-beyond {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    border-inline-end: 3px double var(--_bg);
  }
  .root {
    --_end: right;
    --_start: left;
  }
  .root:dir(rtl) {
    --_end: left;
    --_start: right;
  }
  /* A figure from a claim rated false or misleading: hatched, and marked in words beside it. */
  .rated .bar {
    background-image: repeating-linear-gradient(135deg, transparent 0 3px, var(--_bg) 3px 5px);
    background-color: var(--_bar);
  }
  .mark {
    font-size: max(var(--_floor), 0.875em);
    font-weight: 600;
  }
  /* Where 0 is, when the scale runs below it. */
  .zero {
    position: absolute;
    inset-block: -0.2em;
    inset-inline-start: var(--_at);
    inline-size: 2px;
    background: var(--_text);
  }
  .units-note {
    margin-block-start: -0.25em;
  }
`;
