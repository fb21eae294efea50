// Inspection only: shoots a page in screen-sized slices.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { startStaticServer } from './test/e2e/server.ts';
import { openDemo, pinPageClock, startDemoServer } from './test/e2e/demo-server.ts';
const [target, widthArg, slicesArg, heightArg] = process.argv.slice(2);
const width = Number(widthArg), height = Number(heightArg ?? (width < 600 ? 667 : 800)), slices = Number(slicesArg ?? 2);
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
await page.setViewport({ width, height });
let stop: () => unknown;
if (target.startsWith('demo-')) {
  const { url, server } = await startDemoServer(); stop = () => server.close();
  await page.emulateTimezone('America/New_York'); await pinPageClock(page, '2026-12-07T15:00:00Z');
  await openDemo(page, `${url}/demo/${target.slice(5)}.html`);
} else {
  const { url, server } = await startStaticServer('storybook-static'); stop = () => server.close();
  await page.goto(`${url}/iframe.html?id=${target}&viewMode=story`, { waitUntil: 'load' });
  await page.waitForFunction(() => ['finished', 'errored'].includes((window as any).__STORYBOOK_PREVIEW__?.currentRender?.phase), { timeout: 30000 });
  await page.evaluate(() => document.fonts.ready);
}
for (let i = 0; i < slices; i++) {
  await page.evaluate((y) => scrollTo(0, y), i * height);
  await new Promise((r) => setTimeout(r, 100));
  await page.screenshot({ path: `/tmp/w28/look/${target}-${width}-${i}.png` });
}
await browser.close(); await stop();
