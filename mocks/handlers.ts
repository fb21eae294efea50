import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { claimsInRange, makeClaims, makeHostileClaims, type ApiClaim } from './fixtures.js';
import type { ScenarioName } from './scenarios.js';

/** Path of the claims endpoint under any api-base origin (VA.gov's or the demo's own). */
export const CLAIMS_PATH = '/travel_pay/v0/claims';
// Any origin: the element's default api-base is https://api.va.gov, the demo's same-origin.
const ANY_ORIGIN_CLAIMS = `*${CLAIMS_PATH}`;

export interface ClaimsHandlersOptions {
  /** Delay before every answer, error answers included. */
  delayMs?: number;
  /** `YYYY-MM-DD` the fixtures and the default range end on. Default: the real today. */
  today?: string;
}

/** How long `slow` takes: past the widget's loading indicator, under its request timeout. */
export const SLOW_MS = 3000;

// A uniform spread puts 1/8 of a two-year set in each quarter: 180 gives the ~23 claims
// in the past 3 months that fill three pages of 10 with a partial last page.
const DEFAULT_COUNT = 180;

type ErrorSpec = readonly [status: number, title: string, detail: string, code: string];

type ErrorScenario = Extract<
  ScenarioName,
  'unauthenticated' | 'forbidden' | 'not-found' | 'btsss-failed' | 'rate-limited' | 'server-error' | 'unavailable'
>;

const ERRORS: Record<ErrorScenario, ErrorSpec> = {
  unauthenticated: [401, 'Not authorized', 'Not authorized', '401'],
  forbidden: [403, 'Forbidden', 'You do not have access to travel pay claims', '403'],
  'not-found': [404, 'Resource not found', 'No record was found', '404'],
  // What vets-api answers when BTSSS failed before the first page of claims was read.
  'btsss-failed': [400, 'Operation failed', 'Operation failed', 'VA900'],
  'rate-limited': [429, 'Too many requests', 'Rate limit exceeded', '429'],
  'server-error': [500, 'Internal server error', 'Internal server error', '500'],
  // What vets-api answers when the travel_pay_power_switch flag is off.
  unavailable: [503, 'Service unavailable', 'This feature has been temporarily disabled', '503'],
};

function errorResponse([status, title, detail, code]: ErrorSpec) {
  return HttpResponse.json({ errors: [{ title, detail, code, status: String(status) }] }, { status });
}

/**
 * The browser's local calendar day, because the widget computes its ranges from it too:
 * generating fixtures from the same day keeps the default range populated on any date.
 */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The server's range when the client sends none: the 3 months up to today, day clamped like the widget's. */
export function defaultRange(today: string): [start: string, end: string] {
  const [y, m, d] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - 3, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return [`${first.toISOString().slice(0, 10)}T00:00:00`, `${today}T23:59:59`];
}

function claimsResponse(claims: readonly ApiClaim[], url: URL, today: string, status = 200) {
  const [defaultStart, defaultEnd] = defaultRange(today);
  const data = claimsInRange(
    claims,
    url.searchParams.get('start_date') || defaultStart,
    url.searchParams.get('end_date') || defaultEnd,
  );
  return HttpResponse.json({ metadata: { status, pageNumber: 1, totalRecordCount: data.length }, data }, { status });
}

/**
 * MSW handlers answering the claims endpoint as `scenario` describes, honoring
 * `start_date` / `end_date` like the server. Fixtures are generated once per call, lazily,
 * so `many` costs nothing until it is requested.
 */
export function claimsHandlers(scenario: ScenarioName, options: ClaimsHandlersOptions = {}): HttpHandler[] {
  const today = options.today ?? localToday();
  let cached: ApiClaim[] | undefined;
  const claims = (make: () => ApiClaim[]) => (cached ??= make());

  return [
    http.get(ANY_ORIGIN_CLAIMS, async ({ request }) => {
      const url = new URL(request.url);
      if (options.delayMs) await delay(options.delayMs);
      switch (scenario) {
        case 'unauthenticated':
        case 'forbidden':
        case 'not-found':
        case 'btsss-failed':
        case 'rate-limited':
        case 'server-error':
        case 'unavailable':
          return errorResponse(ERRORS[scenario]);
        case 'default':
          return claimsResponse(claims(() => makeClaims({ count: DEFAULT_COUNT, today })), url, today);
        case 'few':
          return claimsResponse(claims(() => makeClaims({ count: 3, today, spanDays: 30 })), url, today);
        case 'many':
          return claimsResponse(claims(() => makeClaims({ count: 10_000, today })), url, today);
        case 'empty':
          return claimsResponse([], url, today);
        case 'partial': {
          // A third missing, as if one BTSSS page in three had failed.
          const some = claims(() => makeClaims({ count: DEFAULT_COUNT, today }).filter((_, i) => i % 3 !== 0));
          return claimsResponse(some, url, today, 206);
        }
        case 'bad-gateway-html':
          return new HttpResponse(
            '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
            { status: 502, headers: { 'Content-Type': 'text/html' } },
          );
        case 'network-error':
          return HttpResponse.error();
        case 'malformed':
          // Declared JSON but cut off mid-body, as a dropped connection leaves it.
          return new HttpResponse('{"metadata": {"status": 200}, "data": [', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          });
        case 'wrong-shape':
          return HttpResponse.json({ metadata: { status: 200, pageNumber: 1, totalRecordCount: 1 }, data: { claims: 'not a list' } });
        case 'hostile':
          return claimsResponse(claims(() => makeHostileClaims(today)), url, today);
        case 'slow':
          await delay(SLOW_MS);
          return claimsResponse(claims(() => makeClaims({ count: DEFAULT_COUNT, today })), url, today);
        case 'never':
          await delay('infinite');
          return HttpResponse.error();
        default: {
          // A scenario added to scenarios.ts without an answer here fails to compile.
          const unhandled: never = scenario;
          throw new Error(`No mock for scenario ${String(unhandled)}`);
        }
      }
    }),
  ];
}
