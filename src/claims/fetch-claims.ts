import type { Claim } from './claim.js';
import { parseClaimsBodyInSlices } from './parse.js';
import { rangeQuery, type DateRange } from './date-range.js';

export const DEFAULT_API_BASE = 'https://api.va.gov/travel_pay/v0';
/** A claims request that has not settled by then becomes the timeout error state. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** How a claims request ended, as the Veteran's state and as analytics report it. */
export type ClaimsOutcome =
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

export interface ClaimsResult {
  outcome: ClaimsOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Milliseconds from a monotonic clock. */
  durationMs: number;
  /** Present for `ok` and `partial`. */
  claims: Claim[];
  /** `partial` because the server said so (206) or because some claims could not be read. */
  skipped: number;
}

export function claimsUrl(apiBase: string, range: Pick<DateRange, 'start' | 'end'>): string {
  return `${apiBase.replace(/\/+$/, '')}/claims?${rangeQuery(range)}`;
}

/** Maps an HTTP status to what it means for the Veteran (shared/api-contract.md, "Errors"). */
export function outcomeForStatus(status: number): ClaimsOutcome {
  if (status === 206) return 'partial';
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 503) return 'unavailable';
  if (status === 429) return 'error';
  if (status >= 400 && status < 500) return 'not-found';
  return 'error';
}

type Scheduler = { yield?: () => Promise<void> };

/** Ends the current task: `scheduler.yield()` where the browser has it (it resumes first), else a timeout. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * GETs the claims of one date range with the VA.gov session cookie. Resolves with an
 * outcome for every way the request can end; rejects only when `signal` aborts it
 * (a newer request or the element's removal), so a caller never shows a stale answer.
 */
export async function fetchClaims(
  url: string,
  options: { signal: AbortSignal; timeoutMs?: number; fetch?: typeof fetch },
): Promise<ClaimsResult> {
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
  const settle = (outcome: ClaimsOutcome, status: number, claims: Claim[] = [], skipped = 0): ClaimsResult => ({
    outcome,
    status,
    durationMs: Math.round(performance.now() - started),
    claims,
    skipped,
  });

  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        credentials: 'include',
        headers: { Accept: 'application/json' },
        signal: request.signal,
      });
    } catch {
      signal.throwIfAborted();
      return settle(timedOut ? 'timeout' : 'network-error', 0);
    }

    const outcome = outcomeForStatus(response.status);
    if (outcome !== 'ok' && outcome !== 'partial') {
      // The error body may be missing, empty or a proxy's HTML page: the status decides.
      response.body?.cancel().catch(() => {});
      return settle(outcome, response.status);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      signal.throwIfAborted();
      return settle(timedOut ? 'timeout' : 'bad-response', response.status);
    }
    // Parsing the JSON was one task; reading the claims is more, in slices, each after a
    // pause that lets the page respond (and a removal abort us).
    const pause = async () => {
      await yieldToMain();
      signal.throwIfAborted();
    };
    await pause();
    const parsed = await parseClaimsBodyInSlices(body, pause);
    if (!parsed) return settle('bad-response', response.status);
    const partial = outcome === 'partial' || parsed.skipped > 0;
    return settle(partial ? 'partial' : 'ok', response.status, parsed.claims, parsed.skipped);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

interface InFlight {
  result: Promise<ClaimsResult>;
  controller: AbortController;
  callers: number;
}

const inFlight = new Map<string, InFlight>();

/**
 * `fetchClaims` with one network request per URL at a time: widgets on one page that ask
 * for the same range while its request is in flight share the request and its answer
 * (`joined` tells a caller it didn't start it, so that one request is reported once).
 * A caller's abort rejects its own promise at once; the request itself is aborted when
 * every caller has left. A joining caller inherits the starter's timeout.
 */
export function fetchClaimsShared(
  url: string,
  options: { signal: AbortSignal; timeoutMs?: number; fetch?: typeof fetch },
): Promise<ClaimsResult & { joined: boolean }> {
  const { signal } = options;
  signal.throwIfAborted();
  let shared = inFlight.get(url);
  const joined = shared !== undefined;
  if (!shared) {
    const controller = new AbortController();
    const started: InFlight = { controller, callers: 0, result: fetchClaims(url, { ...options, signal: controller.signal }) };
    const forget = () => inFlight.get(url) === started && inFlight.delete(url);
    started.result.then(forget, forget);
    inFlight.set(url, started);
    shared = started;
  }
  const request = shared;
  request.callers++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      if (--request.callers === 0) {
        if (inFlight.get(url) === request) inFlight.delete(url);
        request.controller.abort(signal.reason);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    request.result.then(
      (result) => {
        signal.removeEventListener('abort', leave);
        resolve({ ...result, joined });
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
