import type { Claim } from '../claims/claim.js';
import { wallClockMinutes } from '../claims/parse.js';
import { csrfToken, refreshCsrfToken } from './csrf.js';
import { claimsUrl, fetchClaims, type ClaimsResult } from './fetch-claims.js';
import { withoutTrailingSlashes, type ApiOutcome } from './request.js';
import { mileageClaim, postMileageClaim, type SubmitResult } from './submit-claim.js';

/**
 * Filing a mileage-only claim, never twice for one appointment (docs/api.md, "Filing").
 *
 * - One flight per facility and facility-local day (`dayKey`), for the whole page: every
 *   widget on it, and every click, Enter, Back-and-submit-again in any of them, joins the
 *   flight in progress or gets the outcome it had. The outcome is remembered for the
 *   page's life.
 * - An answer that leaves it unknown whether the claim exists (429, 5xx, no answer, an
 *   unreadable one) is followed at once by reading the claims of that day; a new POST is
 *   allowed only once such a reading found none for the facility.
 * - A refused CSRF token is refreshed, the claims of the day are read, and only if none is
 *   there is the claim sent once more.
 *
 * DOM-free; loaded with the filing flow.
 */

/** What became of a filing, for the Veteran and for `travel-pay-file`. */
export type Filing =
  | { kind: 'filed' }
  | { kind: 'partial'; status: 'Incomplete' | 'Saved' }
  | { kind: 'duplicate'; claim: Claim | null }
  | { kind: 'not-found' }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  /** The answer was unknown, and the claims of the day show the claim: it was filed. */
  | { kind: 'found'; claim: Claim }
  /** The answer was unknown, and the claims of the day show none: it may be filed again. */
  | { kind: 'not-filed' }
  /** The answer was unknown, and the claims of the day couldn't be read either. */
  | { kind: 'unknown' };

/** The appointment a claim is filed for. */
export interface FilingTarget {
  /** `dayKey(station, local)`: one claim per facility per day. */
  key: string;
  station: string;
  facility: string;
  /** Facility wall clock, `YYYY-MM-DDTHH:MM:SS.sss`. */
  local: string;
}

export interface FilingRequestOptions {
  apiBase: string;
  /** `HEAD {origin}/v0/maintenance_windows`, for a fresh CSRF token (`filingUrls`). */
  csrfUrl: string;
  timeoutMs: number;
  /** Each request as `travel-pay-api` reports it: the POST (`submit-claim`) and the re-read (`claims`). */
  report?: (endpoint: 'submit-claim' | 'claims', api: { outcome: ApiOutcome; status: number; durationMs: number; claimCount: number }) => void;
}

/** The outcomes after which no second POST is ever sent for that facility and day on this page. */
const FINAL = new Set<Filing['kind']>(['filed', 'partial', 'duplicate', 'not-found', 'forbidden', 'found', 'unknown']);

const flights = new Map<string, Promise<Filing>>();
const outcomes = new Map<string, Filing>();
const listeners = new Set<() => void>();

/** The outcome remembered for `key` on this page, if any. */
export const filingOutcome = (key: string): Filing | undefined => outcomes.get(key);

/** A claim exists (or was found) for `key`: it is no longer one to file. */
export function filedHere(key: string): boolean {
  const kind = outcomes.get(key)?.kind;
  return kind === 'filed' || kind === 'partial' || kind === 'duplicate' || kind === 'found';
}

/** A filing is in flight for `key`, from any widget on the page. */
export const filingInFlight = (key: string) => flights.has(key);

/** Calls `listener` whenever a filing starts or settles anywhere on the page. */
export function onFilingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

/**
 * Files the claim for `target`, or joins the filing in flight for it, or gives the
 * outcome it already had: `sent` says whether this call sent anything (a joining widget
 * reports nothing). Never rejects.
 */
export function fileOnce(target: FilingTarget, options: FilingRequestOptions): { result: Promise<Filing>; sent: boolean } {
  const inFlight = flights.get(target.key);
  if (inFlight) return { result: inFlight, sent: false };
  const before = outcomes.get(target.key);
  if (before && FINAL.has(before.kind)) return { result: Promise.resolve(before), sent: false };
  return { result: fly(target.key, () => submit(target, options)), sent: true };
}

