/**
 * Filing a mileage-only claim end to end: the built bundle on a host page under the strict
 * CSP with Trusted Types, the filing flag from a mocked remote GrowthBook, and the host's
 * own server answering VA.gov's API (the appointments, the Veteran's record, a CSRF token,
 * the POST) and counting the POSTs. A double click on File claim files once; the claim
 * then shows in the list; no violation, error or rejection on the page.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'puppeteer-core';
import type { ApiClaim } from '../../mocks/fixtures.js';
import { appointmentsBody, filedClaim, SINGLE_APPOINTMENT, userBody } from '../../mocks/filing-fixtures.js';
import { claimsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { useHostAndBrowser } from './server.js';

const BROWSER_NETWORK_LOG = /^error: Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)/;
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const filed: ApiClaim[] = [];
const posts: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
const TOKEN = 'token-the-host-api-hands-out';

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  return true;
};

/** The host's API: VAOS, /v0/user, the CSRF token and the POST, answered here and counted. */
async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (req.method === 'GET' && url.pathname === '/vaos/v2/appointments') return json(res, 200, appointmentsBody(SINGLE_APPOINTMENT, today));
  if (req.method === 'GET' && url.pathname === '/v0/user') return json(res, 200, userBody(), { 'X-CSRF-Token': TOKEN });
  if (req.method === 'HEAD' && url.pathname === '/v0/maintenance_windows') {
    res.writeHead(200, { 'X-CSRF-Token': TOKEN }).end();
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/travel_pay/v0/claims') {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as { appointmentDateTime: string; facilityName: string };
    posts.push({ headers: req.headers, body });
    // The server takes a moment, as BTSSS does: a second click lands while the first is in flight.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const claim = filedClaim(body, 'Claim submitted', filed.length + 1);
    filed.push(claim);
    return json(res, 201, { claimId: claim.id, status: 'Claim submitted' });
  }
  return false;
}

const env = useHostAndBrowser(() => [...claimsHandlers('empty', { today, filed }), ...flagsHandlers('e', { filing: 'e' })], { routes: api });

const inWidget = <T>(page: Page, fn: (root: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.querySelector('travel-pay-status').shadowRoot)`) as Promise<T>;
const waitInWidget = (page: Page, fn: (root: ShadowRoot) => unknown) =>
  page.waitForFunction(`(${fn.toString()})(document.querySelector('travel-pay-status')?.shadowRoot ?? null)`, { timeout: 15_000 });
const headingIs = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector('#filing-heading')?.textContent?.includes(t), { timeout: 15_000 }, text);

describe('filing a claim on a host page under the strict CSP', () => {
  it('files once for a double click, with VA.gov’s headers; the claim shows in the list; no violation or error', async () => {
    const page = await env.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      const line = `${m.type()}: ${m.text()}`;
      if ((m.type() === 'error' || m.type() === 'warn') && !BROWSER_NETWORK_LOG.test(line)) problems.push(line);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
    await page.goto(`${env.base}/hosts/filing-host.html`, { waitUntil: 'load' });
    await waitInWidget(page, (root) => root?.querySelector('[part~="file-claim"]'));
    await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="file-claim"]')!.click());
    for (const heading of ['Are you claiming only mileage?', 'Did you travel in your own vehicle?', 'Did you travel from your home address?']) {
      await headingIs(page, heading);
      await waitInWidget(page, (root) => root?.querySelector('#filing-yes'));
      await inWidget(page, (root) => root.querySelector<HTMLElement>('#filing-yes')!.click());
      await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="continue"]')!.click());
    }
    await headingIs(page, 'Review your travel claim');
    await inWidget(page, (root) => root.querySelector<HTMLElement>('#filing-agree')!.click());
    // A double click, as fast as a hand can.
    const file = await page.evaluateHandle(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('[part~="file"]'));
    await (file as unknown as { click: (o: object) => Promise<void> }).click({ count: 2 });
    await headingIs(page, 'We’re processing your travel reimbursement claim');
    assert.equal(posts.length, 1, 'one POST');
    const [post] = posts;
    assert.deepEqual(Object.keys(post.body).sort(), ['appointmentDateTime', 'appointmentType', 'facilityName', 'facilityStationNumber', 'isComplete']);
    assert.match(String(post.body.appointmentDateTime), /^\d{4}-\d{2}-\d{2}T09:00:00\.000$/);
    assert.equal(post.body.facilityStationNumber, '983GC');
    assert.equal(post.headers['content-type'], 'application/json');
    assert.equal(post.headers['x-key-inflection'], 'camel');
    assert.equal(post.headers['x-csrf-token'], TOKEN);

    await inWidget(page, (root) => root.querySelector<HTMLElement>('[part~="done"]')!.click());
    await waitInWidget(page, (root) => [...(root?.querySelectorAll('.claim') ?? [])].some((c) => c.textContent!.includes('Fort Collins VA Clinic')));
    const state = await page.evaluate(() => {
      const w = window as unknown as { __events: { name: string; detail: Record<string, unknown> }[]; __violations: string[]; __rejections: string[] };
      return {
        unfiled: document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('[part~="unfiled"]') !== null,
        file: w.__events.filter((e) => e.name === 'travel-pay-file').map((e) => `${e.detail.step}:${e.detail.outcome ?? ''}`),
        violations: w.__violations,
        rejections: w.__rejections,
        storage: JSON.stringify({ ...localStorage }),
      };
    });
    assert.equal(state.unfiled, false, 'the appointment left "can still claim"');
    assert.deepEqual(state.file, ['start:', 'eligibility:', 'eligibility:', 'eligibility:', 'review:', 'submit:filed']);
    assert.deepEqual(state.violations, []);
    assert.deepEqual(state.rejections, []);
    assert.ok(!state.storage.includes(TOKEN), 'the token is kept in memory only');
    assert.deepEqual(problems, []);
    assert.equal(posts.length, 1);
    await page.close();
  });
});
