import { defineConfig } from 'vite';

/**
 * The dev server of the demo (`npm start`): the repo root is served, `public/` carries
 * MSW's worker at `/mockServiceWorker.js`. Production bundles are built by
 * scripts/build.mjs, which reuses this file for shared settings.
 */
export default defineConfig({
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  resolve: { dedupe: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'] },
  build: { target: 'es2022' },
  logLevel: 'info',
});
