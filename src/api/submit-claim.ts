import { sending } from './csrf.js';
import { apiGet, DEFAULT_REQUEST_TIMEOUT_MS, type ApiOutcome, type ApiRequestOptions } from './request.js';

/**
 * `POST {api-base}/claims`: one mileage-only claim for one appointment (docs/api.md,
 * "Filing"), with the session cookie and VA.gov's CSRF headers, through the same request
 * as every endpoint. Sends once and says what the answer means; it never sends again
 * (file-claim.ts decides whether a second POST may ever go). DOM-free.
 */
export interface MileageClaim {
  /** The facility's wall clock, no offset: `2026-11-30T08:00:00.000`. */
  appointmentDateTime: string;
  facilityStationNumber: string;
  facilityName: string;
  /** `CompensationAndPensionExamination` only for C&P exams, which VAOS doesn't mark: always `Other` here. */
  appointmentType: 'Other';
  /** The claim is submitted, not left to be completed. */
  isComplete: false;
}

export const mileageClaim = (local: string, station: string, facility: string): MileageClaim => ({
  appointmentDateTime: local,
  facilityStationNumber: station,
  facilityName: facility,
  appointmentType: 'Other',
  isComplete: false,
});

/**
 * What an answer means for the claim: `filed`; `partial` (the claim exists, a later step
 * failed: Incomplete or Saved); `duplicate` (already filed); `not-found` (BTSSS has no
 * such appointment); `unauthenticated`; `csrf` (the token was refused); `forbidden`;
 * `unknown` (429, 5xx, no answer, an unreadable one: the claim may or may not exist).
 */
export type SubmitOutcome = 'filed' | 'partial' | 'duplicate' | 'not-found' | 'unauthenticated' | 'csrf' | 'forbidden' | 'unknown';

export interface SubmitResult {
  outcome: SubmitOutcome;
  /** For `partial`: the status the claim was left in. */
  claimStatus?: 'Incomplete' | 'Saved';
  /** The request as `travel-pay-api` reports it. */
  api: { outcome: ApiOutcome; status: number; durationMs: number };
}

/** At most this much of an error body is read: it can be a proxy's page of any size. */
const ERROR_BODY_MAX = 8192;

/** "already been created", "duplicate claim", "claim already exists": a claim for this appointment is there. */
const DUPLICATE = /duplicate|already (?:been )?(?:created|filed|submitted|exists)|claim already exists/i;
const REFUSED_TOKEN = /authenticity token|csrf/i;

/** The first `max` characters of a body, read no further. */
async function boundedText(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < max) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return text.slice(0, max);
}

/** The status of a 2xx answer: `Claim submitted`, `Incomplete`, `Saved`; null when unreadable. */
function answeredStatus(body: unknown): string | null {
  const levels = [body, (body as { data?: unknown })?.data, (body as { data?: { attributes?: unknown } })?.data?.attributes];
  for (const level of levels) {
    const status = (level as { status?: unknown; claimStatus?: unknown } | null | undefined)?.status ?? (level as { claimStatus?: unknown } | null | undefined)?.claimStatus;
    if (typeof status === 'string' && status.length <= 100) return status;
  }
  return null;
}

export async function postMileageClaim(url: string, claim: MileageClaim, options: ApiRequestOptions): Promise<SubmitResult> {
  // A failed answer's body is read from a copy, at most ERROR_BODY_MAX of it and no longer than the request may take.
  let errorText: Promise<string> = Promise.resolve('');
  const result = await apiGet(
    url,
    {
      ...options,
      fetch: sending('POST', JSON.stringify(claim), (response) => {
        if (!response.ok) errorText = boundedText(response.clone(), ERROR_BODY_MAX).catch(() => '');
      }),
    },
    async (response) => ({ value: answeredStatus(await response.json()) }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const text = await Promise.race([errorText, new Promise<string>((resolve) => (timer = setTimeout(resolve, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, '')))]);
  clearTimeout(timer);
  const kind = DUPLICATE.test(text) ? 'duplicate' : result.status === 403 && REFUSED_TOKEN.test(text) ? 'csrf' : null;
  const api = { outcome: result.outcome, status: result.status, durationMs: result.durationMs };
  const { status } = result;
  if (status >= 200 && status < 300) {
    const answered = result.value?.toLowerCase();
    if (answered === 'incomplete' || answered === 'saved') return { outcome: 'partial', claimStatus: answered === 'saved' ? 'Saved' : 'Incomplete', api };
    // A 2xx whose body can't be read made a claim of some kind: the re-read tells which.
    return { outcome: answered ? 'filed' : 'unknown', api };
  }
  if (kind === 'duplicate' && (status === 400 || status === 409 || status === 422 || status === 500)) return { outcome: 'duplicate', api };
  if (status === 404) return { outcome: 'not-found', api };
  if (status === 401) return { outcome: 'unauthenticated', api };
  if (status === 403) return { outcome: kind === 'csrf' ? 'csrf' : 'forbidden', api };
  // 400 (vets-api's "Failed to create claim" too, which can hide a duplicate), 409, 422,
  // 429, 5xx, no answer: whether the claim exists is known only by reading the claims.
  return { outcome: 'unknown', api };
}
