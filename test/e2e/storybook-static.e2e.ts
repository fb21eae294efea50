/**
 * Storybook's static build (`npm run build-storybook`), as designers open it: a production
 * bundle, unlike the story tests' dev server, so this catches what only a build breaks
 * (a side-effect import tree-shaken away, MSW's worker missing from the output).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from './server.js';

describe('Storybook static build', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  before(async () => {
    assert.ok(existsSync('storybook-static/iframe.html'), 'run `npm run build-storybook` first');
    ({ server, url: base } = await startStaticServer('storybook-static'));
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const stories: [id: string, shows: string][] = [
    ['widget-states--claims', '.claim'],
    ['widget-states--server-error', '[data-state="error"]'],
    ['widget-rollout-stages--kill', 'slot[name="fallback"]'],
  ];
  for (const [id, selector] of stories) {
    it(`${id} renders with its mocked API and no errors`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push((e as Error).message));
      page.on('console', (m) => {
        // Chromium logs every non-2xx load itself (the mocked 500, the missing favicon): not the page's error.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        (s) => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector(s),
        { timeout: 15_000 },
        selector,
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the guide page shows the README and docs sections it names', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=guide-embedding-and-metrics--docs&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.innerText.includes('travel-pay-page-change'), { timeout: 15_000 });
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /Each host loads its own bundle/);
    assert.match(text, /release-plan metric/);
    await page.close();
  });
});
