import { apiGet, withoutTrailingSlashes, type ApiOutcome, type ApiRequestOptions } from './request.js';
import { parseClaimDetails, type ClaimDetails } from '../claims/claim-details.js';

/**
 * `GET {api-base}/claims/{id}`: one claim's details, through the same request as the list
 * (cookie, timeout, abort, outcomes). DOM-free.
 */
export interface ClaimDetailsResult {
  outcome: ApiOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** Present for `ok` (and a 206, which shows the same). */
  details: ClaimDetails | null;
}

export function claimDetailsUrl(apiBase: string, claimId: string): string {
  return `${withoutTrailingSlashes(apiBase)}/claims/${encodeURIComponent(claimId)}`;
}

/**
 * Resolves for every ending, rejects only when `signal` aborts (the Veteran went back, or
 * the element was removed). A body that isn't a claim, or is another claim than the one
 * asked for, is `bad-response`.
 */
export async function fetchClaimDetails(url: string, claimId: string, options: ApiRequestOptions): Promise<ClaimDetailsResult> {
  const result = await apiGet(url, options, async (response) => {
    const details = parseClaimDetails(await response.json());
    return details && details.id === claimId ? { value: details } : { value: null, outcome: 'bad-response' as const };
  });
  const details = result.outcome === 'ok' || result.outcome === 'partial' ? (result.value ?? null) : null;
  return { outcome: result.outcome, status: result.status, durationMs: result.durationMs, details };
}
