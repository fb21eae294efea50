/**
 * End to end: how the built widget loads. A host adds one classic script tag, its loader
 * (`dist/widgets/<host>.js`); the loader imports the content-hashed core from beside its
 * own URL, and the core imports each piece on demand from beside its own. Under the hosts'
 * strict CSP (`script-src 'self'`, Trusted Types required) with zero violations, console
 * errors, page errors or unhandled rejections; each file once per page however many
 * bundles and widgets it has. Run by `npm run test:e2e` after `npm run build`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { claimsHandlers } from '../../mocks/handlers.js';
import { STATUSES } from '../../src/claims/statuses.js';
import { STATIC_PREFIX, startWidgetsCdn, useHostAndBrowser } from './server.js';

interface Manifest {
  core: string;
  firstView: Record<string, string[]>;
  pieces: Record<string, string[]>;
  integrity: string;
}
const manifest: Manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/build-manifest.json'), 'utf8'));

let cors = true;
let cdn: Awaited<ReturnType<typeof startWidgetsCdn>> | undefined;
before(async () => {
  cdn = await startWidgetsCdn({ cors: () => cors });
});
after(() => cdn?.server.close());

const env = useHostAndBrowser(() => claimsHandlers('default'), { cdn: () => cdn?.url ?? '' });

/** Chrome's own lines for a refused or failed load: the browser's, not the page's. */
const BROWSER_NETWORK_LOG =
  /^error: (Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)|Access to script at .* has been blocked by CORS policy)/;

interface Opened {
  page: Page;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Console errors and warnings (the browser's network lines only if `networkLogAllowed`), page errors. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh profile (nothing cached), the page loaded, optionally with requests intercepted. */
async function open(path: string, options: { intercept?: (request: HTTPRequest) => boolean; networkLogAllowed?: boolean } = {}): Promise<Opened> {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if ((m.type() === 'error' || m.type() === 'warn') && !(options.networkLogAllowed && BROWSER_NETWORK_LOG.test(line))) problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  if (options.intercept) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!options.intercept!(request)) void request.continue();
    });
  }
  page.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(`${url.origin === new URL(env.base).origin ? '' : url.origin}${url.pathname}${url.search}`);
  });
  await page.goto(`${env.base}${path}`, { waitUntil: 'load' });
  return { page, requests, problems, close: () => context.close() };
}

/**
 * Waits until every widget on the page shows its first page of claims, and its "Need help?"
 * (a piece asked for in the task after the widget's first frame).
 */
async function claimsShown(page: Page, widgets = 1) {
  await page.waitForFunction(
    (count: number) =>
      [...document.querySelectorAll('travel-pay-status')].filter(
        (el) => el.shadowRoot?.querySelectorAll('.claim').length && el.shadowRoot.querySelector('details[part="status-help"]'),
      ).length === count,
    { timeout: 15_000 },
    widgets,
  );
}

/** The host page's own records: CSP violations, unhandled rejections, and whether its script still runs. */
async function hostRecords(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __rejections: string[]; __ticks: number };
    return { violations: w.__violations, rejections: w.__rejections, ticks: w.__ticks };
  });
}

const count = (requests: string[], file: string) => requests.filter((r) => r.split('?')[0].endsWith(`/${file}`)).length;

const [explanations] = manifest.pieces['status-explanations'] ?? [];
const [, meanings] = manifest.pieces['status-explanations'] ?? [];
const [help] = manifest.pieces['help-section'] ?? [];
const [filterForm] = manifest.pieces['filter-form'] ?? [];

/** Opens "What does my claim status mean?" in the `index`th widget (all of them without `index`). */
async function openStatusHelp(page: Page, index?: number) {
  // "Need help?" is a piece that follows the first frame: wait for its disclosure first.
  await page.waitForFunction(
    (i?: number) => {
      const widgets = [...document.querySelectorAll('travel-pay-status')];
      return (i === undefined ? widgets : [widgets[i]]).every((el) => el.shadowRoot?.querySelector('details[part="status-help"] summary'));
    },
    { timeout: 15_000 },
    index,
  );
  await page.evaluate((i?: number) => {
    const widgets = [...document.querySelectorAll('travel-pay-status')];
    for (const el of i === undefined ? widgets : [widgets[i]]) {
      el.shadowRoot!.querySelector<HTMLElement>('details[part="status-help"] summary')!.click();
    }
  }, index);
}

