import type { EntryPoint } from '../entry-point.js';
import type { ClaimsOutcome } from '../api/fetch-claims.js';
import type { SortOrder } from '../claims/sort-filter-page.js';
import type { FlagSource } from '../flags/power-switch.js';
import type { ClaimPhase } from '../claims/statuses.js';
import { VERSION } from '../version.js';

/**
 * The widget's analytics events: the public contract of docs/events.md.
 * Names and detail shapes live here only; they change only with a new SCHEMA.
 */
export const SCHEMA = 1;

export interface CommonDetail {
  schema: typeof SCHEMA;
  version: string;
  entryPoint: EntryPoint;
}

export type LinkSection = 'help' | 'error' | 'card' | 'attention' | 'details' | 'fallback' | 'filing';

/** The API endpoints the widget calls, as `travel-pay-api` names them. */
export type ApiEndpoint = 'claims' | 'claim-details' | 'document' | 'appointments' | 'user' | 'submit-claim';

/** The moments of filing a mileage-only claim `travel-pay-file` reports: a funnel, in this order. */
export const FILE_STEPS = ['start', 'eligibility', 'review', 'submit', 'exit'] as const;
export type FileStep = (typeof FILE_STEPS)[number];

/** Why a Veteran left the filing flow before submitting. */
export const FILE_EXIT_REASONS = ['not-mileage-only', 'not-own-vehicle', 'not-from-home', 'no-address', 'cancelled'] as const;
export type FileExitReason = (typeof FILE_EXIT_REASONS)[number];

/**
 * What a submit came to: `filed`; `partial` (the claim exists, Incomplete or Saved);
 * `duplicate` (already filed); `not-found`; `unauthenticated`; `error`; and, when the
 * answer was unknown and the claims were read again, `timeout-filed` (the claim is there)
 * or `timeout-not-filed` (it isn't).
 */
export const FILE_OUTCOMES = ['filed', 'partial', 'duplicate', 'not-found', 'unauthenticated', 'error', 'timeout-filed', 'timeout-not-filed'] as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];


/** What kind of document a download was. */
export type DocumentKind = 'decision-letter' | 'appeal-form' | 'upload';

export interface TravelPayEventDetails {
  'travel-pay-flag': { flag: string; on: boolean; source: FlagSource; ruleId: string | null };
  'travel-pay-view': { originPage: string; repeat: boolean | null; viewCount: number | null };
  'travel-pay-api': {
    endpoint: ApiEndpoint;
    status: number;
    ok: boolean;
    outcome: ClaimsOutcome;
    durationMs: number;
    claimCount: number;
  };
  'travel-pay-page-change': { from: number; to: number; totalPages: number; pageSize: number };
  'travel-pay-sort-change': { sort: SortOrder };
  'travel-pay-filter-change': { statusCount: number; dateRange: string };
  'travel-pay-link-click': { linkId: string; section: LinkSection; href: string; outbound: boolean };
  'travel-pay-time-spent': { visibleMs: number };
  'travel-pay-attention': { count: number; overdue: number; onHold: number };
  'travel-pay-details-view': { phase: ClaimPhase; known: boolean; documentCount: number; hasDecisionReason: boolean };
  'travel-pay-document-download': { kind: DocumentKind; ok: boolean };
  /** The past appointments that can still be claimed are known: how many, and the fewest days left to file one (null: none). */
  'travel-pay-unfiled': { count: number; soonestDaysLeft: number | null };
  /** A moment of filing: `reason` only for `exit`, `outcome` only for `submit` (null otherwise). */
  'travel-pay-file': { step: FileStep; reason: FileExitReason | null; outcome: FileOutcome | null };
}

export type TravelPayEventName = keyof TravelPayEventDetails;
export type TravelPayDetail<N extends TravelPayEventName> = TravelPayEventDetails[N] & CommonDetail;
export type TravelPayEvent<N extends TravelPayEventName> = CustomEvent<TravelPayDetail<N>>;

export const EVENT_NAMES = [
  'travel-pay-flag',
  'travel-pay-view',
  'travel-pay-api',
  'travel-pay-page-change',
  'travel-pay-sort-change',
  'travel-pay-filter-change',
  'travel-pay-link-click',
  'travel-pay-time-spent',
  'travel-pay-attention',
  'travel-pay-details-view',
  'travel-pay-document-download',
  'travel-pay-unfiled',
  'travel-pay-file',
] as const satisfies readonly TravelPayEventName[];

/** Dispatches one event on `target`, bubbling and composed so a host listens once on document. */
export function emit<N extends TravelPayEventName>(
  target: EventTarget,
  name: N,
  detail: TravelPayEventDetails[N],
  entryPoint: EntryPoint,
): TravelPayDetail<N> {
  const full = { ...detail, schema: SCHEMA, version: VERSION, entryPoint } as TravelPayDetail<N>;
  // A host listener that throws is reported by the browser, never thrown into the widget.
  target.dispatchEvent(new CustomEvent(name, { detail: full, bubbles: true, composed: true }));
  return full;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'travel-pay-flag': TravelPayEvent<'travel-pay-flag'>;
    'travel-pay-view': TravelPayEvent<'travel-pay-view'>;
    'travel-pay-api': TravelPayEvent<'travel-pay-api'>;
    'travel-pay-page-change': TravelPayEvent<'travel-pay-page-change'>;
    'travel-pay-sort-change': TravelPayEvent<'travel-pay-sort-change'>;
    'travel-pay-filter-change': TravelPayEvent<'travel-pay-filter-change'>;
    'travel-pay-link-click': TravelPayEvent<'travel-pay-link-click'>;
    'travel-pay-time-spent': TravelPayEvent<'travel-pay-time-spent'>;
    'travel-pay-attention': TravelPayEvent<'travel-pay-attention'>;
    'travel-pay-details-view': TravelPayEvent<'travel-pay-details-view'>;
    'travel-pay-document-download': TravelPayEvent<'travel-pay-document-download'>;
    'travel-pay-unfiled': TravelPayEvent<'travel-pay-unfiled'>;
    'travel-pay-file': TravelPayEvent<'travel-pay-file'>;
  }
}
