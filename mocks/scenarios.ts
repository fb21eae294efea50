/**
 * The named states of the claims API that the demo (`?scenario=`), tests and stories
 * switch between. The one place their names live: handlers, demo controls and the test
 * that every scenario is covered all read this list.
 */
export const SCENARIOS = [
  { name: 'default', description: 'About 23 claims in the past 3 months and as many in each earlier quarter, over two years' },
  { name: 'few', description: '3 recent claims' },
  { name: 'many', description: '10,000 claims over two years' },
  { name: 'empty', description: 'No claims in the range (200, data: [])' },
  { name: 'partial', description: '206: some BTSSS pages failed, so the list may be incomplete' },
  { name: 'unauthenticated', description: '401: not signed in, or the session expired' },
  { name: 'forbidden', description: '403: signed in, but not a Veteran known to BTSSS' },
  { name: 'not-found', description: '404: no record' },
  { name: 'unavailable', description: '503: the travel_pay_power_switch is off on the server' },
  { name: 'btsss-failed', description: '400 with code VA900: BTSSS failed, not even the first page of claims could be read' },
  { name: 'rate-limited', description: '429: too many requests' },
  { name: 'server-error', description: '500 with a JSON error body' },
  { name: 'bad-gateway-html', description: '502 with a proxy’s HTML error page' },
  { name: 'network-error', description: 'The request fails at the network' },
  { name: 'malformed', description: '200 with a body that is not JSON' },
  { name: 'wrong-shape', description: '200 with data that is not a list' },
  { name: 'hostile', description: 'Claims whose text holds markup, scripts, javascript: URLs, bidi overrides, 10,000-character words' },
  { name: 'slow', description: 'The default claims, after about 3 seconds' },
  { name: 'never', description: 'The request never answers' },
] as const satisfies readonly { name: string; description: string }[];

export type ScenarioName = (typeof SCENARIOS)[number]['name'];

export const SCENARIO_NAMES: readonly ScenarioName[] = SCENARIOS.map((s) => s.name);

export function scenarioDescription(name: ScenarioName): string {
  return SCENARIOS.find((s) => s.name === name)!.description;
}

/** A `?scenario=` value as a scenario; anything unknown is `default`, so a typo still shows claims. */
export function toScenario(value: string | null | undefined): ScenarioName {
  return SCENARIO_NAMES.find((name) => name === value) ?? 'default';
}

/**
 * The named states of a claim's details and its documents (`GET /claims/{id}`,
 * `GET /claims/{id}/documents/{documentId}`): a second dimension, so any list scenario
 * can be combined with any details scenario (`?details-scenario=` in the demo).
 */
export const DETAILS_SCENARIOS = [
  { name: 'default', description: 'Each claim’s details, derived from the list: expenses, documents and, for Denied and Partial payment, the decision reason' },
  { name: 'sparse', description: 'Details with nothing optional: no expenses, no documents, no decision reason, no amounts' },
  { name: 'hostile', description: 'Denied details whose reason, file names and expense types hold markup, scripts, bidi overrides and a 10,000-character word' },
  { name: 'unauthenticated', description: 'Details: 401, the session expired' },
  { name: 'forbidden', description: 'Details: 403' },
  { name: 'not-found', description: 'Details: 404, no such claim' },
  { name: 'unavailable', description: 'Details: 503, the server’s power switch is off' },
  { name: 'btsss-failed', description: 'Details: 400 with code VA900, BTSSS failed' },
  { name: 'server-error', description: 'Details: 500' },
  { name: 'network-error', description: 'Details: the request fails at the network' },
  { name: 'timeout', description: 'Details: the request never answers (the widget’s request-timeout ends it)' },
  { name: 'unreadable', description: 'Details: 200 with a body that is not JSON' },
  { name: 'slow', description: 'Details after about 3 seconds' },
  { name: 'download-error', description: 'Details as default, but every document download answers 500' },
] as const satisfies readonly { name: string; description: string }[];

export type DetailsScenarioName = (typeof DETAILS_SCENARIOS)[number]['name'];

export const DETAILS_SCENARIO_NAMES: readonly DetailsScenarioName[] = DETAILS_SCENARIOS.map((s) => s.name);

/** A `?details-scenario=` value as a details scenario; anything unknown is `default`. */
export function toDetailsScenario(value: string | null | undefined): DetailsScenarioName {
  return DETAILS_SCENARIO_NAMES.find((name) => name === value) ?? 'default';
}

/**
 * The named states of filing a mileage-only claim (`?filing-scenario=` in the demo, with
 * `?filing=<stage>`): past appointments (VAOS), the home address (`/v0/user`) and what
 * `POST /travel_pay/v0/claims` answers. A third dimension, beside the list's and the
 * details' scenarios.
 */
export const FILING_SCENARIOS = [
  { name: 'default', description: 'Appointments of every kind and status (five days that can be claimed, one whose claim lookup failed); the claim is filed' },
  { name: 'single', description: 'One appointment that can be claimed; the claim is filed' },
  { name: 'none', description: 'Appointments, none of which can be claimed here (claimed already, community care, phone, cancelled, video at home)' },
  { name: 'lookup-failed', description: 'Every appointment’s claim lookup failed: nothing is offered to file' },
  { name: 'appointments-error', description: 'VAOS answers 500: nothing of filing shows' },
  { name: 'no-address', description: 'No home address on file' },
  { name: 'user-error', description: '/v0/user answers 500' },
  { name: 'incomplete', description: 'POST: 201 with status Incomplete (the claim exists, the expense failed)' },
  { name: 'saved', description: 'POST: 201 with status Saved (the claim exists, submitting it failed)' },
  { name: 'duplicate', description: 'POST: 400 VA900 "already been created"; the claim is in the list' },
  { name: 'not-found', description: 'POST: 404, BTSSS has no such appointment' },
  { name: 'unauthenticated', description: 'POST: 401, the session ended' },
  { name: 'forbidden', description: 'POST: 403' },
  { name: 'csrf-refused', description: 'POST: 403 "Invalid Authenticity Token" until the token from HEAD /v0/maintenance_windows is sent' },
  { name: 'rate-limited', description: 'POST: 429; nothing was filed' },
  { name: 'server-error', description: 'POST: 500; nothing was filed' },
  { name: 'lost-answer', description: 'POST: the server files the claim, then the connection drops' },
  { name: 'timeout', description: 'POST: never answers; nothing was filed' },
] as const satisfies readonly { name: string; description: string }[];

export type FilingScenarioName = (typeof FILING_SCENARIOS)[number]['name'];

export const FILING_SCENARIO_NAMES: readonly FilingScenarioName[] = FILING_SCENARIOS.map((s) => s.name);

/** A `?filing-scenario=` value as a filing scenario; anything unknown is `default`. */
export function toFilingScenario(value: string | null | undefined): FilingScenarioName {
  return FILING_SCENARIO_NAMES.find((name) => name === value) ?? 'default';
}
