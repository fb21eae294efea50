/**
 * End to end with the real Datadog browser SDK (`@datadog/browser-rum`, its own CDN
 * bundle served by the test server) on host pages under the strict CSP, initialised with
 * `proxy` so that every batch it sends arrives at this server's /intake:
 *   (a) loaded by a script tag before the widget, and
 *   (b) loaded by Datadog's async snippet, the SDK file held back at the server until the
 *       widget has raised its first events (flag, view, a failed claims request) and the
 *       test releases it: no timer decides which comes first.
 * Every widget event must arrive as a RUM action with its attributes, in order and once,
 * the failed request also as a RUM error, and nothing personal anywhere in the intake.
 * Run by `npm run test:e2e` after `npm run build`.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { ElementHandle, Page } from 'puppeteer-core';
import { makeClaims } from '../../mocks/fixtures.js';
import { makeClaimDetails } from '../../mocks/details-fixtures.js';
import { claimDetailsHandlers } from '../../mocks/handlers.js';
import { flagsHandlers } from '../../mocks/flags/handlers.js';
import { datadogDefinitions } from '../../analytics/datadog-definitions.js';
import { EVENT_NAMES } from '../../src/analytics/events.js';
import { useHostAndBrowser } from './server.js';

const SDK_DIR = normalize(join(import.meta.dirname, '../../node_modules/@datadog/browser-rum/bundle'));
const USER_ID = 'e2e-veteran-1';
const claims = makeClaims({ count: 40, seed: 11, today: new Date().toISOString().slice(0, 10) });

/** What the privacy sweep must never find (test/analytics/privacy.test.ts, applied to the intake). */
const PERSONAL = [
  USER_ID,
  ...claims.flatMap((c) => [c.id, c.claimNumber, c.facilityId, c.facilityName]),
  ...claims.flatMap((c) => (c.appointmentDateTime ? [c.appointmentDateTime, c.appointmentDateTime.slice(0, 10)] : [])),
].filter((value) => value.length >= 3);

type RumEvent = {
  type: string;
  date: number;
  action?: { type: string; target?: { name: string } };
  error?: { message: string; source: string };
  view?: { url: string; referrer?: string };
  resource?: { url: string };
  context?: Record<string, unknown>;
};
type Captured = { name: string; detail: Record<string, unknown> };

/** The first claims request fails (500); Try again then gets the list. */
let claimsRequests = 0;
/** Every request body the SDK sent to the proxy, in arrival order. */
let intake: { forward: string; body: string }[] = [];
/** The late SDK file (async snippet page) is held until the test releases it. */
let releaseSdk = () => {};
let sdkReleased = Promise.resolve();
/** The claim details' and GrowthBook's answers, for the page that opens details. */
let detailsHandlers: RequestHandler[] = [];

