import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * Starts MSW's service worker in the page (demo, tests, stories). Quiet, so the console
 * stays readable; unmocked requests (the widget's own modules, fonts) pass through; the
 * worker script is the one `public/` serves at the root, so it controls every page path.
 * `options` override these defaults.
 */
export async function startMockApi(handlers: readonly RequestHandler[], options: StartOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    ...options,
  });
  return worker;
}
