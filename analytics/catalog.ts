import { SCHEMA, type TravelPayDetail, type TravelPayEventDetails, type TravelPayEventName } from '../src/analytics/events.js';
import { toDataLayerPayload } from '../src/analytics/forwarders.js';

/**
 * What the dashboards need to know about each event of events.ts, beyond its name and
 * shape: a description, the release-plan metric it serves, a typed sample detail, and how
 * GA4 should register each parameter. Not part of the widget's bundle: the GTM container,
 * the GA4 custom definitions and the Datadog monitors and dashboard (under analytics/)
 * are built from it, and the tests hold them to it.
 *
 * The types make it complete: a sample for every event with exactly its fields, and a
 * GA4 definition for every parameter, no more. A field added to events.ts fails the type
 * check here until it is described.
 */

/** camelCase to snake_case, as the GTM forwarder names dataLayer parameters. */
type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

/** Every field of every event's detail, the common ones included. */
export type DetailField = { [N in TravelPayEventName]: keyof TravelPayDetail<N> }[TravelPayEventName] & string;

/** Every dataLayer parameter the GTM forwarder can push. */
export type Ga4Parameter = SnakeCase<DetailField>;

export interface EventEntry<N extends TravelPayEventName> {
  /** What happened, for the GTM tag's notes and the dashboards. */
  description: string;
  /** The release plan's metric it serves. */
  metric: string;
  /** A typed, realistic detail (without the common fields): the payload of tests and docs. */
  sample: TravelPayEventDetails[N];
}

export const EVENT_CATALOG: { [N in TravelPayEventName]: EventEntry<N> } = {
  'travel-pay-flag': {
    description: 'The travel_pay_power_switch decision for this Veteran (again when it changes).',
    metric: 'Rollout stage and kill-switch effect',
    sample: { flag: 'travel_pay_power_switch', on: true, source: 'network', ruleId: 'stage-b' },
  },
  'travel-pay-view': {
    description: 'The widget is shown to a Veteran, once per mount.',
    metric: 'Unique and repeat page views, origin page, entry point',
    sample: { originPage: 'https://www.va.gov/my-health/', repeat: true, viewCount: 3 },
  },
  'travel-pay-api': {
    description: 'A request to the travel pay API settled (once per network request).',
    metric: 'Travel Pay API endpoint error count (non-200/201), p90 latency',
    sample: { endpoint: 'claims', status: 200, ok: true, outcome: 'ok', durationMs: 840, claimCount: 23 },
  },
  'travel-pay-page-change': {
    description: 'The Veteran moved to another page of claims.',
    metric: 'Utilization of pagination (share reaching page 2)',
    sample: { from: 1, to: 2, totalPages: 3, pageSize: 10 },
  },
  'travel-pay-sort-change': {
    description: 'A new sort order was applied.',
    metric: 'How the list is used',
    sample: { sort: 'oldest' },
  },
  'travel-pay-filter-change': {
    description: 'New filters were applied.',
    metric: 'How the list is used',
    sample: { statusCount: 2, dateRange: '2026-q3' },
  },
  'travel-pay-link-click': {
    description: 'A link inside the widget was followed.',
    metric: 'Are Veterans going out to BTSSS (btsss-portal in help); exit point',
    sample: { linkId: 'btsss-portal', section: 'help', href: 'https://dvagov-btsss.dynamics365portals.us/', outbound: true },
  },
  'travel-pay-time-spent': {
    description: 'Visible time since the last report, when the page is hidden or left or the widget removed.',
    metric: 'Time spent',
    sample: { visibleMs: 42_000 },
  },
  'travel-pay-attention': {
    description: 'A loaded list holds claims that need the Veteran’s action (once per list answer).',
    metric: 'Do Veterans see and act on what they must do',
    sample: { count: 2, overdue: 1, onHold: 1 },
  },
  'travel-pay-details-view': {
    description: 'A claim’s details were shown.',
    metric: 'Is the details view used; which claims send Veterans there',
    sample: { phase: 'decided', known: true, documentCount: 2, hasDecisionReason: true },
  },
  'travel-pay-document-download': {
    description: 'A document download settled.',
    metric: 'Are decision letters reached',
    sample: { kind: 'decision-letter', ok: true },
  },
  'travel-pay-unfiled': {
    description: 'The past appointments that can still be claimed are known (once per answer, filing flag on).',
    metric: 'How many Veterans have appointments with no claim, and how close to the deadline',
    sample: { count: 1, soonestDaysLeft: 12 },
  },
  'travel-pay-file': {
    description: 'A moment of filing a mileage-only claim: start, each question, review, submit (with its outcome), exit (with its reason).',
    metric: 'Filing funnel and abandonment (< 20%), submit error rate (< 5%)',
    sample: { step: 'submit', reason: null, outcome: 'filed' },
  },
};

/** A sample detail with the common fields, as the widget would emit it. */
export function sampleDetail<N extends TravelPayEventName>(name: N, version = '0.0.0'): TravelPayDetail<N> {
  return { ...EVENT_CATALOG[name].sample, schema: SCHEMA, version, entryPoint: 'mhv' } as TravelPayDetail<N>;
}

/** The dataLayer parameters of each event, in the order the forwarder pushes them. */
export function ga4ParametersOf(name: TravelPayEventName): Ga4Parameter[] {
  return Object.keys(toDataLayerPayload(name, sampleDetail(name))).filter((key) => key !== 'event') as Ga4Parameter[];
}

/** The GA4 (and dataLayer `event`) name of each event. */
export function ga4EventName(name: TravelPayEventName): string {
  return toDataLayerPayload(name, sampleDetail(name)).event as string;
}

