/**
 * The claim details end to end: the built bundle on a host page under the strict CSP
 * with Trusted Types, the flag from a mocked remote GrowthBook, a claim opened, its
 * decision letter downloaded to disk under the server's name with the server's bytes,
 * a failed download, and Back, with no CSP violation and no console error. Also: the ES
 * build keeps the details out of the first view's modules.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Page } from 'puppeteer-core';
import { makeClaims } from '../../mocks/fixtures.js';
import { documentLines, makeClaimDetails } from '../../mocks/details-fixtures.js';
import { fileFor } from '../../mocks/files.js';
import { claimDetailsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import type { DetailsScenarioName } from '../../mocks/scenarios.js';
import { useHostAndBrowser } from './server.js';

const ROOT = join(import.meta.dirname, '../..');
const BROWSER_NETWORK_LOG = /^error: Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)/;

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const claims = makeClaims({ count: 60, seed: 21, today, spanDays: 60 });
const denied = claims.find((c) => c.claimStatus === 'Denied' && makeClaimDetails(c).documents![0].filename === 'Rejection Letter.docx')!;
const letter = makeClaimDetails(denied).documents![0];

let details: DetailsScenarioName = 'default';
const handlers = (): RequestHandler[] => [
  http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200, pageNumber: 1, totalRecordCount: 1 }, data: [denied] })),
  ...claimDetailsHandlers(details, { claims: () => claims }),
  ...flagsHandlers('e'),
];
const env = useHostAndBrowser(handlers);

let downloads = '';
before(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'travel-pay-downloads-'));
});
after(async () => {
  await rm(downloads, { recursive: true, force: true });
});

async function openDetailsPage() {
  const context = await env.browser.createBrowserContext();
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if ((m.type() === 'error' || m.type() === 'warn') && !BROWSER_NETWORK_LOG.test(line)) problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: (context as unknown as { id?: string }).id });
  await page.goto(`${env.base}/hosts/details-host.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector('[part~="review-details"]'), { timeout: 15_000 });
  await page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLElement>('[part~="review-details"]')!.click());
  await page.waitForFunction(() => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector('.details-body [part~="download"]'), { timeout: 15_000 });
  return { page, context, problems };
}

const inWidget = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.querySelector('travel-pay-status').shadowRoot)`) as Promise<T>;

async function waitForFile(name: string, timeoutMs = 10_000): Promise<Buffer> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const files = await readdir(downloads);
    if (files.includes(name)) {
      const bytes = await readFile(join(downloads, name));
      if (bytes.length > 0) return bytes;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} was not downloaded; saw ${JSON.stringify(await readdir(downloads))}`);
}

describe('claim details on a host page under the strict CSP', () => {
  it('opens a claim, downloads the decision letter to disk under the server’s name, and goes back', async () => {
    details = 'default';
    const { page, context, problems } = await openDetailsPage();
    const heading = await inWidget(page, (root) => root.querySelector('#details-heading')!.textContent);
    assert.match(String(heading), /^Claim details for your \w+day/);
    await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="download"]')!.click());
    const bytes = await waitForFile('Rejection Letter.docx');
    assert.deepEqual(new Uint8Array(bytes), fileFor(letter.filename, documentLines(letter)).bytes);
    await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="back"]')!.click());
    await page.waitForFunction(() => !document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.claim-details'));
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a failed download says so next to the document, with no violation or error', async () => {
    details = 'download-error';
    const { page, context, problems } = await openDetailsPage();
    await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="download"]')!.click());
    await page.waitForFunction(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('[part~="download-error"]'), { timeout: 10_000 });
    const text = await inWidget(page, (root) => root.querySelector('.document')!.textContent);
    assert.match(String(text), /We couldn’t download this file\./);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the ES build', () => {
  it('keeps the claim details out of the first view: one chunk, reached only by import()', async () => {
    const esm = join(ROOT, 'dist/esm');
    const files = (await readdir(esm)).filter((f) => f.endsWith('.js'));
    assert.ok(files.includes('claim-details-panel.js'), `a claim-details-panel chunk among ${files.join(', ')}`);
    const piece = await readFile(join(esm, 'claim-details-panel.js'), 'utf8');
    assert.match(piece, /Why are my amounts different\?/);
    for (const file of files.filter((f) => f !== 'claim-details-panel.js')) {
      const code = await readFile(join(esm, file), 'utf8');
      assert.doesNotMatch(code, /Why are my amounts different|Documents you added|How to appeal/, file);
      assert.doesNotMatch(code, /from\s*["'`]\.\/claim-details-panel\.js["'`]/, `${file} imports the piece statically`);
    }
    const register = await readFile(join(esm, 'register.js'), 'utf8');
    assert.match(register, /import\(\s*["'`]\.\/claim-details-panel\.js["'`]\s*\)/);
  });
});
