/**
 * One GET to the travel pay API, the way every endpoint needs it: the VA.gov session
 * cookie, a timeout, the caller's abort, and an outcome for every way it can end
 * (docs/api.md, "Errors"). DOM-free; each endpoint's module reads its own body.
 */
export type ApiOutcome =
  | 'ok'
  | 'partial'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'error'
  | 'timeout'
  | 'network-error'
  | 'bad-response';

/**
 * A base URL without its trailing slashes, to join a path to. A loop, not `/\/+$/`: that
 * regex retries from every slash of a long run that doesn't end the string.
 */
export function withoutTrailingSlashes(base: string): string {
  while (base.endsWith('/')) base = base.slice(0, -1);
  return base;
}

/** A request that has not settled by then becomes the timeout error state. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** vets-api's code when BTSSS itself failed: a 400 that means "try again", not "no claims". */
export const BTSSS_FAILED_CODE = 'VA900';

/** Maps an HTTP status (and the error body's code) to what it means for the Veteran. */
export function outcomeForStatus(status: number, errorCode: string | null = null): ApiOutcome {
  if (status === 206) return 'partial';
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 503) return 'unavailable';
  if (status === 429) return 'error';
  if (status === 400 && errorCode === BTSSS_FAILED_CODE) return 'error';
  if (status >= 400 && status < 500) return 'not-found';
  return 'error';
}

/**
 * The first error's `code` of an error body, or null. The body may be missing, empty or
 * a proxy's HTML page: nothing but a well-formed JSON error body yields a code.
 */
export async function errorCodeOf(response: Response): Promise<string | null> {
  try {
    const body: unknown = JSON.parse(await response.text());
    const first = (body as { errors?: unknown })?.errors;
    const code = Array.isArray(first) ? (first[0] as { code?: unknown } | undefined)?.code : undefined;
    return typeof code === 'string' || typeof code === 'number' ? String(code) : null;
  } catch {
    return null;
  }
}

export interface ApiResult<T> {
  outcome: ApiOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Milliseconds from a monotonic clock, until the body was read. */
  durationMs: number;
  /** What `read` made of a 2xx body; absent otherwise. */
  value?: T;
}

export interface ApiRequestOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
  accept?: string;
  /** Called when a response has come, before its body is read. */
  onResponse?: () => void;
}

/**
 * GETs `url` and hands a 2xx response to `read`, under the same timeout. `read` returns
 * the value and, when it found the body wanting, `partial` or `bad-response`; a `read`
 * that throws means an unreadable body. Resolves for every ending; rejects only when
 * `signal` aborts, so a caller never shows a stale answer.
 */
export async function apiGet<T>(
  url: string,
  options: ApiRequestOptions,
  read: (response: Response, signal: AbortSignal) => Promise<{ value: T; outcome?: 'ok' | 'partial' | 'bad-response' }>,
): Promise<ApiResult<T>> {
  const { signal, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS } = options;
  const doFetch = options.fetch ?? fetch;
  const started = performance.now();
  // Our own timer rather than AbortSignal.timeout: cleared as soon as the request settles,
  // so nothing keeps the request (and the element behind it) alive until it would fire.
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const forwardAbort = () => request.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort, { once: true });
  const settle = (outcome: ApiOutcome, status: number, value?: T): ApiResult<T> => ({
    outcome,
    status,
    durationMs: Math.round(performance.now() - started),
    ...(value === undefined ? {} : { value }),
  });

  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        credentials: 'include',
        headers: { Accept: options.accept ?? 'application/json' },
        signal: request.signal,
      });
    } catch {
      signal.throwIfAborted();
      return settle(timedOut ? 'timeout' : 'network-error', 0);
    }
    options.onResponse?.();
    if (response.status < 200 || response.status >= 300) {
      // Only a 400 can change meaning by its body (VA900); other bodies are not read.
      const code = response.status === 400 ? await errorCodeOf(response) : null;
      if (response.status !== 400) response.body?.cancel().catch(() => {});
      signal.throwIfAborted();
      return settle(outcomeForStatus(response.status, code), response.status);
    }
    try {
      const read_ = await read(response, request.signal);
      const outcome = read_.outcome ?? outcomeForStatus(response.status);
      return settle(outcome === 'ok' && response.status === 206 ? 'partial' : outcome, response.status, read_.value);
    } catch {
      signal.throwIfAborted();
      return settle(timedOut ? 'timeout' : 'bad-response', response.status);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}
