import { css } from 'lit';

export const articleFactsStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .head {
    display: grid;
    gap: 0.25em;
  }
  .heading {
    font-size: 1.4em;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  section > .heading {
    font-size: 1.15em;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_border);
  }
`;
