import { apiGet, type ApiRequestOptions } from './request.js';

/**
 * The CSRF protection VA.gov's own frontend puts on a request that changes something
 * (docs/api.md, "Filing"): the token in an `X-CSRF-Token` header and `X-Key-Inflection:
 * camel`. VA.gov keeps the token in its `localStorage` under `csrfToken`; the widget reads
 * it there, and a token it obtains itself (from a response's `X-CSRF-Token` header) it
 * keeps in memory only: it never writes VA.gov's storage, or any. DOM-free.
 */
let obtained: string | null = null;

/** VA.gov's localStorage key of the token its frontend keeps. */
export const CSRF_STORAGE_KEY = 'csrfToken';

/** A token seen in a response header (VA.gov's API sends one): kept for this page's life, in memory. */
export function rememberCsrfToken(response: Response) {
  const token = response.headers.get('X-CSRF-Token');
  // A token is short; anything else in the header is not one.
  if (token && token.length <= 200) obtained = token;
}

/** The token to send: one obtained here, else VA.gov's own; null when there is neither (or storage is closed). */
export function csrfToken(): string | null {
  if (obtained) return obtained;
  try {
    return localStorage.getItem(CSRF_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The headers of a request that changes something, as VA.gov's frontend sends them. */
export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return { 'X-Key-Inflection': 'camel', ...(token ? { 'X-CSRF-Token': token } : {}) };
}

/**
 * A fresh token, the way VA.gov's apps get one when theirs is missing or refused: `HEAD
 * {origin}/v0/maintenance_windows` (`url`), whose answer carries it in `X-CSRF-Token` (a
 * cross-origin API must expose that header). True when a new token came.
 */
export async function refreshCsrfToken(url: string, options: ApiRequestOptions): Promise<boolean> {
  const before = obtained;
  obtained = null;
  const result = await apiGet(url, { ...options, fetch: sending('HEAD') }, async () => ({ value: true }));
  if (!obtained) obtained = before;
  return result.outcome === 'ok' && obtained !== null && obtained !== before;
}

/**
 * `fetch` for `apiGet` sending `method` (and `body`, with the headers of a request that
 * changes something): the same cookie, timeout and outcomes as every GET, and every
 * answer's token remembered; `onResponse` sees each response before it is read.
 */
export function sending(method: string, body?: string, onResponse?: (response: Response) => void): typeof fetch {
  return async (url, init) => {
    const response = await fetch(url, {
      ...init,
      method,
      body,
      headers: { ...(init?.headers as Record<string, string>), ...(body ? { 'Content-Type': 'application/json' } : {}), ...csrfHeaders() },
    });
    rememberCsrfToken(response);
    onResponse?.(response);
    return response;
  };
}
