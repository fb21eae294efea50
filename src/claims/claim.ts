/**
 * A travel reimbursement claim as the widget uses it, after the response has been
 * validated (see parse.ts). Field meanings follow docs/api.md.
 */
export interface Claim {
  /** Stable key (a UUID upstream). */
  id: string;
  /** `TC` + 13 digits. Personal data: never in analytics, logs or storage. */
  claimNumber: string;
  /** The status exactly as the server sent it; look it up with `lookupStatus`. */
  claimStatus: string;
  /**
   * The facility's local wall-clock time, as sent (it ends in `Z` but is not UTC).
   * null when the server has no appointment information or sent an unreadable date.
   */
  appointmentDateTime: string | null;
  facilityId: string;
  /** Free text from upstream: render as text only. */
  facilityName: string;
  /** Real UTC instants; null when unreadable. */
  createdOn: string | null;
  modifiedOn: string | null;
  totalCostRequested?: number;
  reimbursementAmount?: number;
}

/** The body of a successful claims response, as the API sends it (unvalidated). */
export interface ClaimsResponseBody {
  metadata?: { status?: number; pageNumber?: number; totalRecordCount?: number };
  data?: unknown;
}