const env = useHostAndBrowser(
  () => [
    ...detailsHandlers,
    http.get('*/travel_pay/v0/claims', () =>
      ++claimsRequests === 1
        ? HttpResponse.json({ errors: [{ title: 'Internal server error', status: '500' }] }, { status: 500 })
        : HttpResponse.json({ metadata: { status: 200 }, data: claims }),
    ),
  ],
  {
    routes: async (req, res, url) => {
      if (url.pathname === '/intake' && req.method === 'POST') {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        intake.push({ forward: url.searchParams.get('ddforward') ?? '', body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(202, { 'Content-Type': 'application/json' }).end('{}');
        return true;
      }
      const sdk = /^\/datadog\/(late\/)?([\w./-]+\.js)$/.exec(url.pathname);
      if (!sdk) return false;
      const path = normalize(join(SDK_DIR, sdk[2]));
      if (!path.startsWith(SDK_DIR)) return false;
      if (sdk[1]) await sdkReleased;
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(await readFile(path));
      return true;
    },
  },
);

/** Chromium itself logs the failed claims request (500); that line is not the page's. */
const BROWSER_NETWORK_LOG = /^error: Failed to load resource: the server responded with a status of 500/;

const rumEvents = (): RumEvent[] =>
  intake
    .filter((request) => request.forward.startsWith('/api/v2/rum'))
    .flatMap((request) => request.body.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RumEvent));

/**
 * The widget's actions in the order they happened (their `date`): the SDK may have two
 * batches in flight, and the later one can reach the intake first.
 */
const widgetActions = () =>
  rumEvents()
    .filter((e) => e.type === 'action' && e.action?.type === 'custom' && e.action.target?.name.startsWith('travel-pay-'))
    .sort((a, b) => a.date - b.date);

/**
 * The events a visit raises, in order. The view is reported in the task after the widget's
 * first frame (docs/events.md), so it can follow the failed claims request's event; it
 * comes once, before Try again's request.
 */
function assertVisitEvents(names: string[]) {
  assert.deepEqual(
    names.filter((name) => name !== 'travel-pay-view'),
    [
      'travel-pay-flag',
      'travel-pay-api',
      'travel-pay-api',
      'travel-pay-attention',
      'travel-pay-page-change',
      'travel-pay-sort-change',
      'travel-pay-filter-change',
      'travel-pay-link-click',
    ],
  );
  const view = names.indexOf('travel-pay-view');
  assert.ok(view > 0 && view === names.lastIndexOf('travel-pay-view'), `one view, after the flag: ${names.join(', ')}`);
  assert.ok(view < names.lastIndexOf('travel-pay-api'), `the view before Try again's request: ${names.join(', ')}`);
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A real mouse click on the element `find` picks in the widget's shadow root. */
async function click(page: Page, find: (root: ShadowRoot) => Element | null | undefined) {
  const root = await page.evaluateHandle(() => document.querySelector('travel-pay-status')!.shadowRoot!);
  const handle = await page.evaluateHandle(find, root);
  const element = handle.asElement() as ElementHandle<Element> | null;
  assert.ok(element, `nothing to click: ${find}`);
  await element.scrollIntoView();
  await element.click();
  await Promise.all([handle.dispose(), root.dispose()]);
}

/**
 * One visit: the failed request, Try again, the next page, a sort and a filter applied, the
 * BTSSS link followed (the host page keeps the test where it is), then the page is left so
 * that the SDK sends its last batch. Returns the widget's DOM events and the page's problems.
 */
async function visit(path: string, options: { sdkArrivesLate: boolean }) {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if ((m.type() === 'error' || m.type() === 'warn') && !BROWSER_NETWORK_LOG.test(line)) problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  await page.evaluateOnNewDocument((names: string[]) => {
    const w = window as unknown as { __all: Captured[] };
    w.__all = [];
    for (const name of names) document.addEventListener(name, (e) => w.__all.push({ name, detail: (e as CustomEvent).detail }));
  }, [...EVENT_NAMES]);

  // The async snippet's SDK holds the page's load event until it arrives.
  await page.goto(`${env.base}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector('[part="retry"]'), { timeout: 15_000 });

  if (options.sdkArrivesLate) {
    // The SDK file is held at the server until released below, whatever the machine's
    // speed: first wait for the events it must find queued. The view comes in the task
    // after the widget's first frame, which a fast failed request can precede.
    await page.waitForFunction(
      (expected: string[]) => {
        const raised = new Set((window as unknown as { __all: Captured[] }).__all.map((e) => e.name));
        return expected.every((name) => raised.has(name));
      },
      { timeout: 15_000 },
      ['travel-pay-flag', 'travel-pay-api', 'travel-pay-view'],
    );
    // The widget's forwarders are a piece loaded after its first frame: the events wait for
    // it, then for the SDK in the stub.
    await page.waitForFunction(() => ((window as unknown as { DD_RUM: { q?: unknown[] } }).DD_RUM.q?.length ?? 0) >= 4, { timeout: 15_000 });
    const stub = await page.evaluate(() => {
      const rum = (window as unknown as { DD_RUM: { addAction?: unknown; q?: unknown[] } }).DD_RUM;
      const w = window as unknown as { __all: Captured[] };
      return { addAction: typeof rum.addAction, queued: rum.q?.length, raised: w.__all.map((e) => e.name) };
    });
    assert.deepEqual(
      [...stub.raised].sort(),
      ['travel-pay-api', 'travel-pay-flag', 'travel-pay-view'],
      'the first events (the view can follow the failed request) are raised before the SDK arrives',
    );
    assert.equal(stub.raised[0], 'travel-pay-flag');
    assert.equal(stub.addAction, 'undefined', 'DD_RUM is still the snippet’s stub');
    assert.equal(stub.queued, 4, 'the host’s init and the widget’s three events wait in the stub');
    releaseSdk();
    await page.waitForFunction(() => typeof (window as unknown as { DD_RUM: { addAction?: unknown } }).DD_RUM.addAction === 'function', { timeout: 15_000 });
  }

  // Real mouse clicks, so that the SDK's own click tracking sees them as a Veteran's.
  await click(page, (root) => root.querySelector('[part="retry"]'));
  await page.waitForFunction(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary'), { timeout: 15_000 });
  await click(page, (root) => root.querySelector('.claim'));
  await click(page, (root) => [...root.querySelectorAll('nav.pagination button')].find((b) => b.textContent!.trim() === 'Next'));
  await click(page, (root) => root.querySelector('.filters > summary'));
  // Its controls are rendered when it first opens.
  await page.waitForFunction(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('select#sort'), { timeout: 15_000 });
  await page.evaluate(() => {
    const sort = document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLSelectElement>('select#sort')!;
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
  });
  await click(page, (root) => root.querySelector('input[name="status"]'));
  await click(page, (root) => root.querySelector('[part="apply"]'));
  await click(page, (root) => root.querySelector('.help a[data-link-id="btsss-portal"]'));
  const { events, violations } = await page.evaluate(() => {
    const w = window as unknown as { __all: Captured[]; __violations: string[] };
    return { events: w.__all, violations: w.__violations };
  });
  assertVisitEvents(events.map((e) => e.name));

  // Leaving the page reports the visible time and makes the SDK send what it holds.
  await page.goto('about:blank');
  await until(() => widgetActions().some((a) => a.action!.target!.name === 'travel-pay-time-spent'), 'the last batch at the intake');
  await context.close();
  return { events, violations, problems };
}

function checkIntake(events: Captured[], entryPoint: string) {
  const actions = widgetActions();
  // Every event, in order, each once, with exactly its attributes; the visible time last.
  assert.deepEqual(
    actions.map((a) => a.action!.target!.name),
    [...events.map((e) => e.name), 'travel-pay-time-spent'],
  );
  events.forEach((event, i) => assert.deepEqual(actions[i].context, event.detail, `${event.name}'s attributes`));
  const spent = actions.at(-1)!.context!;
  assert.equal(spent.entryPoint, entryPoint);
  assert.equal(typeof spent.visibleMs, 'number');

  // The failed request, also as a RUM error with the request's attributes.
  const errors = rumEvents().filter((e) => e.type === 'error' && e.error?.message.startsWith('travel-pay-api'));
  assert.equal(errors.length, 1);
  assert.equal(errors[0].error!.message, 'travel-pay-api error');
  assert.equal(errors[0].error!.source, 'custom');
  assert.deepEqual(errors[0].context, events.find((e) => e.name === 'travel-pay-api')!.detail);

  // Nothing personal anywhere in what reached Datadog: not in the widget's actions and
  // errors, not in what the SDK collects by itself (views, resources, clicks, long tasks).
  // The claims request's URL, in the SDK's resource events, carries the date range asked
  // for, and nothing else: set aside, so that a range's first or last day that happens to
  // be an appointment's day doesn't read as a leak.
  const CLAIMS_REQUEST = /\/travel_pay\/v0\/claims\?start_date=[\w%.:-]+&end_date=[\w%.:-]+"/g;
  const raw = intake.map((request) => request.body).join('\n');
  for (const resource of rumEvents().filter((e) => e.resource?.url.includes('/travel_pay/v0/claims'))) {
    assert.match(`${resource.resource!.url}"`, new RegExp(`${CLAIMS_REQUEST.source}$`));
  }
  const everything = raw.replace(CLAIMS_REQUEST, '/travel_pay/v0/claims?(date range)"');
  const leaks = PERSONAL.filter((value) => everything.includes(value.length >= 8 ? value : JSON.stringify(value)));
  assert.deepEqual(leaks, []);
  // No query string in what the widget sends, nor in the page URLs the SDK reports (the
  // host's: these pages have none). The SDK's resource events carry each request's full
  // URL, the claims API's date range (`?start=…&end=…`) included: the host's to scrub.
  const widgetSent = JSON.stringify([...actions, ...errors].map((e) => [e.action?.target?.name, e.error?.message, e.context]));
  assert.doesNotMatch(widgetSent, /\?[^"\s]*=/);
  for (const view of rumEvents().flatMap((e) => (e.view ? [e.view.url, e.view.referrer ?? ''] : []))) assert.doesNotMatch(view, /\?/);
}

/**
 * The monitors and dashboard of analytics/datadog, read against what really arrived: each
 * query's event is an action's `action.target.name`, each `@context.…` attribute it
 * filters, groups or measures by is in that action's `context`, and the error query
 * matches the RUM error the SDK made of the failed request.
 */
function checkDefinitionsAgainstIntake() {
  const queries: { search: { query: string }; compute: { metric?: string }; group_by: { facet: string }[] }[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const query = value as { data_source?: string; query_string?: string; steps?: { facet: string; value: string }[] };
      // A funnel's steps are conditions on its events, read as a search's.
      if (query.data_source === 'rum' && query.query_string !== undefined) {
        for (const step of query.steps ?? []) queries.push({ search: { query: `${query.query_string} ${step.facet}:${step.value}` }, compute: {}, group_by: [] });
      } else if (query.data_source === 'rum') queries.push(value as never);
      else Object.values(value).forEach(collect);
    }
  };
  collect(Object.values(datadogDefinitions()));
  const arrived = new Map(widgetActions().map((a) => [a.action!.target!.name, a.context!]));
  let checked = 0;
  for (const query of queries) {
    const attributes = [...query.search.query.matchAll(/@context\.(\w+)/g)].map((m) => m[1]);
    attributes.push(...[query.compute.metric, ...query.group_by.map((g) => g.facet)].flatMap((f) => (f?.startsWith('@context.') ? [f.slice(9)] : [])));
    const name = /@action\.target\.name:(\S+)/.exec(query.search.query)?.[1];
    if (name && arrived.has(name)) {
      for (const attribute of attributes) assert.ok(attribute in arrived.get(name)!, `${query.search.query}: ${name} arrived without ${attribute}`);
      checked++;
    } else if (query.search.query.includes('@type:error')) {
      const error = rumEvents().find((e) => e.type === 'error' && e.error?.source === 'custom' && e.error.message.startsWith('travel-pay-api'));
      assert.ok(error, query.search.query);
      for (const attribute of attributes) assert.ok(attribute in error.context!, `${query.search.query}: the error arrived without ${attribute}`);
      checked++;
    }
  }
  assert.ok(checked > 20, `${checked} queries checked against the intake`);
}

/**
 * The SDK's own click tracking names a click from the text around its target, inside the
 * shadow root too: the widget names its whole area itself (`data-dd-action-name`), so no
 * click is named from what it shows (a claim card's text is personal), with no help from the host.
 */
function checkClicksNamedByTheWidget() {
  const clicks = rumEvents().filter((e) => e.type === 'action' && e.action?.type === 'click');
  assert.ok(clicks.length >= 5, `${clicks.length} clicks tracked by the SDK`);
  assert.deepEqual([...new Set(clicks.map((c) => c.action!.target!.name))], ['travel-pay-status']);
}

describe('Datadog RUM, the real browser SDK, reporting to a local intake', () => {
  beforeEach(() => {
    claimsRequests = 0;
    intake = [];
    detailsHandlers = [];
    sdkReleased = new Promise((resolve) => (releaseSdk = resolve));
  });

  it('loaded by a script tag before the widget: every event arrives as an action, the failed request also as an error', async () => {
    const { events, violations, problems } = await visit('/hosts/datadog-sync.html', { sdkArrivesLate: false });
    checkIntake(events, 'mhv');
    checkDefinitionsAgainstIntake();
    checkClicksNamedByTheWidget();
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });

  it('loaded by the async snippet, arriving after the first events: none lost, in order, none twice', async () => {
    const { events, violations, problems } = await visit('/hosts/datadog-snippet.html', { sdkArrivesLate: true });
    checkIntake(events, 'claims-tool');
    checkClicksNamedByTheWidget();
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });
});

/**
 * The host's own RUM records every request of the page, the widget's too: a claim's
 * details (`/claims/<claim id>`) and its documents (`/claims/<claim id>/documents/<id>`).
 * With the widget's beforeSend (dist/widgets/datadog-before-send.js, loaded before
 * DD_RUM.init) none of those ids reaches the intake; without it, they do (what a host
 * that doesn't use it sends, as docs/embedding.md says).
 */
describe('Datadog RUM and the claim details: the hosts’ beforeSend', () => {
  // Three claims with documents: the list answers with them alone.
  const opened = claims.filter((c) => (makeClaimDetails(c).documents ?? []).length > 0).slice(0, 3);
  const ids = opened.flatMap((c) => [c.id, ...(makeClaimDetails(c).documents ?? []).map((d) => d.documentId)]);

  beforeEach(() => {
    intake = [];
    detailsHandlers = [
      http.get('*/travel_pay/v0/claims', () => HttpResponse.json({ metadata: { status: 200 }, data: opened })),
      ...claimDetailsHandlers('default', { claims: () => claims }),
      ...flagsHandlers('e'),
    ];
  });

  /**
   * Polls `check` in the page from here, not with waitForFunction: its in-page timers and
   * animation frames are not reliably run for a page of a context opened after others.
   */
  async function inPage(page: Page, what: string, check: (arg: string) => boolean, arg = '') {
    const end = Date.now() + 15_000;
    while (!(await page.evaluate(check, arg))) {
      if (Date.now() > end) {
        const shown = await page.evaluate(() => document.querySelector('travel-pay-status')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300));
        throw new Error(`timed out waiting for ${what}; the widget shows: ${shown}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Opens three claims' details, downloads every document of each, goes back; then leaves the page. */
  async function detailsJourney(query: string) {
    const context = await env.browser.createBrowserContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny', browserContextId: (context as unknown as { id?: string }).id });
    await page.goto(`${env.base}/hosts/datadog-details.html${query}`, { waitUntil: 'domcontentloaded' });
    let downloads = 0;
    for (const claim of opened) {
      await inPage(
        page,
        `${claim.claimNumber} in the list`,
        (number: string) =>
          [...(document.querySelector('travel-pay-status')?.shadowRoot?.querySelectorAll('.claim [part~="review-details"]') ?? [])].some((b) =>
            b.closest('.claim')!.textContent!.includes(number),
          ),
        claim.claimNumber,
      );
      await page.evaluate(
        (number: string) =>
          [...document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.claim')]
            .find((c) => c.textContent!.includes(number))!
            .querySelector<HTMLElement>('[part~="review-details"]')!
            .click(),
        claim.claimNumber,
      );
      await inPage(page, 'the details', () => Boolean(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.details-body')));
      const count = await page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('[part~="download"]').length);
      for (let i = 0; i < count; i++) {
        await page.evaluate((n: number) => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="download"]')[n].click(), i);
        await inPage(
          page,
          'the download to settle',
          () => /Downloaded|couldn’t download/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('[role="status"]')!.textContent!),
        );
        downloads++;
      }
      await page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLElement>('[part~="back"]')!.click());
      await inPage(page, 'the list again', () => !document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.claim-details'));
    }
    assert.ok(downloads >= 3, `${downloads} documents downloaded`);
    await page.goto('about:blank');
    await until(() => rumEvents().filter((e) => /\/claims\/[^/?"]+\/documents\//.test(e.resource?.url ?? '')).length >= downloads, 'every download in the intake');
    await context.close();
    return { problems, raw: intake.map((request) => request.body).join('\n') };
  }

  it('with travelPayStatusRum.beforeSend: no claim id or document id in the intake, the URLs as templates', async () => {
    const { problems, raw } = await detailsJourney('');
    assert.deepEqual(ids.filter((id) => raw.includes(id)), [], 'ids in the intake');
    const urls = rumEvents().flatMap((e) => (e.resource?.url.includes('/travel_pay/v0/claims') ? [new URL(e.resource.url).pathname + new URL(e.resource.url).search] : []));
    assert.ok(urls.includes('/travel_pay/v0/claims'), `the list's request without its query: ${urls.join(', ')}`);
    assert.ok(urls.includes('/travel_pay/v0/claims/:id'), 'a claim’s details as a template');
    assert.ok(urls.includes('/travel_pay/v0/claims/:id/documents/:id'), 'a document as a template');
    assert.deepEqual(problems, []);
  });

  it('without it (what such a host sends): the ids of the claims opened and documents downloaded', async () => {
    const { raw } = await detailsJourney('?scrubber=off');
    assert.deepEqual(ids.filter((id) => !raw.includes(id)), [], 'every id opened or downloaded is in the intake');
  });

  it('is in the package: `travel-pay-status/datadog-before-send.js`', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as { exports: Record<string, { import: string }> };
    const file = pkg.exports['./datadog-before-send.js'].import;
    const module = (await import(join(import.meta.dirname, '../..', file))) as typeof import('../../src/analytics/datadog-before-send.js');
    const event = { resource: { url: 'https://api.va.gov/travel_pay/v0/claims/abc-123/documents/def-456?x=1' } };
    assert.equal(module.travelPayBeforeSend(event), true);
    assert.equal(event.resource.url, 'https://api.va.gov/travel_pay/v0/claims/:id/documents/:id');
  });
});
