/** The named states of the claims API the demo, tests and stories can switch to (`?scenario=`). */
export const SCENARIOS = {
  default: 'About 180 claims over two years: about 22 in the past 3 months, more in each quarter',
  few: '3 claims',
  many: '10,000 claims over two years',
  empty: 'No claims in the range (200, data: [])',
  partial: '206: some BTSSS pages failed; the list may be incomplete',
  unauthenticated: '401: not signed in or the session expired',
  forbidden: '403: signed in, but not a Veteran known to BTSSS',
  'not-found': '404: no record',
  unavailable: '503: the travel_pay_power_switch is off on the server',
  'rate-limited': '429: too many requests',
  'server-error': '500 with a JSON error body',
  'bad-gateway-html': '502 with a proxy’s HTML error page',
  'network-error': 'The request fails at the network',
  malformed: '200 with a body that is not JSON',
  'wrong-shape': '200 with data that is not a list',
  hostile: 'Claims whose text fields hold markup, scripts, bidi overrides and 10,000-character words',
  slow: 'The default claims, after 3 seconds',
  never: 'The request never answers',
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function toScenario(value: string | null | undefined): ScenarioName {
  return value && value in SCENARIOS ? (value as ScenarioName) : 'default';
}
