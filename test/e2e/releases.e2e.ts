/**
 * End to end: releases a host can pin or follow, and a major rolled back. The current build
 * (dist/) and a newer release (this code built as the next patch) are published, in that
 * order, with `npm run release:publish` into a widgets root served by a CDN origin; host
 * pages embed the script tags of the embedding pages, pinned (`v<x.y.z>/`, with
 * integrity) or following the major (`v<major>/`). `npm run release:rollback` then points
 * the major back at the current build's release, and a page that follows it runs that
 * older core. Run by `npm run test:e2e` after `npm run build` (it builds the newer release
 * itself, in a temporary folder).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTTPResponse } from 'puppeteer-core';
import { claimsHandlers } from '../../mocks/handlers.js';
import { snippetOf } from '../../scripts/release/layout.mjs';
import { CSP } from './host-page.js';
import { startWidgetsCdn, useHostAndBrowser } from './server.js';

const ROOT = join(import.meta.dirname, '../..');
/** The current build's release: the one rolled back to. */
const older = JSON.parse(readFileSync(join(ROOT, 'dist/build-manifest.json'), 'utf8')).release as { version: string; folder: string; major: string };
/** The bad release, the next patch of the same major. */
const NEWER = older.version.replace(/^(\d+)\.(\d+)\.(\d+).*$/, (_, major, minor, patch) => `${major}.${minor}.${Number(patch) + 1}`);
const newer = { version: NEWER, folder: `v${NEWER}` };
const MAJOR = older.major;

