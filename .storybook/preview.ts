// The catalogue's preview: every story sits on a page that looks like a news page, with the
// toolbar's language, direction, theme and width on it as a host page would have them.
//
// Toolbar globals (URL form: `&globals=theme:dark;lang:ar;dir:auto;width:320`):
//   theme  light | dark | auto        lang  en | uk | ru | de | ar
//   dir    auto (ar → rtl, else ltr) | ltr | rtl
//   width  column (40rem, an article's) | 320 | 480 | 768 | 1024 | full
//
// How they reach a story (the `newsPage` decorator below):
//   <div class="ck-page" lang=… dir=… data-theme=… style="color-scheme:…">   ← the page
//     <div class="ck-column" style="max-width:…">                             ← the article's column
//       …the story…
// - lang / dir are inherited the way a host page's are (an element without `lang` uses its
//   nearest ancestor's), so stories set `lang` only where that is the point.
// - width is the column's max-width: the elements lay themselves out by their own width
//   (container queries), not the viewport's.
// - theme: the page gets `color-scheme` (light | dark | "light dark" for auto) and the system
//   colours Canvas/CanvasText, so `theme="auto"` elements follow it; the decorator also sets the
//   `theme` attribute on every custom element in the story, in the same render pass, unless the
//   story's `theme` arg is set; a story that sets `theme` otherwise opts out with
//   `parameters: { claimkit: { theme: false } }`; a tool
//   or a page of its own takes the whole width with `parameters: { claimkit: { fullWidth: true } }`.
// - Changing lang, dir or theme re-creates the story's elements (Lit `keyed`), as a page would
//   have them before the elements connect; changing args updates in place.
// The page's look (fonts, column, colours) is in preview-head.html, shared with the docs pages.

import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type ChildPart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { declarationOf, elementArgTypes } from './element-docs.js';

type Theme = 'light' | 'dark' | 'auto';
const RTL_LANGS = new Set(['ar']);
const WIDTHS = ['320', '480', '768', '1024'];

/** After the story part has rendered, sets `theme` on the custom elements in its light DOM. */
class ApplyTheme extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('applyTheme must be used in child position');
  }
  render(_theme: Theme | null) {
    return nothing;
  }
  override update(part: ChildPart, [theme]: [Theme | null]) {
    const frame = part.parentNode as Element;
    if (theme)
      for (const el of frame.querySelectorAll('*'))
        if (el.localName.includes('-') && el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
    return nothing;
  }
}
const applyTheme = directive(ApplyTheme);

const newsPage: Decorator = (storyFn, context) => {
  const theme = (context.globals.theme ?? 'auto') as Theme;
  const lang = String(context.globals.lang ?? 'en');
  const dirGlobal = String(context.globals.dir ?? 'auto');
  const dir = dirGlobal === 'ltr' || dirGlobal === 'rtl' ? dirGlobal : RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
  // A tool or a page of its own (the embed builder, the seed page) takes the whole canvas.
  const width = context.parameters.claimkit?.fullWidth ? 'full' : String(context.globals.width ?? 'column');
  const maxWidth = WIDTHS.includes(width) ? `${width}px` : width === 'full' ? 'none' : '40rem';
  // A theme the story's own args set (the Controls panel's `theme`) wins over the toolbar's.
  const setTheme = context.parameters.claimkit?.theme === false || context.args.theme ? null : theme;
  return html`<div
    class=${context.viewMode === 'story' ? 'ck-page ck-story' : 'ck-page'}
    lang=${lang}
    dir=${dir}
    data-theme=${theme}
    style="color-scheme:${theme === 'auto' ? 'light dark' : theme}"
  >
    <div class="ck-column" style="max-width:${maxWidth}">${keyed(`${lang}|${dir}|${theme}`, storyFn())}${applyTheme(setTheme)}</div>
  </div>`;
};

const preview: Preview = {
  decorators: [newsPage],
  globalTypes: {
    theme: {
      description: 'Colour theme (sets color-scheme on the page and theme="…" on the elements)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'Auto (follow the page)' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'The page’s language (lang on the page; the elements inherit it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'uk', right: 'uk', title: 'Українська' },
          { value: 'ru', right: 'ru', title: 'Русский' },
          { value: 'pl', right: 'pl', title: 'Polski' },
          { value: 'de', right: 'de', title: 'Deutsch' },
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'ar', right: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction (dir on the page)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the language (ar → rtl)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'The width of the column the elements sit in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: [
          { value: 'column', title: 'Article column (40rem)' },
          ...WIDTHS.map((w) => ({ value: w, title: `${w} px` })),
          { value: 'full', title: 'Full width' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'en', dir: 'auto', width: 'column' },
  parameters: {
    // The decorator paints the page; the theme global replaces the backgrounds tool.
    layout: 'fullscreen',
    backgrounds: { disable: true },
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: {
      toc: true,
      extractArgTypes: elementArgTypes,
      extractComponentDescription: (tag: string) => declarationOf(tag)?.description,
    },
    options: {
      storySort: {
        order: ['Introduction', 'Getting started', 'Elements', 'Guides', 'Tools', 'Examples'],
      },
    },
  },
};

export default preview;