/** What the `index`th widget's disclosure shows: `explanations` (the three groups), `error`, `loading` or `nothing`. */
async function statusHelpState(page: Page, index = 0) {
  return page.evaluate(
    (i: number, statuses: number) => {
      const root = document.querySelectorAll('travel-pay-status')[i].shadowRoot!;
      const content = root.querySelector('details[part="status-help"] .status-explanations');
      if (!content) return 'nothing';
      if (content.querySelectorAll('h4').length === 3 && content.querySelectorAll('dt').length === statuses) return 'explanations';
      if (content.querySelector('[role="alert"] button[part="retry"]')) return 'error';
      return content.querySelector('[role="status"]') ? 'loading' : 'unknown';
    },
    index,
    STATUSES.length,
  );
}

async function waitForStatusHelp(page: Page, state: string, index = 0) {
  await page.waitForFunction(
    (i: number, want: string) => {
      const content = document.querySelectorAll('travel-pay-status')[i].shadowRoot!.querySelector('.status-explanations');
      if (want === 'explanations') return content?.querySelectorAll('h4').length === 3;
      return want === 'error' && content?.querySelector('[role="alert"]');
    },
    { timeout: 15_000 },
    index,
    state,
  );
  assert.equal(await statusHelpState(page, index), state);
}

describe('the built loader and core under the hosts’ strict CSP', () => {
  it('loads the core, then the piece on demand, from beside the script tag’s own URL, wherever the folder is served', async () => {
    const { page, requests, problems, close } = await open('/hosts/prefixed.html');
    await claimsShown(page);
    const widgetFiles = () => requests.filter((r) => r.endsWith('.js') && !r.startsWith('/hosts/'));
    // The first view needs no piece; the list's preparation is asked for as the loading
    // state shows, "Need help?" and the analytics forwarders after the first frame (in any order).
    const afterFirstFrame = [`${STATIC_PREFIX}${manifest.pieces['prepare-templates'][0]}`, `${STATIC_PREFIX}${help}`, `${STATIC_PREFIX}${manifest.pieces.forwarding[0]}`];
    await page.waitForFunction((names) => names.every((name: string) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(name))), { timeout: 15_000 }, afterFirstFrame);
    const firstView = [`${STATIC_PREFIX}mhv.js`, `${STATIC_PREFIX}${manifest.core}`];
    assert.deepEqual(widgetFiles().slice(0, 2), firstView, 'the first view needs no piece');
    assert.deepEqual(widgetFiles()[2], `${STATIC_PREFIX}${manifest.integrity}`, 'the pieces’ table, before any piece');
    assert.deepEqual(widgetFiles().slice(3).sort(), [...afterFirstFrame].sort());
    assert.equal(await statusHelpState(page), 'nothing');
    await openStatusHelp(page);
    await waitForStatusHelp(page, 'explanations');
    // Its own file and the statuses' meanings, a chunk it shares with the claim details.
    assert.deepEqual(widgetFiles().slice(6).sort(), [`${STATIC_PREFIX}${explanations}`, `${STATIC_PREFIX}${meanings}`].sort());
    const records = await hostRecords(page);
    assert.deepEqual(records.violations, []);
    assert.deepEqual(records.rejections, []);
    assert.deepEqual(problems, []);
    assert.match(manifest.core, /^core-[\w-]{8}\.js$/, 'the core is content-hashed');
    await close();
  });

  it('two host bundles and three widgets: the core and the piece are loaded once', async () => {
    const { page, requests, problems, close } = await open('/hosts/three-widgets.html');
    await claimsShown(page, 3);
    await openStatusHelp(page);
    for (const i of [0, 1, 2]) await waitForStatusHelp(page, 'explanations', i);
    assert.equal(count(requests, explanations), 1, 'three disclosures opened at once share one request');
    assert.equal(count(requests, 'mhv.js'), 1);
    assert.equal(count(requests, 'claims-tool.js'), 1);
    assert.equal(count(requests, manifest.core), 1);
    assert.equal(count(requests, 'claims'), 1, 'the widgets share one claims request');
    const defined = await page.evaluate(() => (customElements.get('travel-pay-status') as unknown as { version: string }).version);
    assert.equal(defined, '0.1.0');
    const records = await hostRecords(page);
    assert.deepEqual(records.violations, []);
    assert.deepEqual(records.rejections, []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('from another origin (a CDN sending Access-Control-Allow-Origin): loads, no violation', async () => {
    cors = true;
    const { page, requests, problems, close } = await open('/hosts/cdn.html');
    await claimsShown(page);
    assert.equal(count(requests, manifest.core), 1);
    assert.ok(requests.includes(`${cdn!.url}/travel-pay-status/${manifest.core}`), 'the core comes from the CDN, beside the loader');
    await openStatusHelp(page);
    await waitForStatusHelp(page, 'explanations');
    assert.ok(requests.includes(`${cdn!.url}/travel-pay-status/${explanations}`), 'the piece comes from the CDN, beside the core');
    const records = await hostRecords(page);
    assert.deepEqual(records.violations, []);
    assert.deepEqual(records.rejections, []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a core that can’t be loaded (no CORS header) leaves the host’s fallback showing, nothing thrown', async () => {
    cors = false;
    try {
      const { page, problems, close } = await open('/hosts/cdn.html', { networkLogAllowed: true });
      // The loader holds the widget's room (the fallback hidden) until the core loads or
      // fails: the fallback showing is the failure handled, however long that took.
      await page.waitForFunction(() => getComputedStyle(document.getElementById('fallback')!).visibility === 'visible', { timeout: 15_000 });
      const state = await page.evaluate(() => ({
        defined: Boolean(customElements.get('travel-pay-status')),
        fallbackVisible: getComputedStyle(document.getElementById('fallback')!).visibility === 'visible',
      }));
      assert.deepEqual(state, { defined: false, fallbackVisible: true });
      // The host's own script still runs: its 50 ms interval ticks on.
      await page.waitForFunction(() => (window as unknown as { __ticks: number }).__ticks > 2, { timeout: 15_000 });
      const records = await hostRecords(page);
      assert.deepEqual(records.violations, []);
      assert.deepEqual(records.rejections, []);
      assert.ok(records.ticks > 0);
      assert.deepEqual(problems, []);
      await close();
    } finally {
      cors = true;
    }
  });

  it('holds the widget’s room while the core loads: no flash of the fallback', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, problems, close } = await open('/hosts/cdn.html', {
      intercept: (request) => {
        if (!request.url().endsWith(`/${manifest.core}`)) return false;
        void held.then(() => request.continue());
        return true;
      },
    });
    const whileLoading = await page.evaluate(() => {
      const el = document.querySelector('travel-pay-status')!;
      return {
        defined: Boolean(customElements.get('travel-pay-status')),
        height: el.getBoundingClientRect().height,
        fallbackVisible: getComputedStyle(document.getElementById('fallback')!).visibility === 'visible',
      };
    });
    assert.equal(whileLoading.defined, false);
    assert.equal(whileLoading.fallbackVisible, false);
    assert.ok(whileLoading.height >= 300, `room held: ${whileLoading.height}px`);
    release();
    await claimsShown(page);
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'the hold is lifted once defined');
    assert.deepEqual(problems, []);
    await close();
  });
});

