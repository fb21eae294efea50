import type { Claim } from '../claims/claim.js';
import { parseClaimsBodyInSlices } from '../claims/parse.js';
import { apiGet, DEFAULT_REQUEST_TIMEOUT_MS, withoutTrailingSlashes, type ApiOutcome, type ApiRequestOptions } from './request.js';
import { rangeQuery, type DateRange } from '../claims/date-range.js';

export const DEFAULT_API_BASE = 'https://api.va.gov/travel_pay/v0';
export { DEFAULT_REQUEST_TIMEOUT_MS };

/** How a claims request ended, as the Veteran's state and as analytics report it. */
export type ClaimsOutcome = ApiOutcome;

export interface ClaimsResult {
  outcome: ClaimsOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Milliseconds from a monotonic clock. */
  durationMs: number;
  /** Present for `ok` and `partial`. */
  claims: Claim[];
  /** The claims' times as read with them (`ParsedClaims.times`); absent, they are read again when needed. */
  times?: Int32Array;
  /** `partial` because the server said so (206) or because some claims could not be read. */
  skipped: number;
}

export function claimsUrl(apiBase: string, range: Pick<DateRange, 'start' | 'end'>): string {
  return `${withoutTrailingSlashes(apiBase)}/claims?${rangeQuery(range)}`;
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
export async function fetchClaims(url: string, options: ApiRequestOptions): Promise<ClaimsResult> {
  const result = await apiGet(url, options, async (response, signal) => {
    const body: unknown = await response.json();
    signal.throwIfAborted();
    // Parsing the JSON was one task; reading the claims of a large answer is more, in
    // slices, each after a pause that lets the page respond (and a removal abort us).
    const pause = async () => {
      await yieldToMain();
      signal.throwIfAborted();
    };
    const parsed = await parseClaimsBodyInSlices(body, pause);
    if (!parsed) return { value: undefined, outcome: 'bad-response' };
    return { value: parsed, outcome: parsed.skipped > 0 ? 'partial' : 'ok' };
  });
  const { claims = [], times, skipped = 0 } = result.outcome === 'bad-response' ? {} : (result.value ?? {});
  return { outcome: result.outcome, status: result.status, durationMs: result.durationMs, claims, times, skipped };
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
  options: ApiRequestOptions,
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
