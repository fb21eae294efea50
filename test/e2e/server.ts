import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { RequestHandler } from 'msw';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { answerFromHandlers, CONTENT_TYPES, CSP } from './host-page.js';
import { cacheControl } from '../../scripts/release/layout.mjs';

/**
 * A static host server for end-to-end tests: the built dist/widgets folder, plain HTML
 * host pages under a strict Content-Security-Policy with Trusted Types, and the claims
 * API (and GrowthBook) answered at the network by the same MSW handlers the demo uses.
 *
 * The widgets folder is served as a host serves it, as it is, at `/widgets/` and under a
 * deeper path, `STATIC_PREFIX`, to show that every file loads relative to the script tag's
 * own URL. Host pages may name a widgets origin of their own (a CDN): `__CDN__` in a page
 * is `options.cdn()`, which the page's policy then allows as a script source.
 */
const ROOT = normalize(join(import.meta.dirname, '../..'));
const WIDGETS = join(ROOT, 'dist', 'widgets');

/** Where the widgets folder is also served, as a host might deploy it. */
export const STATIC_PREFIX = '/static/va/travel-pay-status/0.1.0/';

/** The file of `root` (dist/widgets) a path names, if it names one under one of `prefixes`. */
function widgetsFile(pathname: string, prefixes: string[], root = WIDGETS): string | null {
  const prefix = prefixes.find((p) => pathname.startsWith(p));
  if (!prefix) return null;
  const path = normalize(join(root, pathname.slice(prefix.length)));
  return path.startsWith(`${root}/`) ? path : null;
}

/** A test file's own routes, tried before the others: true when it answered the request. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HostServerOptions {
  /** Another origin serving dist/widgets (a CDN), written into pages as `__CDN__` and allowed by their policy. */
  cdn?: () => string;
  /** A test file's own routes (an intake, an SDK file held back). */
  routes?: ExtraRoutes;
}

export async function startHostServer(
  handlers: () => RequestHandler[],
  options: HostServerOptions = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.routes && (await options.routes(req, res, url))) return;
    if (await answerFromHandlers(handlers(), req, res)) return;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const hostFile = url.pathname.startsWith('/hosts/') ? normalize(join(ROOT, 'test/e2e', url.pathname)) : null;
    const path = widgetsFile(url.pathname, ['/widgets/', STATIC_PREFIX]) ?? (hostFile?.startsWith(join(ROOT, 'test/e2e/hosts/')) ? hostFile : null);
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(path);
      const cdn = options.cdn?.() ?? '';
      if (extname(path) === '.html') body = body.toString('utf8').replaceAll('__CDN__', cdn);
      const csp = cdn ? CSP.replace("script-src 'self'", `script-src 'self' ${cdn}`) : CSP;
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': csp });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/**
 * The widgets folder on an origin of its own, as a CDN serves it, at `/travel-pay-status/`:
 * dist/widgets, or `root` (a widgets root of the release scripts, with every release's
 * folder), each file with the cache headers of docs/releasing.md. Module scripts from
 * another origin are fetched with CORS: with `cors`, every file carries
 * `Access-Control-Allow-Origin: *`; without it the browser refuses the core.
 */
export async function startWidgetsCdn(options: { cors: () => boolean; root?: string }): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(pathname);
    const path = widgetsFile(pathname, ['/travel-pay-status/'], options.root ? normalize(options.root) : WIDGETS);
    const cors = options.cors() ? { 'Access-Control-Allow-Origin': '*' } : {};
    try {
      if (!path) throw new Error('not a widgets file');
      const body = await readFile(path);
      const headers = { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': cacheControl(pathname.slice('/travel-pay-status/'.length)) };
      res.writeHead(200, { ...headers, ...cors }).end(body);
    } catch {
      res.writeHead(404, cors).end();
    }
  });
  // `localhost`, while the host pages are on 127.0.0.1: another origin.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}`, server, requests };
}

/** A plain static server for a built folder (Storybook's static build), at the origin's root. */
export async function startStaticServer(dir: string): Promise<{ url: string; server: Server }> {
  const root = normalize(join(ROOT, dir));
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!path.startsWith(root)) throw new Error('outside');
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/**
 * One host server and one Chromium for a test file, started before its tests and
 * stopped after them. `handlers` is read on every request, so a test can switch them.
 */
export function useHostAndBrowser(handlers: () => RequestHandler[], options: HostServerOptions = {}) {
  const env = { base: '', browser: undefined as unknown as Browser };
  let server: Server | undefined;
  before(async () => {
    const started = await startHostServer(handlers, options);
    server = started.server;
    env.base = started.url;
    env.browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}
