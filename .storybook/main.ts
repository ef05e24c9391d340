// Storybook for claimkit: `npm run storybook` (dev, port 6006) / `npm run build-storybook`.
// Both npm scripts first regenerate dist/custom-elements.json (pre-scripts), which
// preview.ts imports for the autodocs argTypes.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Every lit entry point that src/, stories/ or .storybook/ import. Pre-bundling them all in
// one optimizeDeps pass keeps a single copy of lit-html in dev mode; a subpath discovered
// later gets its own copy and Lit warns "Multiple versions of Lit loaded". Add new
// `lit/directives/*` imports here.
const litEntryPoints = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/async-directive.js',
  'lit/static-html.js',
  'lit/directives/class-map.js',
  'lit/directives/style-map.js',
  'lit/directives/if-defined.js',
  'lit/directives/repeat.js',
  'lit/directives/map.js',
  'lit/directives/when.js',
  'lit/directives/choose.js',
  'lit/directives/keyed.js',
  'lit/directives/ref.js',
  'lit/directives/live.js',
  'lit/directives/guard.js',
  'lit/directives/until.js',
  'lit/directives/unsafe-html.js',
];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The seed story's news page (stories/seed-story.stories.ts) at the same paths as in the
  // repository, so examples/seed-article.html finds ../dist/cdn/claimkit.js and its JSON unchanged.
  // dist/cdn/ comes from `npm run build` (`npm start` runs it first).
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../dist/cdn', to: '/dist/cdn' },
  ],
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      optimizeDeps: { include: litEntryPoints },
      // Decorators. Vite 8 compiles TypeScript with Oxc (dev and build). Oxc reads
      // tsconfig.json only for the files that tsconfig's `include` covers (src/**/*.ts minus
      // tests, fixtures and test-support); every other .ts file (stories/, src/**/*.fixtures.ts,
      // .storybook/) would keep raw TC39 `@decorators` and `define` class fields — the build
      // "succeeds" and the browser throws a SyntaxError. So state the tsconfig's
      // `experimentalDecorators: true` + `useDefineForClassFields: false` explicitly, for
      // every .ts file. Output is identical to what Oxc emits from tsconfig.json for src/.
      // Keep in sync with tsconfig.json if the project ever moves to standard decorators.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
