/**
 * End to end: the built script-tag bundles on real HTML host pages, under a strict CSP
 * with Trusted Types, in headless Chromium, with the API mocked at the network.
 * Run by `npm run test:e2e` after `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { claimsHandlers } from '../../mocks/handlers.js';
import { useHostAndBrowser } from './server.js';

/** Lit's own version registry (shared by every Lit element on a page) and Puppeteer's helpers. */
const ALLOWED_GLOBALS = [
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
  'puppeteer___ariaQuerySelector',
  'puppeteer___ariaQuerySelectorAll',
];

const env = useHostAndBrowser(() => claimsHandlers('default'));

async function open(path: string) {
  const page: Page = await env.browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { __globals: string[] }).__globals = Object.keys(window);
  });
  await page.goto(`${env.base}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('travel-pay-status')?.shadowRoot?.querySelectorAll('.claim').length,
    { timeout: 10_000 },
  );
  // The view is raised in the task after the widget's first frame and the host's interval
  // ticks every 50 ms: on a loaded machine neither need have happened when the claims
  // first show, so the test waits for both before it reads them.
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __events: { name: string }[]; __ticks: number };
      return w.__ticks > 0 && w.__events.some((e) => e.name === 'travel-pay-view');
    },
    { timeout: 10_000 },
  );
  return { page, problems };
}

describe('host pages embedding the built bundles under a strict CSP', () => {
  for (const host of ['mhv', 'travel-reimbursement', 'claims-tool']) {
    it(`${host}: claims render, events carry the host's entry point, no violation or error`, async () => {
      const { page, problems } = await open(`/hosts/${host}.html`);
      const result = await page.evaluate((allowed: string[]) => {
        const w = window as unknown as { __events: { name: string; detail: { entryPoint: string } }[]; __violations: string[]; __ticks: number; __globals: string[] };
        const el = document.querySelector('travel-pay-status')!;
        return {
          claims: el.shadowRoot!.querySelectorAll('.claim').length,
          summary: el.shadowRoot!.querySelector('.summary')?.textContent,
          events: w.__events.map((e) => `${e.name}:${e.detail.entryPoint}`),
          violations: w.__violations,
          ticks: w.__ticks,
          newGlobals: Object.keys(window).filter((k) => !w.__globals.includes(k) && !k.startsWith('__') && !allowed.includes(k)),
        };
      }, ALLOWED_GLOBALS);
      assert.equal(result.claims, 10);
      assert.match(result.summary ?? '', /^Showing 1 ‒ 10 of \d+ claims/);
      // The view is reported after the widget's first frame: it can follow the claims' request.
      assert.equal(result.events[0], `travel-pay-flag:${host}`);
      assert.deepEqual(result.events.slice(1, 3).sort(), [`travel-pay-api:${host}`, `travel-pay-view:${host}`]);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(problems, []);
      assert.deepEqual(result.newGlobals, [], 'no globals beyond the element');
      assert.ok(result.ticks > 0, 'the host page script keeps running');
      await page.close();
    });
  }

  it('the policy is really enforced: eval and HTML strings are refused and reported', async () => {
    const { page, problems } = await open('/hosts/csp-probe.html');
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { __probe: object; __violations: string[] };
      return { probe: w.__probe, violations: w.__violations.length };
    });
    assert.deepEqual(outcome.probe, { eval: 'blocked', innerHTML: 'blocked' });
    assert.ok(outcome.violations >= 2);
    assert.ok(problems.length >= 1, 'the browser reports the refusals as console errors');
    await page.close();
  });

  it('two host bundles, one loaded twice: one definition, no error, no warning', async () => {
    const { page, problems } = await open('/hosts/two-bundles.html');
    const entryPoints = await page.evaluate(() =>
      (window as unknown as { __events: { detail: { entryPoint: string } }[] }).__events.map((e) => e.detail.entryPoint),
    );
    assert.ok(entryPoints.length >= 3);
    assert.ok(entryPoints.every((e) => e === 'travel-reimbursement'));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