/**
 * After an answer that left it unknown (`unknown`): reads the claims of the day again,
 * without sending anything; `not-filed` then allows a new POST.
 */
export function recheck(target: FilingTarget, options: FilingRequestOptions): Promise<Filing> {
  const inFlight = flights.get(target.key);
  if (inFlight) return inFlight;
  const before = outcomes.get(target.key);
  if (before && before.kind !== 'unknown') return Promise.resolve(before);
  return fly(target.key, () => dayClaim(target, options).then((found) => found ?? { kind: 'unknown' }));
}

function fly(key: string, run: () => Promise<Filing>): Promise<Filing> {
  const flight = run()
    .catch((): Filing => ({ kind: 'unknown' }))
    .then((filing) => {
      flights.delete(key);
      outcomes.set(key, filing);
      changed();
      return filing;
    });
  flights.set(key, flight);
  changed();
  return flight;
}

// A POST is never aborted: once sent it can't be taken back, and its answer is the page's.
const never = new AbortController().signal;

async function submit(target: FilingTarget, options: FilingRequestOptions): Promise<Filing> {
  const request = { signal: never, timeoutMs: options.timeoutMs };
  if (!csrfToken()) await refreshCsrfToken(options.csrfUrl, request);
  let result = await post(target, options);
  if (result.outcome === 'csrf') {
    // Refused before anything was made; sent again only with a new token, and only if the
    // claims of the day show none (a refusal is what a server says, not what it did).
    if (!(await refreshCsrfToken(options.csrfUrl, request))) return { kind: 'forbidden' };
    const found = await dayClaim(target, options);
    if (found?.kind !== 'not-filed') return found ?? { kind: 'unknown' };
    result = await post(target, options);
  }
  switch (result.outcome) {
    case 'filed':
      return { kind: 'filed' };
    case 'partial':
      return { kind: 'partial', status: result.claimStatus ?? 'Incomplete' };
    case 'duplicate': {
      const found = await dayClaim(target, options);
      return { kind: 'duplicate', claim: found?.kind === 'found' ? found.claim : null };
    }
    case 'not-found':
    case 'unauthenticated':
    case 'forbidden':
      return { kind: result.outcome };
    case 'csrf':
      return { kind: 'forbidden' };
    case 'unknown':
      return (await dayClaim(target, options)) ?? { kind: 'unknown' };
  }
}

async function post(target: FilingTarget, options: FilingRequestOptions): Promise<SubmitResult> {
  const result = await postMileageClaim(
    `${withoutTrailingSlashes(options.apiBase)}/claims`,
    mileageClaim(target.local, target.station, target.facility),
    { signal: never, timeoutMs: options.timeoutMs },
  );
  options.report?.('submit-claim', { ...result.api, claimCount: 0 });
  return result;
}

/**
 * The claims of the target's day, read afresh: `found` with the claim for that facility
 * (same name) or that appointment (same minute), `not-filed` when there is none, null
 * when they couldn't be read.
 */
async function dayClaim(target: FilingTarget, options: FilingRequestOptions): Promise<Extract<Filing, { kind: 'found' | 'not-filed' }> | null> {
  const day = target.local.slice(0, 10);
  let result: ClaimsResult;
  try {
    result = await fetchClaims(claimsUrl(options.apiBase, { start: day, end: day }), { signal: never, timeoutMs: options.timeoutMs });
  } catch {
    return null;
  }
  options.report?.('claims', { outcome: result.outcome, status: result.status, durationMs: result.durationMs, claimCount: result.claims.length });
  // A partial answer may be missing the very claim: it can't show that none exists.
  if (result.outcome !== 'ok') return null;
  const claim = result.claims.find((c) => matches(c, target));
  return claim ? { kind: 'found', claim } : { kind: 'not-filed' };
}

const normalized = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A claim of the day is the target's: at the same facility (by name), or for the same appointment (to the minute). */
function matches(claim: Claim, target: FilingTarget): boolean {
  const at = claim.appointmentDateTime;
  if (!at || at.slice(0, 10) !== target.local.slice(0, 10)) return false;
  return (
    (claim.facilityName !== '' && normalized(claim.facilityName) === normalized(target.facility)) ||
    wallClockMinutes(at) === wallClockMinutes(target.local)
  );
}
