/**
 * End to end: the package as a bundler user installs it. `npm pack` makes the tarball npm
 * would publish; a tiny app in a temporary folder `npm install`s it (its dependencies, Lit
 * and GrowthBook, come with it), imports `…/define.js` and the main entry by the package's
 * name, and is built by Vite (a production build, as the user's would be). Served under the
 * hosts' strict CSP, it must show the claims and load the status explanations through the
 * same dynamic import, from a chunk the app's bundler made of the ES build's
 * `status-explanations.js`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { claimsHandlers } from '../../mocks/handlers.js';
import { answerFromHandlers, CONTENT_TYPES, CSP } from './host-page.js';

const ROOT = normalize(join(import.meta.dirname, '../..'));
const NAME: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name;

describe('the packed package in a bundler user’s app', () => {
  let app: string;
  let server: Server;
  let base: string;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/esm/define.js')), 'run `npm run build` first');
    app = mkdtempSync(join(tmpdir(), 'travel-pay-esm-app-'));
    // The tarball npm would publish, installed as a user's project installs it (from npm's
    // cache when it has the dependencies; no install scripts).
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: ROOT, encoding: 'utf8' }));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-bundler-users-app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(app, packed.filename)], { cwd: app, stdio: 'pipe' });
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A bundler user's app</title>
      <script type="module" src="./main.js"></script></head>
      <body><travel-pay-status api-base="/travel_pay/v0" entry-point="mhv"></travel-pay-status></body></html>`,
    );
    // Both entries, by the package's name: the side-effect one registers the element.
    writeFileSync(
      join(app, 'main.js'),
      `import '${NAME}/define.js';\nimport { TravelPayStatusElement } from '${NAME}';\n` +
        `window.__sameClass = customElements.get('travel-pay-status').prototype instanceof TravelPayStatusElement;\n`,
    );
    await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      // GrowthBook's ES build reads it, as bundlers replace it.
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: { dedupe: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'] },
      build: { outDir: join(app, 'dist'), emptyOutDir: true, target: 'es2022' },
    });
    const out = join(app, 'dist');
    const handlers = claimsHandlers('default');
    server = createServer(async (req, res) => {
      if (await answerFromHandlers(handlers, req, res)) return;
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      const path = normalize(join(out, pathname === '/' ? 'index.html' : pathname));
      try {
        if (!path.startsWith(out)) throw new Error('outside');
        const body = await readFile(path);
        res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('installs from the tarball with its dependencies, and nothing of ours but the package', () => {
    const installed = join(app, 'node_modules', ...NAME.split('/'));
    assert.ok(existsSync(join(installed, 'dist/esm/define.js')));
    assert.ok(existsSync(join(installed, 'dist/types/index.d.ts')));
    assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')));
    for (const dependency of ['lit', '@growthbook/growthbook']) assert.ok(existsSync(join(app, 'node_modules', dependency, 'package.json')), dependency);
  });

  it('shows the claims, and the status explanations from a chunk of the app’s own build', async () => {
    const assets = readdirSync(join(app, 'dist/assets'));
    const chunk = assets.find((f) => /^status-explanations-.*\.js$/.test(f));
    assert.ok(chunk, `the app's bundler made the piece a chunk of its own (${assets.join(', ')})`);

    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    // The claims, and "Need help?" (a piece asked for after the widget's first frame).
    await page.waitForFunction(
      () => {
        const root = document.querySelector('travel-pay-status')?.shadowRoot;
        return root?.querySelectorAll('.claim').length === 10 && root.querySelector('details[part="status-help"]');
      },
      { timeout: 15_000 },
    );
    assert.ok(!requests.includes(`/assets/${chunk}`), 'not with the first view');
    await page.evaluate(() => {
      document.querySelector('travel-pay-status')!.shadowRoot!.querySelector<HTMLElement>('details[part="status-help"] summary')!.click();
    });
    await page.waitForFunction(
      () => document.querySelector('travel-pay-status')!.shadowRoot!.querySelectorAll('.status-explanations h4').length === 3,
      { timeout: 15_000 },
    );
    assert.equal(requests.filter((r) => r === `/assets/${chunk}`).length, 1);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameClass: boolean }).__sameClass), true, 'both entries share one element class');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
