/**
 * End to end: a changed file never runs. A host page embeds the release's loader with the
 * script tag of its embedding page (`dist/widgets/v<x.y.z>/embed-mhv.html`: `integrity`
 * and `crossorigin`), under the hosts' strict CSP with Trusted Types; the server changes
 * the loader, the core or a piece on the way, as a CDN or a proxy could. A changed loader
 * or core leaves the host's fallback showing; a changed piece is the piece's error with
 * Try again, and the rest of the widget works. No CSP violation, no uncaught error, and
 * the changed code never runs. Run by `npm run test:e2e` after `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { claimsHandlers } from '../../mocks/handlers.js';
import { snippetOf } from '../../scripts/release/layout.mjs';
import { CSP } from './host-page.js';
import { useHostAndBrowser } from './server.js';

const DIST = join(import.meta.dirname, '../../dist');
const manifest = JSON.parse(readFileSync(join(DIST, 'build-manifest.json'), 'utf8'));
const folder: string = manifest.release.folder;
const release = JSON.parse(readFileSync(join(DIST, 'widgets', folder, 'release.json'), 'utf8'));
// The status help's piece, and the statuses' meanings it shares with the claim details (a chunk of their own).
const [explanations, meanings] = manifest.pieces['status-explanations'];

/** The release's own script tag for mhv, from its embedding page, served from this origin's `/widgets/`. */
const snippet = snippetOf(readFileSync(join(DIST, 'widgets', folder, 'embed-mhv.html'), 'utf8')).replace(release.publicUrl, '/widgets/');

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page embedding the release with its integrity (end-to-end test)</title>
    <script src="/hosts/host-page.js"></script>
    ${snippet}
  </head>
  <body>
    <main>
      <h1>Travel claims</h1>
      <travel-pay-status api-base="/travel_pay/v0" user-id="e2e-veteran-1">
        <p slot="fallback" id="fallback">Check your travel claims in the BTSSS portal.</p>
      </travel-pay-status>
    </main>
  </body>
