import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import '../demo/fonts.js';
import { startMockApi } from '../mocks/browser.js';
import manifest from '../custom-elements.json';
import { defineTravelPayStatus } from '../src/index.js';

// Autodocs and controls read the element's API from the manifest its JSDoc compiles to.
setCustomElementsManifest(manifest);

// Called, not imported for its side effect: package.json's `sideEffects` names only the
// built define.js, so a production build would drop a bare `import '../src/define.js'`.
defineTravelPayStatus();

// Play functions wait for what a Veteran would see (`waitFor`, `findBy…`): up to 5 s
// rather than Testing Library's 1 s, which a loaded machine can spend before one render.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  // One MSW worker for the preview; each story brings its handlers in `parameters.msw`.
  loaders: [mswLoader(() => startMockApi([]))],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // On a docs page each story gets its own iframe, so each keeps its own mocked API
    // (inline, they would share one MSW worker and all show the last story's answers).
    docs: { story: { inline: false, iframeHeight: '640px' } },
    // Axe runs on every story, in Storybook and as part of `npm run test:stories`:
    // a violation fails the story.
    a11y: { test: 'error' },
  },
};

export default preview;
