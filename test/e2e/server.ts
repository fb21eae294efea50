import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { RequestHandler } from 'msw';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { answerFromHandlers, CONTENT_TYPES, CSP } from './host-page.js';

/**
 * A static host server for end-to-end tests: the built dist/widgets bundles, plain HTML
 * host pages under a strict Content-Security-Policy with Trusted Types, and the claims
 * API (and GrowthBook) answered at the network by the same MSW handlers the demo uses.
 */
const ROOT = normalize(join(import.meta.dirname, '../..'));

/** A test file's own routes, tried before the others: true when it answered the request. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export async function startHostServer(handlers: () => RequestHandler[], routes?: ExtraRoutes): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (routes && (await routes(req, res, url))) return;
    if (await answerFromHandlers(handlers(), req, res)) return;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path =
      url.pathname.startsWith('/widgets/') ? join(ROOT, 'dist', url.pathname) :
      url.pathname.startsWith('/hosts/') ? join(ROOT, 'test/e2e', url.pathname) : null;
    if (!path || !path.startsWith(ROOT)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
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
export function useHostAndBrowser(handlers: () => RequestHandler[], routes?: ExtraRoutes) {
  const env = { base: '', browser: undefined as unknown as Browser };
  let server: Server | undefined;
  before(async () => {
    const started = await startHostServer(handlers, routes);
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