describe('a piece that can’t be loaded', () => {
  for (const [failure, fail] of [
    ['404', (request: HTTPRequest) => void request.respond({ status: 404, body: '' })],
    ['network error', (request: HTTPRequest) => void request.abort('failed')],
  ] as const) {
    it(`${failure}: an announced error with Try again where it was needed; the widget keeps working; Try again loads it`, async () => {
      let failed = 0;
      const { page, requests, problems, close } = await open('/hosts/mhv.html', {
        networkLogAllowed: true,
        intercept: (request) => {
          if (!request.url().includes(`/${explanations}`) || failed > 0) return false;
          failed++;
          fail(request);
          return true;
        },
      });
      await claimsShown(page);
      await openStatusHelp(page);
      await waitForStatusHelp(page, 'error');
      const alert = await page.evaluate(() => {
        const root = document.querySelector('travel-pay-status')!.shadowRoot!;
        const alert = root.querySelector('.status-explanations [role="alert"]')!;
        return { text: alert.textContent!.replace(/\s+/g, ' ').trim(), button: alert.querySelector('button')!.textContent!.trim() };
      });
      assert.match(alert.text, /We can’t show what each claim status means right now/);
      assert.equal(alert.button, 'Try again');

      // The rest of the widget keeps working: the next page of claims.
      await page.evaluate(() => {
        const root = document.querySelector('travel-pay-status')!.shadowRoot!;
        [...root.querySelectorAll<HTMLButtonElement>('nav.pagination button')].find((b) => b.textContent!.trim() === 'Next')!.click();
      });
      await page.waitForFunction(() =>
        /^Showing 11 ‒/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary')!.textContent!),
      );

      await page.evaluate(() => {
        document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLButtonElement>('.status-explanations [part="retry"]')!.click();
      });
      await waitForStatusHelp(page, 'explanations');
      const pieceRequests = requests.filter((r) => r.includes(`/${explanations}`));
      assert.deepEqual(pieceRequests, [`/widgets/${explanations}`, `/widgets/${explanations}?retry=1`]);
      const records = await hostRecords(page);
      assert.deepEqual(records.violations, []);
      assert.deepEqual(records.rejections, [], 'no unhandled rejection');
      assert.deepEqual(problems, [], 'no console error but the browser’s own network line');
      await close();
    });
  }
});

