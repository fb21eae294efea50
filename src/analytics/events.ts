import type { EntryPoint } from '../entry-point.js';
import type { ClaimsOutcome } from '../api/fetch-claims.js';
import type { SortOrder } from '../claims/sort-filter-page.js';
import type { FlagSource } from '../flags/power-switch.js';
import type { ClaimPhase } from '../claims/statuses.js';
import { VERSION } from '../version.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The widget's analytics events: the public contract of docs/events.md.
 * Names and detail shapes live here only; they change only with a new SCHEMA.
 */
export const SCHEMA = 1;

export interface CommonDetail {
  schema: typeof SCHEMA;
  version: string;
  entryPoint: EntryPoint;
  /** The language the widget showed, `en` or `es` (docs/i18n.md); names and values stay English identifiers. */
  locale: Locale;
}

export type LinkSection = 'help' | 'error' | 'card' | 'attention' | 'details' | 'fallback';

/** The API endpoints the widget calls, as `travel-pay-api` names them. */
export type ApiEndpoint = 'claims' | 'claim-details' | 'document';


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
] as const satisfies readonly TravelPayEventName[];

/** Dispatches one event on `target`, bubbling and composed so a host listens once on document. */
export function emit<N extends TravelPayEventName>(
  target: EventTarget,
  name: N,
  detail: TravelPayEventDetails[N],
  entryPoint: EntryPoint,
  locale: Locale,
): TravelPayDetail<N> {
  const full = { ...detail, schema: SCHEMA, version: VERSION, entryPoint, locale } as TravelPayDetail<N>;
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
  }
}
