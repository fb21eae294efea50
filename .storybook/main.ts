import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every state of `<travel-pay-status>`, each rollout stage and
 * host, with the claims API and GrowthBook mocked by the same MSW handlers as the demo
 * and the tests. `npm run storybook` / `npm run build-storybook`; `npm run test:stories`
 * runs every story as a test in Chromium (play function + axe).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's worker is served at the root, so it controls the preview iframe.
  staticDirs: ['../public'],
  // The network is closed on these machines, and nobody asked to be counted.
  core: { disableTelemetry: true },
};

export default config;
