/**
 * What a Veteran sees on the MHV demo page (demo/mhv.html, the `default` scenario), in
 * headless Chromium with VA's fonts, measured: a whole claim on a phone's first screen and
 * three within two, the cards' values in one column on a wide screen, and in forced colours
 * the progress line's current step and every kind of alert still told apart. Runs the demo
 * itself on Vite's dev server (the source, not the build).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ViteDevServer } from 'vite';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { openDemo, pinPageClock, startDemoServer } from './demo-server.js';

/** A Monday: the mocked claims of the default scenario fall in the two months before it. */
const TODAY = '2026-12-07T15:00:00Z';

describe('the MHV demo page, measured', () => {
  let server: ViteDevServer;
  let base: string;
  let browser: Browser;
  before(async () => {
    ({ server, url: base } = await startDemoServer());
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function demo(width: number, height: number, query = '', selector?: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.emulateTimezone('America/New_York');
    await pinPageClock(page, TODAY);
    await openDemo(page, `${base}/demo/mhv.html${query}`, selector);
    return page;
  }

  /** Each card's box in page coordinates, and where its values start. */
  const cards = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.claim')].map((card) => {
        const box = card.getBoundingClientRect();
        return {
          top: Math.round(box.top + scrollY),
          bottom: Math.round(box.bottom + scrollY),
          height: Math.round(box.height),
          values: [...card.querySelectorAll('dd')].map((dd) => Math.round(dd.getBoundingClientRect().left)),
        };
      }),
    );

  it('at 375 × 667: the first claim whole on the first screen, three whole claims within two', async () => {
    const page = await demo(375, 667);
    const boxes = await cards(page);
    console.log(`375 px: cards at ${boxes.map((b) => `${b.top}+${b.height}`).join(', ')}`);
    assert.ok(boxes.length >= 3);
    assert.ok(boxes[0].bottom <= 667, `the first card ends at ${boxes[0].bottom}, below the first screen`);
    assert.ok(boxes[2].bottom <= 2 * 667, `the third card ends at ${boxes[2].bottom}, below the second screen`);
    const overflow = await page.evaluate(() => document.querySelector('travel-pay-status')!.scrollWidth > document.querySelector('travel-pay-status')!.clientWidth);
    assert.equal(overflow, false, 'nothing wider than the widget');
    await page.close();
  });

  it('at 1280 px: every card’s values start at the same x, one column across cards', async () => {
    const page = await demo(1280, 800);
    const boxes = await cards(page);
    console.log(`1280 px: cards at ${boxes.map((b) => `${b.top}+${b.height}`).join(', ')}`);
    const starts = new Set(boxes.flatMap((b) => b.values));
    assert.equal(starts.size, 1, `values start at ${[...starts].join(', ')}`);
    await page.close();
  });

  it('in forced colours: the current step keeps its shape, and each kind of alert its icon', async () => {
    const shapes: Record<string, string> = {};
    for (const [query, selector] of [
      ['', '.attention'],
      ['?scenario=server-error', '[data-state="error"]'],
      ['?scenario=unauthenticated', '[data-state="sign-in"]'],
    ] as const) {
      const page = await demo(1280, 800, query, selector);
      // Puppeteer's own emulateMediaFeatures doesn't know forced-colors: Chromium's protocol does.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const seen = await page.evaluate((s: string) => {
        const root = document.querySelector('travel-pay-status')!.shadowRoot!;
        const alert = root.querySelector(s)!;
        const icon = getComputedStyle(alert, '::before');
        const steps = [...root.querySelectorAll('.phases li')].map((li) => ({
          step: li.getAttribute('data-step'),
          height: li.getBoundingClientRect().height,
          background: getComputedStyle(li).backgroundColor,
          canvas: getComputedStyle(root.host).backgroundColor,
        }));
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          variant: alert.getAttribute('data-variant')!,
          icon: `${icon.content} ${icon.clipPath}`,
          iconVisible: icon.backgroundColor !== 'rgba(0, 0, 0, 0)' && icon.backgroundColor !== getComputedStyle(alert).backgroundColor,
          steps,
        };
      }, selector);
      assert.equal(seen.forced, true);
      assert.ok(seen.iconVisible, `${seen.variant}: its icon shows in forced colours`);
      shapes[seen.variant] = seen.icon;
      if (query === '') {
        const current = seen.steps.filter((s) => s.step === 'current' || s.step === 'todo');
        const ahead = seen.steps.filter((s) => s.step === 'ahead');
        assert.ok(current.length > 0 && ahead.length > 0);
        for (const step of current) assert.ok(step.height > ahead[0].height, 'the current step is taller than those ahead');
        const done = seen.steps.filter((s) => s.step === 'done' || s.step === 'current');
        for (const step of done) assert.notEqual(step.background, ahead[0].background, 'a step reached is filled, in forced colours too');
      }
      await page.close();
    }
    assert.deepEqual(Object.keys(shapes).sort(), ['error', 'info', 'warning']);
    assert.equal(new Set(Object.values(shapes)).size, 3, `three different icons: ${JSON.stringify(shapes)}`);
  });
});
