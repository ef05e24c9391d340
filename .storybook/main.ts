// Storybook for Claimkit: `npm start` (build, then the dev server on :6006) and
// `npm run build-storybook` (storybook-static/). Both regenerate dist/custom-elements.json
// first (pre-scripts): preview.ts reads the element reference from it.
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the guides: their tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A catalogue for newsrooms, not a Storybook tutorial: no onboarding checklist.
  // Nor Storybook's own development aids that mean nothing to a reader of the catalogue.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false, changeDetection: false },
  // The seed story's news page (stories/seed-story.stories.ts), with the CDN build beside it as in
  // the repository, so examples/seed-article.html finds ../dist/cdn/claimkit.js unchanged. Under
  // /demo/ and not at /examples/: there the static folder would answer the stories' own
  // `import … from '…/examples/seed-article.json'` with the raw JSON, and the dev server would
  // fail every story that imports it. dist/cdn/ comes from `npm run build` (`npm start` runs it).
  staticDirs: [
    { from: '../examples', to: '/demo/examples' },
    { from: '../dist/cdn', to: '/demo/dist/cdn' },
  ],
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Every Lit entry point that src/, stories/, .storybook/ and Storybook's web-components
      // renderer import, pre-bundled in one pass at start-up: one copy of lit-html in the dev
      // server (an entry found later gets its own copy, Lit warns "Multiple versions of Lit
      // loaded", and the page reloads while a reader looks at it). Add any new lit/… import here.
      optimizeDeps: { include: ['lit', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/directives/keyed.js'] },
      // Lit's reactive properties are class fields here (`theme = 'auto'`), which must compile
      // as assignments in the constructor, as tsconfig.json's `useDefineForClassFields: false`
      // has them: a field defined on the instance would hide Lit's accessor. Vite's Oxc applies
      // tsconfig.json only to the files it includes (src/, not stories/), so say it for all.
      oxc: {
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