describe('the sort and filter options, a piece', () => {
  /** What the opened "Filter and sort" shows: `controls`, `error`, `loading` or `nothing`. */
  const filtersState = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('travel-pay-status')!.shadowRoot!;
      const place = root.querySelector('details.filters .filter-form');
      if (!place) return 'nothing';
      if (place.querySelector('form.controls select#sort')) return 'controls';
      if (place.querySelector('[role="alert"] button[part="retry"]')) return 'error';
      return place.querySelector('[role="status"]') ? 'loading' : 'unknown';
    });
  const until = (page: Page, want: string) =>
    page.waitForFunction(
      (w: string) => {
        const place = document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('details.filters .filter-form');
        return w === 'controls' ? place?.querySelector('select#sort') : place?.querySelector('[role="alert"]');
      },
      { timeout: 15_000 },
      want,
    );
  const click = (page: Page, selector: string) =>
    page.evaluate((s: string) => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLElement>(s)!.click(), selector);

  it('load when "Filter and sort" first opens; a 404 is an announced error with Try again there, and the list keeps working', async () => {
    let failed = 0;
    const { page, requests, problems, close } = await open('/hosts/mhv.html', {
      networkLogAllowed: true,
      intercept: (request) => {
        if (!request.url().includes(`/${filterForm}`) || failed > 0) return false;
        failed++;
        void request.respond({ status: 404, body: '' });
        return true;
      },
    });
    await claimsShown(page);
    assert.equal(count(requests, filterForm), 0, 'not in the first view');
    await click(page, 'details.filters > summary');
    await until(page, 'error');
    assert.equal(await filtersState(page), 'error');
    const alert = await page.evaluate(() =>
      document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.filter-form [role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    assert.match(alert, /We can’t show the sort and filter options right now/);

    // The list keeps working: the next page of claims.
    await page.evaluate(() => {
      const root = document.querySelector('travel-pay-status')!.shadowRoot!;
      [...root.querySelectorAll<HTMLButtonElement>('nav.pagination button')].find((b) => b.textContent!.trim() === 'Next')!.click();
    });
    await page.waitForFunction(() =>
      /^Showing 11 ‒/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary')!.textContent!),
    );

    await click(page, '.filter-form [part="retry"]');
    await until(page, 'controls');
    assert.deepEqual(
      requests.filter((r) => r.includes(`/${filterForm}`)),
      [`/widgets/${filterForm}`, `/widgets/${filterForm}?retry=1`],
    );
    // The controls work once loaded: oldest first.
    await page.evaluate(() => {
      const root = document.querySelector('travel-pay-status')!.shadowRoot!;
      const sort = root.querySelector<HTMLSelectElement>('select#sort')!;
      sort.value = 'oldest';
      sort.dispatchEvent(new Event('change'));
      root.querySelector<HTMLButtonElement>('[part="apply"]')!.click();
    });
    await page.waitForFunction(() =>
      /sorted by oldest first/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary')!.textContent!),
    );
    const records = await hostRecords(page);
    assert.deepEqual(records.violations, []);
    assert.deepEqual(records.rejections, [], 'no unhandled rejection');
    assert.deepEqual(problems, [], 'no console error but the browser’s own network line');
    await close();
  });
});

