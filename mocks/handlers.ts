import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { claimsInRange, makeClaims, makeHostileClaims, type ApiClaim } from './fixtures.js';
import { documentLines, makeClaimDetails, makeHostileClaimDetails, makeSparseClaimDetails } from './details-fixtures.js';
import { fileFor } from './files.js';
import type { DetailsScenarioName, ScenarioName } from './scenarios.js';

/** Path of the claims endpoint under any api-base origin (VA.gov's or the demo's own). */
export const CLAIMS_PATH = '/travel_pay/v0/claims';
// Any origin: the element's default api-base is https://api.va.gov, the demo's same-origin.
const ANY_ORIGIN_CLAIMS = `*${CLAIMS_PATH}`;

export interface ClaimsHandlersOptions {
  /** Delay before every answer, error answers included. */
  delayMs?: number;
  /**
   * Every claims answer waits until this settles (a test's gate): the test, not a timer,
   * decides when the answer comes, so a check "while loading" holds on a loaded machine.
   */
  heldUntil?: Promise<unknown>;
  /** `YYYY-MM-DD` the fixtures and the default range end on. Default: the real today. */
  today?: string;
  /** How the details and documents of the list's claims answer. Default `default`. */
  details?: DetailsScenarioName;
  /** Claims filed since the page opened (`filingMock(…).filed`, read at every answer): the list shows them too. */
  filed?: readonly ApiClaim[];
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
 * `start_date` / `end_date` like the server, and the details and documents of those
 * claims as `options.details` describes. Fixtures are generated once per call, lazily,
 * so `many` costs nothing until it is requested.
 */
export function claimsHandlers(scenario: ScenarioName, options: ClaimsHandlersOptions = {}): HttpHandler[] {
  const today = options.today ?? localToday();
  let cached: ApiClaim[] | undefined;
  const claims = (make: () => ApiClaim[]) => (cached ??= make());
  const defaultClaims = () => claims(() => makeClaims({ count: DEFAULT_COUNT, today }));

  /** Every claim the scenario's server knows, whatever the range: the details are theirs. */
  const known = (): readonly ApiClaim[] => {
    switch (scenario) {
      case 'default':
      case 'slow':
        return defaultClaims();
      case 'few':
        return claims(() => makeClaims({ count: 3, today, spanDays: 30 }));
      case 'many':
        return claims(() => makeClaims({ count: 10_000, today }));
      case 'partial':
        // A third missing, as if one BTSSS page in three had failed.
        return claims(() => makeClaims({ count: DEFAULT_COUNT, today }).filter((_, i) => i % 3 !== 0));
      case 'hostile':
        return claims(() => makeHostileClaims(today));
      default:
        return [];
    }
  };

  const withFiled = (claims: readonly ApiClaim[]) => (options.filed?.length ? [...options.filed, ...claims] : claims);

  return [
    http.get(ANY_ORIGIN_CLAIMS, async ({ request }) => {
      const url = new URL(request.url);
      if (options.delayMs) await delay(options.delayMs);
      await options.heldUntil;
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
        case 'few':
        case 'many':
        case 'hostile':
          return claimsResponse(withFiled(known()), url, today);
        case 'empty':
          return claimsResponse(withFiled([]), url, today);
        case 'partial':
          return claimsResponse(withFiled(known()), url, today, 206);
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
        case 'slow':
          await delay(SLOW_MS);
          return claimsResponse(withFiled(known()), url, today);
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
    ...claimDetailsHandlers(options.details ?? 'default', { claims: known, delayMs: options.delayMs }),
  ];
}

/** Path patterns of one claim's details and of one of its documents, under any api-base origin. */
export const CLAIM_DETAILS_PATH = `*${CLAIMS_PATH}/:claimId`;
export const DOCUMENT_PATH = `*${CLAIMS_PATH}/:claimId/documents/:documentId`;

type DetailsErrorScenario = Extract<DetailsScenarioName, 'unauthenticated' | 'forbidden' | 'not-found' | 'unavailable' | 'server-error' | 'btsss-failed'>;

const DETAILS_ERRORS: Record<DetailsErrorScenario, ErrorSpec> = {
  unauthenticated: ERRORS.unauthenticated,
  forbidden: ERRORS.forbidden,
  'not-found': ERRORS['not-found'],
  unavailable: ERRORS.unavailable,
  'server-error': ERRORS['server-error'],
  'btsss-failed': ERRORS['btsss-failed'],
};

/**
 * MSW handlers for `GET /claims/{id}` and `GET /claims/{id}/documents/{documentId}` as
 * `scenario` describes. `claims` lists the claims the server knows (the list scenario's):
 * any other id is a 404, as the real server answers.
 */
export function claimDetailsHandlers(
  scenario: DetailsScenarioName,
  options: { claims: () => readonly ApiClaim[]; delayMs?: number },
): HttpHandler[] {
  const find = (id: unknown) => options.claims().find((claim) => claim.id === id);
  const detailsOf = (claim: ApiClaim) =>
    scenario === 'sparse' ? makeSparseClaimDetails(claim) : scenario === 'hostile' ? makeHostileClaimDetails(claim) : makeClaimDetails(claim);
  return [
    http.get(DOCUMENT_PATH, async ({ params }) => {
      if (options.delayMs) await delay(options.delayMs);
      const claim = find(params.claimId);
      const doc = claim && detailsOf(claim).documents?.find((d) => d.documentId === params.documentId);
      if (!doc) return errorResponse(ERRORS['not-found']);
      if (scenario === 'download-error') return errorResponse(ERRORS['server-error']);
      const { bytes, contentType } = fileFor(doc.filename, documentLines(doc));
      const ascii = doc.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return new HttpResponse(bytes, {
        headers: {
          'Content-Type': contentType,
          'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
          // A cross-origin API must expose the header for the widget to read the name.
          'Access-Control-Expose-Headers': 'Content-Disposition',
        },
      });
    }),
    http.get(CLAIM_DETAILS_PATH, async ({ params }) => {
      if (options.delayMs) await delay(options.delayMs);
      switch (scenario) {
        case 'unauthenticated':
        case 'forbidden':
        case 'not-found':
        case 'unavailable':
        case 'server-error':
        case 'btsss-failed':
          return errorResponse(DETAILS_ERRORS[scenario]);
        case 'network-error':
          return HttpResponse.error();
        case 'timeout':
          await delay('infinite');
          return HttpResponse.error();
        case 'unreadable':
          return new HttpResponse('{"claimId": "', { status: 200, headers: { 'Content-Type': 'application/json' } });
        case 'slow':
          await delay(SLOW_MS);
          break;
        case 'default':
        case 'sparse':
        case 'hostile':
        case 'download-error':
          break;
        default: {
          const unhandled: never = scenario;
          throw new Error(`No mock for details scenario ${String(unhandled)}`);
        }
      }
      const claim = find(params.claimId);
      return claim ? HttpResponse.json(detailsOf(claim)) : errorResponse(ERRORS['not-found']);
    }),
  ];
}
