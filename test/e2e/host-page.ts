import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getResponse, type RequestHandler } from 'msw';

/**
 * What the Node servers of the end-to-end tests and the benchmark share: the host pages'
 * strict Content-Security-Policy (Trusted Types included), the content types they serve,
 * and answering a request with the same MSW handlers the demo and the tests use.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  // The widget's one policy, Lit's; `default` is the Datadog snippet host page's own
  // (hosts/datadog-snippet.js), which assigns its script's src from a string.
  'trusted-types lit-html default',
].join('; ');

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Answers `req` from `handlers` when one of them matches: true when answered (an MSW
 * network error drops the connection, as a failing network would), false to serve it
 * otherwise. With `gzip`, the body goes gzipped, as a real API sends it (the bench's
 * emulated networks).
 */
export async function answerFromHandlers(handlers: readonly RequestHandler[], req: IncomingMessage, res: ServerResponse, options: { gzip?: boolean } = {}) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const request = new Request(url.href, { method: req.method, headers: req.headers as Record<string, string> });
  const mocked = await getResponse([...handlers], request);
  if (!mocked) return false;
  if (mocked.type === 'error') {
    req.socket.destroy();
    return true;
  }
  const body = Buffer.from(await mocked.arrayBuffer());
  if (options.gzip && body.length > 0) {
    const headers = Object.fromEntries([...mocked.headers].filter(([name]) => name !== 'content-length'));
    res.writeHead(mocked.status, { ...headers, 'Content-Encoding': 'gzip' });
    res.end(gzipSync(body));
    return true;
  }
  res.writeHead(mocked.status, Object.fromEntries(mocked.headers));
  res.end(body);
  return true;
}
