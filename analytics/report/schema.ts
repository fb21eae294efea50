import type { TravelPayDetail, TravelPayEventName } from '../../src/analytics/events.js';
import { toDataLayerPayload } from '../../src/analytics/forwarders.js';
import { ENTRY_POINTS } from '../../src/entry-point.js';

/**
 * The widget's events the rollout report reads, and the fields it reads of each, with
 * their kinds: what a row must carry to be counted. The names and fields are the widget's
 * (docs/events.md, src/analytics/events.ts); how each arrives in GA4 is derived from the
 * GTM forwarder itself (`toDataLayerPayload`), so the report reads exactly what GA4
 * receives, and Datadog receives the DOM names and the detail as the action's context.
 */

/**
 * Events of the measurement plan the widget doesn't send yet (filing a mileage-only
 * claim, behind `travel_pay_submit_mileage_expense`): their details as the plan defines
 * them. When events.ts declares them, their entries below check against it instead.
 */
interface PlannedDetails {
  'travel-pay-file': { step: 'start' | 'eligibility' | 'review' | 'submit' | 'exit'; reason: string | null; outcome: string | null };
  'travel-pay-unfiled': { count: number; soonestDaysLeft: number | null };
}

export type ReportedEvent = TravelPayEventName | keyof PlannedDetails;

type Kind = 'string' | 'number' | 'boolean' | 'string?' | 'number?' | 'boolean?';
type Detail<N extends ReportedEvent> = N extends TravelPayEventName ? TravelPayDetail<N> : N extends keyof PlannedDetails ? PlannedDetails[N] : never;
type Fields<N extends ReportedEvent> = { [F in keyof Detail<N>]?: Kind };

/** The common fields every event carries, checked on every row of the widget's events. */
const COMMON = { schema: 'number', version: 'string', entryPoint: 'string' } as const;

/** What the report reads of each event (an event listed without fields is counted, its fields not read). */
export const READ: { [N in ReportedEvent]: Fields<N> } = {
  'travel-pay-flag': { flag: 'string', on: 'boolean', source: 'string', ruleId: 'string?' },
  'travel-pay-view': { originPage: 'string', repeat: 'boolean?', viewCount: 'number?' },
  'travel-pay-api': { endpoint: 'string', status: 'number', ok: 'boolean', outcome: 'string', durationMs: 'number' },
  'travel-pay-page-change': { to: 'number' },
  'travel-pay-sort-change': {},
  'travel-pay-filter-change': {},
  'travel-pay-link-click': { linkId: 'string', section: 'string', outbound: 'boolean' },
  'travel-pay-time-spent': { visibleMs: 'number' },
  'travel-pay-attention': {},
  'travel-pay-details-view': { phase: 'string' },
  'travel-pay-document-download': {},
  'travel-pay-file': { step: 'string', reason: 'string?', outcome: 'string?' },
  'travel-pay-unfiled': { count: 'number', soonestDaysLeft: 'number?' },
};

export const REPORTED_EVENTS = Object.keys(READ) as ReportedEvent[];

/** The schema of docs/events.md the report reads; rows of another are reported, not read. */
export const READ_SCHEMA = 1;

export type Value = string | number | boolean | null;

/** One of the widget's events, from either export, in the widget's own names. */
export interface WidgetEvent {
  source: 'ga4' | 'datadog';
  name: ReportedEvent;
  /** Milliseconds since the epoch (UTC). */
  time: number;
  /** The opaque id the tool gave the browser: GA4's `user_pseudo_id`, Datadog's `usr.anonymous_id` (else the session's). */
  user: string;
  entryPoint: string;
  /** The fields of READ, in the widget's camelCase names and types. */
  detail: Record<string, Value>;
}

/** A field of the widget's detail as the GTM forwarder names it in GA4 (`durationMs` → `duration_ms`). */
export const ga4Parameter = (field: string) => Object.keys(toDataLayerPayload('travel-pay-flag', { [field]: 0 } as never)).find((k) => k !== 'event')!;

/** An event's GA4 name, as the GTM forwarder pushes it (`travel-pay-view` → `travel_pay_view`). */
export const ga4EventName = (name: ReportedEvent) => String(toDataLayerPayload(name as TravelPayEventName, {} as never).event);

const BY_GA4_NAME = new Map(REPORTED_EVENTS.map((name) => [ga4EventName(name), name]));
export const eventOfGa4Name = (name: string) => BY_GA4_NAME.get(name);
export const isReportedEvent = (name: string): name is ReportedEvent => Object.hasOwn(READ, name);

const KNOWN_ENTRY_POINTS = new Set<string>([...ENTRY_POINTS, 'unknown']);

/**
 * The detail of `name` from `field → raw value` (`raw(field)`, in the export's own types:
 * GA4 sends booleans as 'true'/'false' and null as '(not set)'), or the reason it can't be
 * read. Only the fields the report reads are checked and kept.
 */
export function readDetail(name: ReportedEvent, raw: (field: string) => unknown): { detail: Record<string, Value> } | { problem: string } {
  const detail: Record<string, Value> = {};
  for (const [field, kind] of Object.entries({ ...COMMON, ...READ[name] }) as [string, Kind][]) {
    const value = coerce(raw(field), kind);
    if (value === undefined) return { problem: `${field}: ${describe(raw(field))} is not ${kind.endsWith('?') ? `a ${kind.slice(0, -1)} or (not set)` : `a ${kind}`}` };
    detail[field] = value;
  }
  if (detail.schema !== READ_SCHEMA) return { problem: `schema ${detail.schema}: this report reads schema ${READ_SCHEMA}` };
  if (!KNOWN_ENTRY_POINTS.has(detail.entryPoint as string)) {
    return { problem: `entryPoint: ${describe(detail.entryPoint)}, not one of ${[...KNOWN_ENTRY_POINTS].join(', ')}` };
  }
  return { detail };
}

/** A raw value as a value of `kind`, or undefined if it isn't one. */
function coerce(value: unknown, kind: Kind): Value | undefined {
  const optional = kind.endsWith('?');
  if (value === null || value === undefined || value === '(not set)') return optional ? null : undefined;
  switch (kind.replace('?', '')) {
    case 'string':
      return typeof value === 'string' && value.length <= 1000 ? value : undefined;
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,15}(\.\d{1,15})?$/.test(value) ? Number(value) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    default:
      return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
  }
}

/**
 * A value for a problem's message, never the text of a string from outside (a wrong field
 * could hold anything, personal data included): its kind, and a string's length.
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
