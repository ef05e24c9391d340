import { css } from 'lit';

export const quoteCardStyles = css`
  .root {
    --_bar: var(--claimkit-color-bar, light-dark(#3d5f94, #86a9e0));
  }
  .quote {
    display: grid;
    gap: 0.75em;
  }
  .caption {
    display: grid;
    gap: 0.25em;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_bar);
    font-size: 1.15em;
    line-height: 1.4;
    white-space: pre-line;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  .language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  button {
    font: inherit;
    font-size: max(var(--_floor), 0.875em);
    min-block-size: 1.75em;
    padding: 0.1em 0.8em;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: 999px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    color: var(--_bg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  cite {
    font-style: normal;
  }
  .context {
    font-size: max(var(--_floor), 0.875em);
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
