import { parseAppointments, type PastAppointment } from '../claims/appointments.js';
import { apiGet, type ApiOutcome, type ApiRequestOptions } from './request.js';

/**
 * `GET {vaos}/appointments`: the Veteran's past appointments with the travel pay claim VA
 * found for each (docs/api.md, "Past appointments"), through the same request as every
 * endpoint. DOM-free; loaded with the appointments piece.
 */
export interface AppointmentsResult {
  outcome: ApiOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** Present for `ok`. */
  appointments: PastAppointment[] | null;
}

const DAY_MS = 86_400_000;

/**
 * The appointments of the last 31 days up to `now`: a day more than the filing deadline's
 * 30, so a facility whose day ends later than the Veteran's still has its last day in the
 * answer; the rule (`unfiledDays`) keeps those within the deadline.
 */
export function appointmentsUrl(vaosAppointments: string, now: number): string {
  const url = new URL(vaosAppointments);
  url.search = new URLSearchParams([
    ['_include', 'facilities,travel_pay_claims'],
    ['start', new Date(now - 31 * DAY_MS).toISOString()],
    ['end', new Date(now).toISOString()],
    ['statuses[]', 'booked'],
    ['statuses[]', 'arrived'],
    ['statuses[]', 'fulfilled'],
    ['statuses[]', 'cancelled'],
  ]).toString();
  return url.href;
}

/** Resolves for every ending; rejects only when `signal` aborts. A body that isn't a list of appointments is `bad-response`. */
export async function fetchAppointments(url: string, options: ApiRequestOptions): Promise<AppointmentsResult> {
  const result = await apiGet(url, options, async (response) => {
    const appointments = parseAppointments(await response.json());
    return appointments ? { value: appointments } : { value: null, outcome: 'bad-response' as const };
  });
  const ok = result.outcome === 'ok' || result.outcome === 'partial';
  return { outcome: result.outcome, status: result.status, durationMs: result.durationMs, appointments: ok ? (result.value ?? null) : null };
}