</html>`;

/** The file the server changes on the way, if any: a statement appended, which would record that it ran. */
let tampered: string | null = null;

const env = useHostAndBrowser(() => claimsHandlers('default'), {
  routes: (_req, res, url) => {
    if (url.pathname === '/hosts/embedded.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }).end(HOST_PAGE);
      return true;
    }
    if (!tampered || url.pathname !== `/widgets/${folder}/${tampered}`) return false;
    const original = readFileSync(join(DIST, 'widgets', folder, tampered), 'utf8');
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`${original}\n;window.__tamperedRan = true;\n`);
    return true;
  },
});

/** The browser's own lines for a refused file: its integrity didn't match. */
const REFUSED = /^error: Failed to find a valid digest in the 'integrity' attribute for resource '[^']+' with computed SHA-(?:256|384) integrity '[^']+'\. The resource has been blocked\.$/;

async function open() {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const refused: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if (REFUSED.test(line)) refused.push(/resource '([^']+)'/.exec(line)![1].replace(env.base, ''));
    else if (m.type() === 'error' || m.type() === 'warn') problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto(`${env.base}/hosts/embedded.html`, { waitUntil: 'load' });
  return { page, problems, refused, requests, close: () => context.close() };
}

/** What the host page recorded, and whether changed code ran. */
const records = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __rejections: string[]; __ticks: number; __tamperedRan?: boolean };
    return { violations: w.__violations, rejections: w.__rejections, tamperedRan: w.__tamperedRan ?? false, ticks: w.__ticks };
  });

/** The host's fallback and the widget, as a Veteran would see them. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    defined: Boolean(customElements.get('travel-pay-status')),
    fallbackVisible: getComputedStyle(document.getElementById('fallback')!).visibility === 'visible',
    claims: document.querySelector('travel-pay-status')!.shadowRoot?.querySelectorAll('.claim').length ?? 0,
  }));

const helpState = (page: Page) =>
  page.evaluate(() => {
    const content = document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.status-explanations');
    if (content?.querySelectorAll('h4').length === 3) return 'explanations';
    if (content?.querySelector('[role="alert"] button[part="retry"]')) return 'error';
    return content ? 'loading' : 'nothing';
  });

const until = (page: Page, fn: () => unknown) => page.waitForFunction(fn, { timeout: 15_000 });
const claimsShown = (page: Page) => until(page, () => document.querySelector('travel-pay-status')?.shadowRoot?.querySelectorAll('.claim').length);

/** "Need help?" is a piece that follows the first frame: wait for its disclosure, then open it. */
async function openStatusHelp(page: Page) {
  const summary = 'details[part="status-help"] summary';
  await page.waitForFunction((s) => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector(s), { timeout: 15_000 }, summary);
  await page.evaluate((s) => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLElement>(s)!.click(), summary);
}

describe('the release’s integrity, end to end', () => {
  it('the embedding page’s script tag carries the loader’s integrity and crossorigin', () => {
    assert.match(snippet, new RegExp(`^<script src="/widgets/${folder}/mhv\\.js" integrity="sha384-[\\w+/]{64}" crossorigin="anonymous" defer></script>$`));
    assert.ok(snippet.includes(release.loaders.mhv));
  });

  it('unchanged: the widget runs; the core and a piece are each fetched once, checked', async () => {
    tampered = null;
    const { page, problems, refused, requests, close } = await open();
    await claimsShown(page);
    await openStatusHelp(page);
    await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.status-explanations h4').length === 3);
    const widgetFiles = requests.filter((r) => r.startsWith(`/widgets/`));
    // The pieces' table comes first, with the first piece asked for; the list's preparation
    // (asked for as the loading state shows), "Need help?" and the analytics forwarders
    // (after the first frame) are pieces too, in any order.
    const later = [manifest.pieces['prepare-templates'][0], manifest.pieces.forwarding[0], manifest.pieces['help-section'][0]];
    assert.deepEqual(widgetFiles.slice(0, 3), [`/widgets/${folder}/mhv.js`, `/widgets/${folder}/${manifest.core}`, `/widgets/${folder}/${manifest.integrity}`]);
    assert.deepEqual(widgetFiles.slice(3, 6).sort(), later.map((f) => `/widgets/${folder}/${f}`).sort());
    assert.deepEqual(widgetFiles.slice(6).sort(), [`/widgets/${folder}/${explanations}`, `/widgets/${folder}/${meanings}`].sort());
    assert.deepEqual(await records(page).then(({ violations, rejections }) => ({ violations, rejections })), { violations: [], rejections: [] });
    assert.deepEqual(refused, []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a changed loader is refused by the host’s script tag: the host’s fallback shows', async () => {
    tampered = 'mhv.js';
    try {
      const { page, problems, refused, close } = await open();
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await shown(page), { defined: false, fallbackVisible: true, claims: 0 });
      const r = await records(page);
      assert.deepEqual({ violations: r.violations, rejections: r.rejections, tamperedRan: r.tamperedRan }, { violations: [], rejections: [], tamperedRan: false });
      assert.ok(r.ticks > 0, 'the host page keeps running');
      assert.deepEqual(refused, [`/widgets/${folder}/mhv.js`]);
      assert.deepEqual(problems, []);
      await close();
    } finally {
      tampered = null;
    }
  });

  it('a changed core is refused: the host’s fallback shows, nothing thrown, the changed code never runs', async () => {
    tampered = manifest.core;
    try {
      const { page, problems, refused, requests, close } = await open();
      await until(page, () => document.adoptedStyleSheets.length === 0);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await shown(page), { defined: false, fallbackVisible: true, claims: 0 });
      const r = await records(page);
      assert.deepEqual({ violations: r.violations, rejections: r.rejections, tamperedRan: r.tamperedRan }, { violations: [], rejections: [], tamperedRan: false });
      assert.deepEqual(refused, [`/widgets/${folder}/${manifest.core}`]);
      assert.equal(requests.filter((p) => p.endsWith(manifest.core)).length, 1, 'refused, the core is never fetched again unchecked');
      assert.deepEqual(problems, []);
      await close();
    } finally {
      tampered = null;
    }
  });

  it('a changed piece is refused: its error with Try again, the list keeps working; Try again checks again, and loads once it is whole', async () => {
    tampered = explanations;
    try {
      const { page, problems, refused, requests, close } = await open();
      await claimsShown(page);
      await openStatusHelp(page);
      await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.status-explanations [role="alert"]'));
      assert.equal(await helpState(page), 'error');

      // The list keeps working: the next page of claims.
      await page.evaluate(() => {
        const root = document.querySelector('travel-pay-status')!.shadowRoot!;
        [...root.querySelectorAll<HTMLButtonElement>('nav.pagination button')].find((b) => b.textContent!.trim() === 'Next')!.click();
      });
      await until(page, () => /^Showing 11 ‒/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary')!.textContent!));

      // Try again while the file is still changed: refused again, from a fresh request.
      const retry = () => page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLButtonElement>('.status-explanations [part="retry"]')!.click());
      await retry();
      await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.status-explanations [part="retry"]'));
      assert.equal(await helpState(page), 'error');
      assert.equal((await records(page)).tamperedRan, false, 'the changed piece never ran');

      tampered = null;
      await retry();
      await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.status-explanations h4').length === 3);
      assert.deepEqual(
        requests.filter((p) => p.includes(explanations)),
        [`/widgets/${folder}/${explanations}`, `/widgets/${folder}/${explanations}?retry=1`, `/widgets/${folder}/${explanations}?retry=2`],
        'each attempt is one checked fetch; the checked file is not fetched again to run',
      );
      assert.deepEqual(refused, [`/widgets/${folder}/${explanations}`, `/widgets/${folder}/${explanations}?retry=1`]);
      const r = await records(page);
      assert.deepEqual({ violations: r.violations, rejections: r.rejections, tamperedRan: r.tamperedRan }, { violations: [], rejections: [], tamperedRan: false });
      assert.deepEqual(problems, []);
      await close();
    } finally {
      tampered = null;
    }
  });
  it('a changed chunk two pieces share is refused: the piece that imports it shows its error, and loads once the chunk is whole', async () => {
    tampered = meanings;
    try {
      const { page, problems, refused, close } = await open();
      await claimsShown(page);
      await openStatusHelp(page);
      await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.status-explanations [role="alert"]'));
      assert.equal(await helpState(page), 'error');
      assert.equal((await records(page)).tamperedRan, false, 'the changed chunk never ran');
      tampered = null;
      await page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLButtonElement>('.status-explanations [part="retry"]')!.click());
      await until(page, () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.status-explanations h4').length === 3);
      assert.deepEqual(refused, [`/widgets/${folder}/${meanings}`]);
      const r = await records(page);
      assert.deepEqual({ violations: r.violations, rejections: r.rejections, tamperedRan: r.tamperedRan }, { violations: [], rejections: [], tamperedRan: false });
      assert.deepEqual(problems, []);
      await close();
    } finally {
      tampered = null;
    }
  });

  it('a changed pieces’ table is refused: no piece runs, the list keeps working, nothing thrown', async () => {
    tampered = manifest.integrity;
    try {
      const { page, problems, refused, requests, close } = await open();
      await claimsShown(page);
      for (let i = 0; i < 150 && !refused.length; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      // "Need help?" is a piece: without a table it never comes, and the list pages on.
      assert.equal(await page.evaluate(() => document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('details[part="status-help"]')), null);
      await page.evaluate(() => {
        const root = document.querySelector('travel-pay-status')!.shadowRoot!;
        [...root.querySelectorAll<HTMLButtonElement>('nav.pagination button')].find((b) => b.textContent!.trim() === 'Next')!.click();
      });
      await until(page, () => /^Showing 11 ‒/.test(document.querySelector('travel-pay-status')!.shadowRoot!.querySelector('.summary')!.textContent!));
      assert.deepEqual(
        requests.filter((p) => Object.values(manifest.pieces as Record<string, string[]>).some((files) => files.some((f) => p.includes(f)))),
        [],
        'no piece is fetched without its integrity',
      );
      assert.ok(refused.length > 0 && refused.every((f) => f === `/widgets/${folder}/${manifest.integrity}`), 'only the table is refused');
      const r = await records(page);
      assert.deepEqual({ violations: r.violations, rejections: r.rejections, tamperedRan: r.tamperedRan }, { violations: [], rejections: [], tamperedRan: false });
      assert.deepEqual(problems, []);
      await close();
    } finally {
      tampered = null;
    }
  });
});