let work = '';
let cdn: Awaited<ReturnType<typeof startWidgetsCdn>> | undefined;
const npm = (...args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { cwd: ROOT, encoding: 'utf8' });

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'travel-pay-releases-'));
  execFileSync('node', ['scripts/build.mjs', '--out', join(work, 'newer'), '--release-version', NEWER], { cwd: ROOT, stdio: 'ignore' });
  npm('release:publish', '--', '--from', 'dist', '--dir', join(work, 'cdn'));
  npm('release:publish', '--', '--from', join(work, 'newer'), '--dir', join(work, 'cdn'));
  cdn = await startWidgetsCdn({ cors: () => true, root: join(work, 'cdn') });
});
after(() => {
  cdn?.server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A host page with `tag`, the script tag of an embedding page as the CDN serves it. */
const hostPage = (tag: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page embedding a release (end-to-end test)</title>
    <script src="/hosts/host-page.js"></script>
    ${tag}
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

/** The script tag of `folder`'s embedding page for mhv, as published now, pointed at the test CDN. */
function tagOf(folder: string, { integrity = true } = {}) {
  const page = readFileSync(join(work, 'cdn', folder, 'embed-mhv.html'), 'utf8');
  const { publicUrl } = JSON.parse(readFileSync(join(work, 'cdn', folder, 'release.json'), 'utf8'));
  const tag = snippetOf(page).replace(publicUrl, `${cdn!.url}/travel-pay-status/`);
  return integrity ? tag : tag.replace(/ integrity="[^"]+"/, '');
}

let pages: Record<string, string> = {};
const env = useHostAndBrowser(() => claimsHandlers('default'), {
  routes: (_req, res, url) => {
    const page = pages[url.pathname];
    if (!page) return false;
    const csp = CSP.replace("script-src 'self'", `script-src 'self' ${cdn!.url}`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page);
    return true;
  },
});

/** Opens `path` on a fresh profile: the version that runs there (null: none), the widget files fetched, with their cache headers. */
async function visit(path: string) {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const files: { path: string; cache: string }[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if ((m.type() === 'error' || m.type() === 'warn') && !/Failed to find a valid digest in the 'integrity' attribute/.test(line)) problems.push(line);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  page.on('response', (r: HTTPResponse) => {
    const u = new URL(r.url());
    if (u.origin === cdn!.url) files.push({ path: u.pathname.replace('/travel-pay-status/', ''), cache: r.headers()['cache-control'] ?? '' });
  });
  await page.goto(`${env.base}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('travel-pay-status')?.shadowRoot?.querySelector('.claim') || !document.adoptedStyleSheets.length,
    { timeout: 15_000 },
  );
  await new Promise((r) => setTimeout(r, 300));
  const state = await page.evaluate(() => {
    const w = window as unknown as { __violations: string[]; __rejections: string[] };
    const defined = customElements.get('travel-pay-status') as unknown as { version: string } | undefined;
    const el = document.querySelector('travel-pay-status')!;
    return {
      version: defined?.version ?? null,
      claims: el.shadowRoot?.querySelectorAll('.claim').length ?? 0,
      fallbackVisible: getComputedStyle(document.getElementById('fallback')!).visibility === 'visible',
      violations: w.__violations,
      rejections: w.__rejections,
    };
  });
  await context.close();
  return { ...state, files, problems };
}

describe('releases a host pins or follows, and a major rolled back', () => {
  it('published in order: the major follows the newer release; each release’s folder stays', () => {
    const published = JSON.parse(readFileSync(join(work, 'cdn', MAJOR, 'release.json'), 'utf8'));
    assert.equal(published.version, newer.version);
    for (const v of [older.version, newer.version]) assert.equal(JSON.parse(readFileSync(join(work, 'cdn', `v${v}`, 'release.json'), 'utf8')).version, v);
  });

  it('pinned and followed: the newer release runs, from its own folder; the major’s loader is cached briefly, the release’s files for good', async () => {
    pages = { '/pinned.html': hostPage(tagOf(newer.folder)), '/following.html': hostPage(tagOf(MAJOR, { integrity: false })) };
    for (const [path, loader] of [['/pinned.html', `${newer.folder}/mhv.js`], ['/following.html', `${MAJOR}/mhv.js`]]) {
      const seen = await visit(path);
      assert.equal(seen.version, newer.version, path);
      assert.equal(seen.claims, 10);
      assert.deepEqual(seen.files.map((f) => f.path).slice(0, 2), [loader, `${newer.folder}/${JSON.parse(readFileSync(join(work, 'cdn', newer.folder, 'release.json'), 'utf8')).core}`]);
      for (const f of seen.files) {
        assert.equal(f.cache, f.path.startsWith(`${MAJOR}/`) ? 'public, max-age=300' : 'public, max-age=31536000, immutable', f.path);
      }
      assert.deepEqual([seen.violations, seen.rejections, seen.problems], [[], [], []]);
    }
  });

  it('npm run release:rollback: a page following the major runs the older core; a pinned page keeps its release; a tag that kept the old loader’s integrity shows the fallback', async () => {
    const withIntegrity = tagOf(MAJOR);
    const out = npm('release:rollback', '--', '--major', MAJOR.slice(1), '--dir', join(work, 'cdn'));
    assert.ok(out.includes(`${MAJOR}/ now runs ${older.version} (was ${newer.version})`), out);
    pages = {
      '/following.html': hostPage(tagOf(MAJOR, { integrity: false })),
      '/following-new-tag.html': hostPage(tagOf(MAJOR)),
      '/pinned.html': hostPage(tagOf(newer.folder)),
      '/stale-integrity.html': hostPage(withIntegrity),
    };

    const following = await visit('/following.html');
    assert.equal(following.version, older.version);
    assert.equal(following.claims, 10);
    assert.ok(following.files.some((f) => f.path.startsWith(`${older.folder}/core-`)), 'the older release’s core, from its own folder');
    assert.deepEqual([following.violations, following.rejections, following.problems], [[], [], []]);

    assert.equal((await visit('/following-new-tag.html')).version, older.version, 'the major’s embedding page gives the older loader’s integrity');
    assert.equal((await visit('/pinned.html')).version, newer.version);

    const stale = await visit('/stale-integrity.html');
    assert.deepEqual({ version: stale.version, fallbackVisible: stale.fallbackVisible }, { version: null, fallbackVisible: true });
    assert.deepEqual([stale.violations, stale.rejections, stale.problems], [[], [], []]);
  });

  it('rolled forward again with --to: the newer release runs', async () => {
    npm('release:rollback', '--', '--major', MAJOR.slice(1), '--to', newer.version, '--dir', join(work, 'cdn'));
    pages = { '/following.html': hostPage(tagOf(MAJOR, { integrity: false })) };
    assert.equal((await visit('/following.html')).version, newer.version);
  });
});
