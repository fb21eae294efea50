import { createServer, type ViteDevServer } from 'vite';
import type { Page } from 'puppeteer-core';
import { join, normalize } from 'node:path';
import { pinClock } from '../support/pin-clock.js';

/**
 * The demo itself (`npm start`): Vite's dev server on a free port, serving the host pages
 * of demo/ with the claims API mocked by MSW's worker, as a designer opens them. For
 * tests that measure what a Veteran sees on a host page.
 */
const ROOT = normalize(join(import.meta.dirname, '../..'));

export async function startDemoServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/**
 * Pins the page's clock (Date only) at `iso`, before any script runs: the demo's mocked
 * claims are dated from today, so a layout measured on them would change with the date
 * (a longer month's name, a deadline a line longer).
 */
export async function pinPageClock(page: Page, iso: string) {
  await page.evaluateOnNewDocument(pinClock, Date.parse(iso));
}

/** Opens a demo page and waits until the widget shows `selector` in its shadow root, its fonts loaded. */
export async function openDemo(page: Page, url: string, selector = '.claim') {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    (s: string) => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector(s),
    { timeout: 60_000 },
    selector,
  );
  await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
}