/**
 * How GA4 registers a parameter: a custom dimension, or a custom metric with its unit
 * (GA4's Admin API names). `releasePlan`: one of the release plan's metrics needs it; the
 * others are worth registering while the property has room (50 of each in a standard
 * property, shared with the rest of VA.gov).
 */
export type Ga4Definition =
  | { kind: 'dimension'; displayName: string; description: string; releasePlan: boolean }
  | { kind: 'metric'; displayName: string; description: string; releasePlan: boolean; unit: 'STANDARD' | 'MILLISECONDS' };

const dimension = (displayName: string, description: string, releasePlan = false): Ga4Definition => ({
  kind: 'dimension',
  displayName,
  description,
  releasePlan,
});
const metric = (displayName: string, description: string, unit: 'STANDARD' | 'MILLISECONDS', releasePlan = false): Ga4Definition => ({
  kind: 'metric',
  displayName,
  description,
  releasePlan,
  unit,
});

/**
 * Every parameter, in the order to register them: the release plan's first, entry point
 * first of all ("which of the sources are they entering from").
 */
export const GA4_DEFINITIONS: { [P in Ga4Parameter]: Ga4Definition } = {
  entry_point: dimension('Travel pay entry point', 'Host the widget runs on: mhv, travel-reimbursement, claims-tool or unknown.', true),
  origin_page: dimension('Travel pay origin page', 'Page the Veteran came from (referrer, origin and path, cut to 100 characters).', true),
  repeat: dimension('Travel pay repeat view', 'true when this browser showed the widget before; (not set) without storage.', true),
  link_id: dimension('Travel pay link', 'Which link was followed: btsss-portal, call-center, tty, sign-in and others.', true),
  section: dimension('Travel pay link section', 'Part of the widget the link was in: help, error, card, attention, details, fallback.', true),
  href: dimension('Travel pay link destination', 'Where the link leads (origin and path, cut to 100 characters): the exit point.', true),
  outbound: dimension('Travel pay outbound link', 'true when the link leaves the host page’s origin.', true),
  to: dimension('Travel pay page reached', 'Page of claims the Veteran moved to (2: reached the second page).', true),
  visible_ms: metric('Travel pay visible time', 'Time the widget was on a visible page since the last report.', 'MILLISECONDS', true),
  endpoint: dimension('Travel pay API endpoint', 'claims, claim-details, document, appointments, user or submit-claim.', true),
  ok: dimension('Travel pay request ok', 'true for 200/201 with a readable answer (API), or a document downloaded.', true),
  status: dimension('Travel pay API status', 'HTTP status of the request; 0 when no answer arrived.', true),
  outcome: dimension('Travel pay outcome', 'How a request ended (ok, partial, unauthenticated, error, timeout…) or a filing (filed, partial, duplicate, timeout-filed…).', true),
  duration_ms: metric('Travel pay API duration', 'Time the request took.', 'MILLISECONDS', true),
  rule_id: dimension('Travel pay rollout rule', 'GrowthBook rule that decided the power switch (which rollout stage).', true),
  on: dimension('Travel pay power switch on', 'true when the widget is shown to this Veteran.', true),
  source: dimension('Travel pay flag source', 'Where the decision came from: network, defaults, timeout, error.', true),
  version: dimension('Travel pay widget version', 'Package version of the widget that sent the event.', true),
  view_count: metric('Travel pay view count', 'How many times this browser has shown the widget.', 'STANDARD'),
  flag: dimension('Travel pay flag', 'GrowthBook feature decided (travel_pay_power_switch).'),
  schema: dimension('Travel pay event schema', 'Version of the event contract (1).'),
  claim_count: metric('Travel pay claims returned', 'Claims in the API answer.', 'STANDARD'),
  from: dimension('Travel pay page left', 'Page of claims the Veteran moved from.'),
  total_pages: metric('Travel pay total pages', 'Pages of claims in the list.', 'STANDARD'),
  page_size: metric('Travel pay page size', 'Claims per page.', 'STANDARD'),
  sort: dimension('Travel pay sort', 'Sort order applied: newest or oldest.'),
  status_count: metric('Travel pay statuses filtered', 'Statuses selected in the filter.', 'STANDARD'),
  date_range: dimension('Travel pay date range', 'Date range applied: past-3-months or a quarter (2026-q3).'),
  count: metric('Travel pay count', 'Claims that need the Veteran’s action (attention), or appointments that can still be claimed (unfiled).', 'STANDARD'),
  overdue: metric('Travel pay claims overdue', 'Claims past the 30-day filing deadline.', 'STANDARD'),
  on_hold: metric('Travel pay claims on hold', 'Claims on hold.', 'STANDARD'),
  phase: dimension('Travel pay claim phase', 'Where a viewed claim stands: filed, in-review, decided, paid.'),
  known: dimension('Travel pay status known', 'true when the viewed claim’s status is recognised.'),
  document_count: metric('Travel pay documents', 'Documents on a viewed claim.', 'STANDARD'),
  has_decision_reason: dimension('Travel pay decision reason', 'true when a viewed claim carries a decision reason.'),
  kind: dimension('Travel pay document kind', 'decision-letter, appeal-form or upload.'),
  step: dimension('Travel pay filing step', 'Filing a mileage-only claim: start, eligibility (each question), review, submit, exit.', true),
  reason: dimension('Travel pay filing exit reason', 'Why filing stopped: not-mileage-only, not-own-vehicle, not-from-home, no-address, cancelled.', true),
  soonest_days_left: metric('Travel pay soonest days left', 'Fewest days left to file among appointments that can still be claimed.', 'STANDARD'),
};
