import { css } from 'lit';

/**
 * What every element shares: the public `--claimkit-*` tokens with light and dark
 * defaults (resolved by `light-dark()` against the colour scheme the element chose),
 * private `--_*` copies, type, links, focus, headings and the shared parts' looks.
 * Contrast of every default pair is WCAG 2.2 AA (4.5:1 for text) in both schemes.
 */
export const baseStyles = css`
  /* The host is the container of the elements' container queries, not .root: Firefox ignores
     contain-intrinsic-size (.far) on a box that is also a size container. */
  :host {
    display: block;
    contain: content;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_text: var(--claimkit-color-text, light-dark(#1c1c1c, #ececec));
    --_muted: var(--claimkit-color-muted, light-dark(#5a5a5a, #b4b4b4));
    --_bg: var(--claimkit-color-background, light-dark(#ffffff, #16181b));
    --_surface: var(--claimkit-color-surface, light-dark(#f4f4f1, #23262b));
    --_border: var(--claimkit-color-border, light-dark(#cfcfca, #4a4e56));
    --_accent: var(--claimkit-color-accent, light-dark(#0b57d0, #9bbcf5));
    --_bar: var(--claimkit-color-bar, light-dark(#3d5f94, #86a9e0));
    --_track: var(--claimkit-color-track, light-dark(#e6e6e1, #31353b));
    --_radius: var(--claimkit-radius, 8px);
    --_space: var(--claimkit-space, 1em);
    /* Text is at least 16 px, and nothing in it below 14 px (--_floor), whatever the host page's
       root or body size (a 62.5 % root, a 10 px body); a newsroom that sets --claimkit-font-size
       chooses for itself, and the floor goes (the calc is 14px when the property is unset, below
       zero when it is set). Sizes are in em: the page's root size never reaches in. */
    font-size: var(--claimkit-font-size, max(1em, 16px));
    --_floor: max(0px, calc(14px - var(--claimkit-font-size, 0px) * 1000));
    font-family: var(--claimkit-font, inherit);
    line-height: 1.45;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    /* A string longer than the box (a URL, a hostile name) breaks rather than overflow it; words
       are hyphenated where the browser knows the element's language. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Names and table cells break only between words (a table column widens to its longest word),
     and names are not hyphenated: at 320 px "Verteidigungsministerium" is one word on one line,
     not "Verteidigungsmi|nisterium". */
  .name,
  .role,
  th,
  td,
  dt {
    overflow-wrap: break-word;
  }
  .name,
  th {
    hyphens: manual;
  }
  /*
   * An element more than a screen's height below the viewport when it first renders
   * (core/lazy.ts) is not laid out until it comes within a screen of the view; until then it
   * holds 20em for its content. Elements in view never get this at their first render:
   * Chromium lays out a new content-visibility box at its placeholder size first, a shift of
   * the text below it.
   */
  .far {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ol,
  ul,
  dl,
  dd,
  figure,
  blockquote {
    margin: 0;
  }
  .heading {
    font-size: 1.2em;
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .list {
    padding: 0;
    list-style: none;
  }
  .status {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: max(var(--_floor), 0.875em);
    white-space: nowrap;
  }
  .status-mark {
    margin-inline-end: 0.3em;
    font-weight: 700;
  }
  /* Each verdict family looks its own: false reversed out, misleading dashed, unverified dotted. */
  .status[data-status='false'] {
    color: var(--_bg);
    background: var(--_text);
    border-color: var(--_text);
  }
  .status[data-status='misleading'] {
    border-style: dashed;
    border-width: 2px;
  }
  .status[data-status='unverified'] {
    border-style: dotted;
  }
  .status[data-status='disputed'] {
    border-style: double;
    border-width: 3px;
  }
  .status[data-status='confirmed'] {
    border-width: 2px;
  }
  .meta {
    font-size: max(var(--_floor), 0.875em);
    color: var(--_muted);
  }
  .who .name {
    font-weight: 700;
  }
  .who .role {
    display: block;
  }
  .extra {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: max(var(--_floor), 0.875em);
    display: grid;
    gap: 0.5em;
  }
  .extra h3 {
    font-size: 1em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** A claim's panel, and a value drawn as a bar on a track: what `<claim-compare>` and `<fact-check>` share. */
export const panelStyles = css`
  .claim {
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_bar);
  }
  .track {
    display: block;
    block-size: 0.6em;
    background: var(--_track);
    border-radius: 999px;
  }
`;

/**
 * Last in every element's styles, so no element's own rule outranks them: high contrast
 * (`forced-colors`) and print.
 *
 * Forced colours: what is drawn with a background (bars, the scale's fill, the zero line, the
 * reversed "false" badge) would vanish when the browser replaces backgrounds with Canvas, so it
 * opts out (`forced-color-adjust: none`) and draws in system colours itself.
 *
 * Print: light colours whatever the theme; drawn values printed even when the reader's browser
 * leaves backgrounds out (`print-color-adjust: exact`); panels kept whole on a page; links
 * followed by where they go; no buttons (the timeline shows every event while printing).
 */
export const systemStyles = css`
  @media (forced-colors: active) {
    .root,
    .status {
      border-color: CanvasText;
    }
    .claim {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    .bar,
    .fill,
    .zero,
    .status[data-status='false'] {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .bar.open-end {
      background: linear-gradient(to var(--_end), CanvasText 60%, Canvas);
    }
    .bar.open-start {
      background: linear-gradient(to var(--_start), CanvasText 40%, Canvas);
    }
    .rated .bar {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 5px);
    }
    .track {
      forced-color-adjust: none;
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      contain: none;
    }
    /* Print lays the page out anew: a bar must not be caught growing to its new width. */
    .root * {
      transition: none !important;
    }
    .root {
      color-scheme: light !important;
    }
    .root,
    .root * {
      print-color-adjust: exact;
    }
    .claim,
    .event,
    .stop,
    .verdict,
    .metric,
    figure,
    li {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: max(var(--_floor), 0.875em);
      overflow-wrap: anywhere;
    }
    button {
      display: none !important;
    }
    .far {
      content-visibility: visible;
    }
  }
`;
