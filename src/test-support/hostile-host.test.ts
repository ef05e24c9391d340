/**
 * A hostile host page: the styles newsroom sites really ship (a 62.5 % root font size, a
 * content-box reset with no margins, a 30 px body font with a 0.8 line height in grey, yellow
 * links, `[hidden]` forced visible). Every element with the seed story stays legible: no text
 * below 14 px (unless the newsroom sets `--claimkit-font-size`), no text over other text
 * (checked from layout), contrast that passes axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/index.js';
import { widgets as everyWidget } from './element-tests.js';
import { seedWidgets } from './seed.js';

const HOSTILE = `
  html { font-size: 62.5% }
  * { box-sizing: content-box; margin: 0 }
  body { font: 30px/0.8 serif; color: #999 }
  a { color: yellow }
  [hidden] { display: block !important }
`;

const WIDGETS = seedWidgets;

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

const widgets = (root: ParentNode) => everyWidget<Widget>(root);

/** The text a reader sees in `widget`'s own shadow root: each run with its element and boxes (hidden and aria-hidden parts left out). */
function runs(widget: Widget) {
  const found: { text: string; element: Element; rects: DOMRect[] }[] = [];
  const walker = document.createTreeWalker(widget.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element) {
        const hidden = node.matches('style, [aria-hidden="true"], .visually-hidden') || !node.checkVisibility();
        return hidden || node.localName.includes('-') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return /\S/.test(node.textContent!) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    found.push({ text: node.textContent!.trim(), element: node.parentElement!, rects });
  }
  return found;
}

/**
 * Two runs' boxes overlap so that the text would: a run's box is its font's content area, taller
 * than its letters, so boxes of lines set close may touch by a few pixels without the letters
 * meeting; a third of the shorter box is ink on ink.
 */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 3;

const PAGES: [name: string, css: string][] = [
  ['a plain page', ''],
  ['a hostile host page', HOSTILE],
  // A site that sets 62.5 % on the root and its own sizes on its own classes only: the body is 10 px.
  ['a page whose text is 10 px', 'html { font-size: 62.5% }'],
];

for (const [name, css] of PAGES)
  describe(name, () => {
    let sheet: HTMLStyleElement;
    before(() => {
      sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
    });
    after(() => sheet.remove());

    async function page() {
      const holder = await fixture<HTMLElement>(html`<main style="inline-size: 760px"></main>`);
      for (const [tag, data] of WIDGETS) {
        const el = Object.assign(document.createElement(tag), { data }) as Widget;
        holder.append(el);
      }
      // The seven, then the sections <article-facts> draws, each rendered (its shadow root is made at its first render).
      for (let all = widgets(holder); ; all = widgets(holder)) {
        await Promise.all(all.map((el) => el.updateComplete));
        if (widgets(holder).length === all.length && all.every((el) => el.shadowRoot?.querySelector('.root'))) break;
      }
      expect(widgets(holder).length, 'the seven and the sections of <article-facts>').to.be.greaterThan(WIDGETS.length + 5);
      // Each brought into view and laid out: a widget far below the view skips its layout until
      // the reader nears it (content-visibility: core/controllers/visibility.ts), and the boxes of
      // skipped content mean nothing.
      for (const el of holder.children as HTMLCollectionOf<Widget>) {
        el.scrollIntoView();
        await waitUntil(() => !el.shadowRoot.querySelector('.root.far'), `<${el.localName}> was not laid out in view`);
      }
      return holder;
    }

    it('keeps every text at 14 px or more', async () => {
      const holder = await page();
      const small = widgets(holder).flatMap((el) =>
        runs(el)
          .map(({ text, element }) => [el.localName, text, Number.parseFloat(getComputedStyle(element).fontSize)] as const)
          .filter(([, , size]) => size < 14),
      );
      expect(small).to.deep.equal([]);
    });

    it('sets no text over other text', async () => {
      const holder = await page();
      const clashes: string[] = [];
      for (const el of widgets(holder)) {
        const all = runs(el);
        all.forEach((a, i) => {
          for (const b of all.slice(i + 1))
            if (a.rects.some((ra) => b.rects.some((rb) => overlap(ra, rb)))) clashes.push(`${el.localName}: "${a.text}" over "${b.text}"`);
        });
      }
      expect(clashes).to.deep.equal([]);
    });

    it('passes axe, contrast included', async () => {
      const holder = await page();
      await expect(holder).to.be.accessible();
    });

    it('lets the newsroom choose a smaller size with --claimkit-font-size', async () => {
      const holder = await page();
      holder.style.setProperty('--claimkit-font-size', '12px');
      const [compare] = widgets(holder);
      await compare.updateComplete;
      expect(getComputedStyle(compare.shadowRoot.querySelector('.root')!).fontSize).to.equal('12px');
    });
  });
