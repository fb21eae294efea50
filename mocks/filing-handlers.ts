import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import type { ApiClaim } from './fixtures.js';
import { appointmentsBody, DEFAULT_APPOINTMENTS, filedClaim, SINGLE_APPOINTMENT, userBody, type AppointmentSpec } from './filing-fixtures.js';
import type { FilingScenarioName } from './scenarios.js';

/** Paths under any origin: VA.gov's API or a host page's same-origin proxy. */
export const APPOINTMENTS_PATH = '*/vaos/v2/appointments';
export const USER_PATH = '*/v0/user';
export const MAINTENANCE_WINDOWS_PATH = '*/v0/maintenance_windows';
export const CLAIMS_POST_PATH = '*/travel_pay/v0/claims';

/** The token HEAD /v0/maintenance_windows hands out, and the csrf-refused scenario accepts. */
export const FRESH_CSRF_TOKEN = 'fresh-csrf-token-from-maintenance-windows';

/**
 * The filing side of VA.gov's API for one scenario, and its state: the claims its POSTs
 * made (`filed`, which the claims list then includes: pass it to `claimsHandlers`), and
 * what each request was (`requests`), for tests that count them.
 */
export interface FilingMock {
  handlers: HttpHandler[];
  filed: ApiClaim[];
  requests: { method: string; path: string; search: string; body?: unknown; headers: Record<string, string>; credentials: RequestCredentials }[];
}

const errorBody = (status: number, title: string, detail: string, code = String(status)) =>
  HttpResponse.json({ errors: [{ title, detail, code, status: String(status) }] }, { status });

export function filingMock(scenario: FilingScenarioName, options: { today: string; delayMs?: number; appointments?: readonly AppointmentSpec[] }): FilingMock {
  const filed: ApiClaim[] = [];
  const requests: FilingMock['requests'] = [];
  const specs = options.appointments ?? (scenario === 'single' ? SINGLE_APPOINTMENT : DEFAULT_APPOINTMENTS);
  const record = async (request: Request) => {
    const { pathname: path, search } = new URL(request.url);
    const body = request.method === 'POST' ? await request.clone().json().catch(() => undefined) : undefined;
    requests.push({ method: request.method, path, search, body, headers: Object.fromEntries(request.headers), credentials: request.credentials });
    if (options.delayMs) await delay(options.delayMs);
  };
  const file = (body: { appointmentDateTime: string; facilityName: string }, status: string) => {
    const claim = filedClaim(body, status, filed.length + 1);
    filed.push(claim);
    return claim;
  };

  return {
    filed,
    requests,
    handlers: [
      http.get(APPOINTMENTS_PATH, async ({ request }) => {
        await record(request);
        switch (scenario) {
          case 'appointments-error':
            return errorBody(500, 'Internal server error', 'Internal server error');
          case 'lookup-failed':
            return HttpResponse.json(appointmentsBody(specs, options.today, 'failed'));
          case 'none':
            return HttpResponse.json(appointmentsBody(specs, options.today, 'filed'));
          default:
            return HttpResponse.json(appointmentsBody(specs, options.today));
        }
      }),
      http.get(USER_PATH, async ({ request }) => {
        await record(request);
        if (scenario === 'user-error') return errorBody(500, 'Internal server error', 'Internal server error');
        return HttpResponse.json(userBody(scenario === 'no-address' ? null : undefined), { headers: { 'X-CSRF-Token': 'token-from-user' } });
      }),
      http.head(MAINTENANCE_WINDOWS_PATH, async ({ request }) => {
        await record(request);
        return new HttpResponse(null, { status: 200, headers: { 'X-CSRF-Token': FRESH_CSRF_TOKEN, 'Access-Control-Expose-Headers': 'X-CSRF-Token' } });
      }),
      http.post(CLAIMS_POST_PATH, async ({ request }) => {
        await record(request);
        const body = (await request.clone().json().catch(() => null)) as { appointmentDateTime: string; facilityName: string } | null;
        if (!body) return errorBody(400, 'Bad request', 'The request body could not be read');
        switch (scenario) {
          case 'incomplete':
          case 'saved': {
            const status = scenario === 'saved' ? 'Saved' : 'Incomplete';
            return HttpResponse.json({ claimId: file(body, status).id, status }, { status: 201 });
          }
          case 'duplicate':
            if (!filed.length) file(body, 'In process');
            return errorBody(400, 'Operation failed', 'A claim has already been created for this appointment.', 'VA900');
          case 'not-found':
            return errorBody(404, 'Resource not found', `No appointment found for ${body.appointmentDateTime}`);
          case 'unauthenticated':
            return errorBody(401, 'Not authorized', 'Not authorized');
          case 'forbidden':
            return errorBody(403, 'Forbidden', 'You do not have access to travel pay claims');
          case 'csrf-refused':
            if (request.headers.get('X-CSRF-Token') !== FRESH_CSRF_TOKEN) return errorBody(403, 'Forbidden', 'Invalid Authenticity Token');
            return HttpResponse.json({ claimId: file(body, 'Claim submitted').id, status: 'Claim submitted' }, { status: 201 });
          case 'rate-limited':
            return errorBody(429, 'Too many requests', 'Rate limit exceeded');
          case 'server-error':
            return errorBody(500, 'Internal server error', 'Internal server error');
          case 'lost-answer':
            file(body, 'Claim submitted');
            return HttpResponse.error();
          case 'timeout':
            await delay('infinite');
            return HttpResponse.error();
          default:
            return HttpResponse.json({ claimId: file(body, 'Claim submitted').id, status: 'Claim submitted' }, { status: 201 });
        }
      }),
    ],
  };
}
