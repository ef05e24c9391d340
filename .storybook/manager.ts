// The catalogue's own look: Claimkit's name and colours in Storybook's frame.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Claimkit',
    colorPrimary: '#3d5f94',
    colorSecondary: '#0b57d0',
    appBg: '#f6f5f1',
    appContentBg: '#ffffff',
    appPreviewBg: '#ffffff',
    appBorderColor: '#cfcfca',
    appBorderRadius: 6,
    textColor: '#1c1c1c',
    textMutedColor: '#5a5a5a',
    barBg: '#ffffff',
    barSelectedColor: '#0b57d0',
    fontBase: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
    fontCode: "ui-monospace, 'DejaVu Sans Mono', monospace",
  }),
});
