import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { claimsInRange, makeClaims, makeHostileClaims, type ApiClaim } from './fixtures.js';
import type { ScenarioName } from './scenarios.js';

/** Path of the claims endpoint under any api-base origin (VA.gov's or the demo's own). */
export const CLAIMS_PATH = '/travel_pay/v0/claims';
const ANY_ORIGIN_CLAIMS = `*${CLAIMS_PATH}`;

const SLOW_MS = 3000;

const errorBody = (status: number, title: string, detail: string) => ({
  errors: [{ title, detail, code: String(status), status: String(status) }],
});

const ERRORS: Partial<Record<ScenarioName, [number, string, string]>> = {
  unauthenticated: [401, 'Not authorized', 'Not authorized'],
  forbidden: [403, 'Forbidden', 'You do not have access to travel pay claims'],
  'not-found': [404, 'Resource not found', 'No record was found'],
  unavailable: [503, 'Service unavailable', 'This feature has been temporarily disabled'],
  'rate-limited': [429, 'Too many requests', 'Rate limit exceeded'],
  'server-error': [500, 'Internal server error', 'Internal server error'],
};

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The server's default range when the client sends none: the last 3 months. */
function defaultRange(today: string): [string, string] {
  const end = new Date(`${today}T00:00:00Z`);
  const start = new Date(end);
  start.setUTCMonth(start.getUTCMonth() - 3);
  return [`${start.toISOString().slice(0, 10)}T00:00:00`, `${today}T23:59:59`];
}

function claimsResponse(claims: ApiClaim[], url: URL, today: string, status = 200) {
  const [defaultStart, defaultEnd] = defaultRange(today);
  const inRange = claimsInRange(
    claims,
    url.searchParams.get('start_date') ?? defaultStart,
    url.searchParams.get('end_date') ?? defaultEnd,
  );
  return HttpResponse.json(
    { metadata: { status, pageNumber: 1, totalRecordCount: inRange.length }, data: inRange },
    { status },
  );
}

/**
 * MSW handlers answering the claims endpoint as `scenario` describes. Fixtures are
 * generated back from `today` (default: the real today, so the default date range always
 * has claims) and honor `start_date` / `end_date`.
 */
export function claimsHandlers(
  scenario: ScenarioName,
  options: { delayMs?: number; today?: string } = {},
): HttpHandler[] {
  const today = options.today ?? todayIso();
  let claims: ApiClaim[] | undefined;
  const fixture = (count: number) => (claims ??= makeClaims({ count, today }));

  return [
    http.get(ANY_ORIGIN_CLAIMS, async ({ request }) => {
      const url = new URL(request.url);
      if (options.delayMs) await delay(options.delayMs);
      const error = ERRORS[scenario];
      if (error) return HttpResponse.json(errorBody(...error), { status: error[0] });
      switch (scenario) {
        case 'few':
          return claimsResponse(fixture(3).map((c, i) => ({ ...c, appointmentDateTime: shiftIntoRange(today, i) })), url, today);
        case 'many':
          return claimsResponse(fixture(10_000), url, today);
        case 'empty':
          return claimsResponse([], url, today);
        case 'partial':
          return claimsResponse(fixture(180).filter((_, i) => i % 3 !== 0), url, today, 206);
        case 'bad-gateway-html':
          return new HttpResponse('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          });
        case 'network-error':
          return HttpResponse.error();
        case 'malformed':
          return new HttpResponse('{"metadata": {"status": 200}, "data": [', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          });
        case 'wrong-shape':
          return HttpResponse.json({ metadata: { status: 200 }, data: { claims: 'not a list' } });
        case 'hostile':
          return HttpResponse.json({ metadata: { status: 200 }, data: makeHostileClaims() });
        case 'slow':
          await delay(SLOW_MS);
          return claimsResponse(fixture(180), url, today);
        case 'never':
          await delay('infinite');
          return HttpResponse.error();
        default:
          return claimsResponse(fixture(180), url, today);
      }
    }),
  ];
}

/** Puts the `few` scenario's claims in the last weeks, so they show in the default range. */
function shiftIntoRange(today: string, index: number): string {
  const day = new Date(Date.parse(`${today}T00:00:00Z`) - (3 + index * 9) * 86_400_000);
  return `${day.toISOString().slice(0, 10)}T${String(9 + index).padStart(2, '0')}:30:00.000Z`;
}
