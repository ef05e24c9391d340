import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

// examples/seed-article.html loads ../dist/cdn/claimkit.js and seed-article.json next to it;
// .storybook/main.ts serves examples/ and dist/cdn/ side by side under /demo/ (staticDirs), so the very
// same file works in Storybook and from the repository root on any static server.
const PAGE = 'demo/examples/seed-article.html';
// The same page published the recommended way: each widget rendered by claimkit/ssr (npm run publish-example).
const PUBLISHED = 'demo/examples/seed-article.published.html';

/** Grows the frame to the page's height, so every widget is in view (they load when near it) and the page scrolls with the docs. */
function fitToPage(event: Event) {
  const frame = event.target as HTMLIFrameElement;
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  const fit = () => {
    frame.style.height = `${root.scrollHeight}px`;
  };
  new ResizeObserver(fit).observe(root);
  fit();
}

const meta = {
  title: 'Examples/The seed story',
  parameters: {
    // The page brings its own colours and language; the toolbar's theme is not applied to it.
    claimkit: { theme: false, fullWidth: true },
    // The a11y panel checks the Storybook page around the frame only: its axe would wait for an
    // answer from inside the frame, where nothing loads axe. `npm run test:stories` puts axe in
    // every frame and checks the news page itself too.
    a11y: { options: { iframes: false } },
    docs: {
      description: {
        component:
          'The seed story as a news page: plain HTML with one `<script type="module">` for the CDN bundle and the ' +
          'tags where an editor would put them, each with a fallback paragraph and `src` pointing into the story’s JSON ' +
          '(`examples/seed-article.html`, `examples/seed-article.json`). No framework and no Storybook code runs inside the page.',
      },
    },
  },
  render: () => frame(PAGE),
} satisfies Meta;
export default meta;

/** The page in a frame, with a link to open it on its own. */
function frame(page: string) {
  return html`
    <p><a href=${page} target="_blank" rel="noopener">Open the seed story as a page of its own</a> (opens in a new tab)</p>
    <iframe
      src=${page}
      title="The seed story: a news page with Claimkit widgets"
      style="display:block;width:100%;max-width:60rem;height:80vh;border:1px solid GrayText;border-radius:4px;background:#fff"
      @load=${fitToPage}
    ></iframe>
  `;
}

export const NewsPage: StoryObj = { name: 'News page' };

export const PublishedNewsPage: StoryObj = {
  name: 'News page, published with claimkit/ssr',
  render: () => frame(PUBLISHED),
  parameters: {
    docs: {
      description: {
        story:
          'The same page published the recommended way (`examples/seed-article.published.html`, `npm run publish-example`): ' +
          'every widget rendered at publish time by `claimkit/ssr`, in declarative shadow DOM with its data inside the tag. ' +
          'It reads before any script runs, and the library hydrates it without drawing it again: nothing on the page moves, ' +
          'on any path a reader takes into it (`npm run cls`).',
      },
    },
  },
};
