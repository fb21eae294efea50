import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestHandler } from 'msw';
import { answerFromHandlers, CONTENT_TYPES, CSP } from '../test/e2e/host-page.js';

/**
 * The benchmark's host server: the built bundles (dist/), the bench pages (bench/pages,
 * with `__PLACEHOLDERS__` filled from the query string), claims responses of a given
 * size (serialized once, so the server adds no time per request), and everything else
 * (GrowthBook, the default claims) answered by MSW handlers, as test/e2e/server.ts does.
 * Pages are served under the same strict CSP with Trusted Types as the end-to-end hosts.
 */
const ROOT = normalize(join(import.meta.dirname, '..'));

/** `/bench-api/{n}/travel_pay/v0/claims`: the api-base a bench page gives its widget or floor. */
const SIZED_CLAIMS = /^\/bench-api\/(\d+)\/travel_pay\/v0\/claims$/;

export interface BenchServer {
  url: string;
  server: Server;
  /** Every request path (with query) since the last `takeRequests()`. */
  takeRequests(): string[];
  close(): Promise<void>;
}

export async function startBenchServer(options: {
  /** The serialized claims response of `n` claims. */
  sizedBody: (n: number) => Buffer;
  /** Handlers for the rest (GrowthBook, `/travel_pay/v0/claims`). */
  handlers: () => RequestHandler[];
  /** Where `/widgets/*` is served from: the build's `dist/` by default. */
  distDir?: string;
  /**
   * Send text gzipped, as hosts and APIs do (for runs on an emulated network): the widget's
   * files, the bench pages and the mocked APIs' answers, to a client that accepts it.
   */
  gzip?: boolean;
}): Promise<BenchServer> {
  const dist = normalize(options.distDir ?? join(ROOT, 'dist'));
  let requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const sized = SIZED_CLAIMS.exec(url.pathname);
    if (sized) {
      const body = options.sizedBody(Number(sized[1]));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end(body);
      return;
    }
    const acceptsGzip = Boolean(options.gzip) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (await answerFromHandlers(options.handlers(), req, res, { gzip: acceptsGzip })) return;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    // Only the built bundles and the bench pages are served.
    const base = url.pathname.startsWith('/widgets/') ? dist : url.pathname.startsWith('/bench/pages/') ? ROOT : null;
    const path = base && normalize(join(base, url.pathname));
    if (!base || !path || !path.startsWith(base === ROOT ? join(ROOT, 'bench/pages') : dist)) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(path);
      if (extname(path) === '.html') {
        // `__N__` and friends come from the query string: one page file serves every size.
        body = body.toString('utf8').replace(/__([A-Z]+)__/g, (_, name: string) => {
          const value = url.searchParams.get(name.toLowerCase()) ?? '';
          return value.replace(/[^\w./-]/g, '');
        });
      }
      const gzip = acceptsGzip;
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    takeRequests() {
      const taken = requests;
      requests = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
