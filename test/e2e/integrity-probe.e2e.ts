/**
 * What Subresource Integrity can do for module scripts in this Chromium, under the hosts'
 * strict policy (`script-src 'self'`, Trusted Types required): the facts the loader's
 * design rests on (docs/releasing.md, "Integrity"). Each experiment is a classic script
 * of the page's own origin, as the loader is, run on a fresh page; the server counts the
 * requests for each module and serves some of them changed ("tampered"), while the
 * integrity the page asks for is the original's. A failing test here means the browser
 * changed and the loader's design must be looked at again.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { CSP } from './host-page.js';

/** A module that records that it ran; `tampered` is the same module changed on the way. */
const moduleSource = (name: string, tampered = false) =>
  `(window.__ran ||= []).push(${JSON.stringify(tampered ? `${name}:tampered` : name)});\nexport const name = ${JSON.stringify(name)};\n`;
const integrityOf = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** The experiments: classic scripts of the page's origin. `I(name)` is the original module's integrity. */
const EXPERIMENTS: Record<string, string> = {
  // A modulepreload with the right integrity, then import(): one request, the module runs once.
  'preload-then-import': `
    const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '/probe/m/a.js', integrity: I('a') });
    link.onload = () => import('/probe/m/a.js').then((m) => done({ preload: 'load', imported: m.name }), (e) => done({ preload: 'load', imported: String(e) }));
    link.onerror = () => done({ preload: 'error' });
    document.head.append(link);`,
  // A changed file: the preload fails. Then import() of the same URL, without integrity.
  'tampered-preload-then-import': `
    const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '/probe/t/b.js', integrity: I('b') });
    link.onload = () => done({ preload: 'load' });
    link.onerror = () => import('/probe/t/b.js').then((m) => done({ preload: 'error', imported: m.name }), () => done({ preload: 'error', imported: 'refused' }));
    document.head.append(link);`,
  // A changed file: import() while its preload is still in flight.
  'import-during-tampered-preload': `
    const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '/probe/t/c.js', integrity: I('c') });
    document.head.append(link);
    import('/probe/t/c.js').then((m) => done({ imported: m.name }), () => done({ imported: 'refused' }));`,
  // A second preload of a URL whose first preload failed: fetched again, checked again.
  'tampered-preload-twice': `
    const preload = (href) => new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href, integrity: I('d') });
      link.onload = () => resolve('load');
      link.onerror = () => resolve('error');
      document.head.append(link);
    });
    preload('/probe/t/d.js').then((first) => preload('/probe/t/d.js').then((second) => done({ first, second })));`,
  // A module script element needs a TrustedScriptURL for its src: the bare string is refused.
  'script-element-without-policy': `
    const script = document.createElement('script');
    script.type = 'module';
    script.integrity = I('e');
    try { script.src = '/probe/m/e.js'; done({ src: 'accepted' }); } catch (e) { done({ src: e.name }); }`,
  // An import map inserted by a script: its text is a Trusted Types sink, and even with a
  // policy, an inline script is outside script-src 'self'.
  'dynamic-import-map': `
    const map = JSON.stringify({ imports: {}, integrity: { '/probe/t/f.js': I('f') } });
    const script = document.createElement('script');
    script.type = 'importmap';
    let text;
    try { script.textContent = map; text = 'accepted'; } catch (e) { text = e.name; }
    const policy = trustedTypes.createPolicy('probe', { createScript: (s) => s });
    script.textContent = policy.createScript(map);
    document.head.append(script);
    import('/probe/t/f.js').then((m) => done({ text, imported: m.name }), () => done({ text, imported: 'refused' }));`,
  // A static import map in the page, allowed by its hash in the policy: integrity for the
  // URL it names, none for the same file under another URL (a retry's query).
  'static-import-map': `
    import('/probe/t/g.js').then(
      (m) => done({ mapped: m.name }),
      () => import('/probe/t/g.js?retry=1').then((m) => done({ mapped: 'refused', retry: m.name }), () => done({ mapped: 'refused', retry: 'refused' })),
    );`,
};

const STATIC_MAP = `{"integrity":{"/probe/t/g.js":"${integrityOf(moduleSource('g'))}"}}`;
const STATIC_MAP_HASH = `'sha256-${createHash('sha256').update(STATIC_MAP).digest('base64')}'`;

