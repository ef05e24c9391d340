import { css } from 'lit';

/** An event's look (`eventBody`), shared by `<event-card>` and `<event-timeline>`. */
export const eventStyles = css`
  .root,
  .event {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .facts {
    display: grid;
    gap: 0.15em 1em;
  }
  .facts dt {
    font-size: max(var(--_floor), 0.8em);
    font-weight: 600;
    color: var(--_muted);
  }
  .facts dd + dt {
    margin-block-start: 0.35em;
  }
  @container (min-width: 30em) {
    .facts {
      grid-template-columns: max-content 1fr;
    }
    .facts dt {
      font-size: max(var(--_floor), 0.875em);
      line-height: 1.65;
    }
    .facts dd + dt {
      margin: 0;
    }
  }
  .summary {
    max-inline-size: 65ch;
  }
  .extra .heading {
    font-size: 1em;
  }
  button {
    justify-self: start;
    font: inherit;
    font-size: max(var(--_floor), 0.875em);
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.25em 0.9em;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
`;
