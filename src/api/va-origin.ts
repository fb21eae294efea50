import { withoutTrailingSlashes } from './request.js';

/**
 * VA.gov's other APIs beside the travel pay API, on the same origin (docs/api.md): found
 * from `api-base` by going up its two segments, so `https://api.va.gov/travel_pay/v0`
 * gives `https://api.va.gov/vaos/v2/appointments`, and a host page's
 * `/api/x/travel_pay/v0` gives `/api/x/vaos/v2/appointments`. DOM-free.
 */
export function besideApiBase(apiBase: string, path: string, page = globalThis.location?.href): string {
  return new URL(`../../${path}`, new URL(`${withoutTrailingSlashes(apiBase)}/`, page)).href;
}

/** Where filing's requests go, beside `api-base`: the appointments, the Veteran's record, a fresh CSRF token. */
export const filingUrls = (apiBase: string, page?: string) => ({
  appointments: besideApiBase(apiBase, 'vaos/v2/appointments', page),
  user: besideApiBase(apiBase, 'v0/user', page),
  csrf: besideApiBase(apiBase, 'v0/maintenance_windows', page),
});