const page = (experiment: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Integrity probe</title>
${experiment === 'static-import-map' ? `<script type="importmap">${STATIC_MAP}</script>` : ''}
<script src="/probe/setup.js"></script><script src="/probe/exp/${experiment}.js"></script></head><body></body></html>`;

const SETUP = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
window.addEventListener('unhandledrejection', (e) => (window.__rejections ||= []).push(String(e.reason)));
const INTEGRITY = ${JSON.stringify(Object.fromEntries('abcdefg'.split('').map((n) => [n, integrityOf(moduleSource(n))])))};
window.I = (name) => INTEGRITY[name];
window.done = (result) => { window.__result = result; };`;

describe('Subresource Integrity for module scripts under the hosts’ policy (probe)', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  const requests: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
      requests.push(pathname + search);
      const experiment = /^\/probe\/exp\/([\w-]+)\.js$/.exec(pathname)?.[1];
      const moduleFile = /^\/probe\/([mt])\/(\w)\.js$/.exec(pathname);
      const js = { 'Content-Type': 'text/javascript' };
      if (pathname === '/probe/setup.js') return void res.writeHead(200, js).end(SETUP);
      if (experiment && EXPERIMENTS[experiment]) return void res.writeHead(200, js).end(EXPERIMENTS[experiment]);
      if (moduleFile) return void res.writeHead(200, js).end(moduleSource(moduleFile[2], moduleFile[1] === 't'));
      const name = /^\/probe\/([\w-]+)\.html$/.exec(pathname)?.[1];
      if (name && EXPERIMENTS[name]) {
        // The hosts' policy; the probe's own Trusted Types policy (`probe`) is allowed beside Lit's.
        const hosts = CSP.replace('trusted-types lit-html', 'trusted-types lit-html probe');
        const csp = name === 'static-import-map' ? hosts.replace("script-src 'self'", `script-src 'self' ${STATIC_MAP_HASH}`) : hosts;
        return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page(name));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Runs one experiment on a fresh profile: its result, what ran, the policy's reports, the module requests. */
  async function run(experiment: string) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const console: string[] = [];
    tab.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    const from = requests.length;
    await tab.goto(`${base}/probe/${experiment}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => '__result' in window, { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 100));
    const state = await tab.evaluate(() => {
      const w = window as unknown as { __result: unknown; __ran?: string[]; __violations: string[]; __rejections?: string[] };
      return { result: w.__result, ran: w.__ran ?? [], violations: w.__violations, rejections: w.__rejections ?? [] };
    });
    await context.close();
    const modules = requests.slice(from).filter((r) => /^\/probe\/[mt]\//.test(r));
    return { ...state, modules, console };
  }

  it('modulepreload with integrity, then import(): one request, the module runs once', async () => {
    const r = await run('preload-then-import');
    assert.deepEqual(r.result, { preload: 'load', imported: 'a' });
    assert.deepEqual(r.ran, ['a']);
    assert.deepEqual(r.modules, ['/probe/m/a.js']);
    assert.deepEqual(r.violations, []);
  });

  it('a changed file fails its preload, without a policy report; a later import() of the URL fetches it again, unchecked, and runs it', async () => {
    const r = await run('tampered-preload-then-import');
    // This is why the loader never import()s a file whose preload failed: the failure isn't
    // kept in the module map, and import() has no integrity of its own.
    assert.deepEqual(r.result, { preload: 'error', imported: 'b' });
    assert.deepEqual(r.ran, ['b:tampered']);
    assert.deepEqual(r.modules, ['/probe/t/b.js', '/probe/t/b.js']);
    assert.deepEqual(r.violations, []);
    assert.ok(r.console.some((l) => /integrity/.test(l)), `the browser's own console line names the integrity: ${r.console.join(' | ')}`);
  });

  it('import() while the preload of a changed file is in flight waits for it and is refused: nothing runs', async () => {
    const r = await run('import-during-tampered-preload');
    assert.deepEqual(r.result, { imported: 'refused' });
    assert.deepEqual(r.ran, []);
    assert.deepEqual(r.modules, ['/probe/t/c.js']);
  });

  it('a second preload after a failed one fetches again and checks again (a retry is refused too)', async () => {
    const r = await run('tampered-preload-twice');
    assert.deepEqual(r.result, { first: 'error', second: 'error' });
    assert.deepEqual(r.ran, []);
    assert.deepEqual(r.modules, ['/probe/t/d.js', '/probe/t/d.js']);
  });

  it('a module script element’s src is a Trusted Types sink: refused without a policy of the widget’s own', async () => {
    const r = await run('script-element-without-policy');
    assert.deepEqual(r.result, { src: 'TypeError' });
    assert.deepEqual(r.violations, ['require-trusted-types-for']);
  });

  it('an import map inserted by a script: a Trusted Types sink, and with a policy still refused by script-src; its integrity never applies', async () => {
    const r = await run('dynamic-import-map');
    assert.deepEqual(r.result, { text: 'TypeError', imported: 'f' });
    assert.deepEqual(r.ran, ['f:tampered']);
    assert.deepEqual(r.violations.sort(), ['require-trusted-types-for', 'script-src-elem']);
  });

  it('a static import map allowed by its hash: the mapped URL is refused, the same file with a query is not', async () => {
    const r = await run('static-import-map');
    assert.deepEqual(r.result, { mapped: 'refused', retry: 'g' });
    assert.deepEqual(r.ran, ['g:tampered']);
    assert.deepEqual(r.violations, []);
  });
});
