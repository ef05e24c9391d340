import { css } from 'lit';

/**
 * The timeline's rail and columns. Nothing here is told by colour alone: in forced-colors mode
 * the rail, focus ring and buttons take system colours by themselves; nothing moves, so reduced
 * motion needs nothing beyond the base styles.
 */
export const eventTimelineStyles = css`
  .root {
    gap: var(--_space);
  }
  .days,
  .day ol {
    display: grid;
    gap: var(--_space);
  }
  .day {
    display: grid;
    gap: 0.5em;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_border);
  }
  .day > .heading {
    font-size: 1em;
  }
  .count {
    display: block;
    font-size: max(var(--_floor), 0.875em);
    font-weight: 400;
    color: var(--_muted);
  }
  .event {
    container-type: inline-size;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .event .heading {
    font-size: 1.05em;
  }
  .event:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
  }
  @container (min-width: 40em) {
    .day {
      grid-template-columns: 10em 1fr;
      column-gap: var(--_space);
    }
  }
`;
