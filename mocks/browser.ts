import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/** Starts MSW's service worker in the page (demo, tests, stories); other requests pass through. */
export async function startMockApi(handlers: RequestHandler[]): Promise<SetupWorker> {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return worker;
}
