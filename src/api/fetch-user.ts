import { parseHomeAddress, type HomeAddress } from '../claims/home-address.js';
import { rememberCsrfToken } from './csrf.js';
import { apiGet, type ApiOutcome, type ApiRequestOptions } from './request.js';

/**
 * `GET {origin}/v0/user`, for the home address alone (docs/api.md, "The home address").
 * Nothing else of the answer is read into anything the widget keeps. DOM-free; loaded
 * with the filing flow.
 */
export interface HomeAddressResult {
  outcome: ApiOutcome;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** For `ok`: the address, or null when none is on file. Undefined otherwise. */
  address: HomeAddress | null | undefined;
}

export async function fetchHomeAddress(url: string, options: ApiRequestOptions): Promise<HomeAddressResult> {
  const result = await apiGet(url, options, async (response) => {
    rememberCsrfToken(response);
    const address = parseHomeAddress(await response.json());
    return address === undefined ? { value: undefined, outcome: 'bad-response' as const } : { value: address };
  });
  const address = result.outcome === 'ok' || result.outcome === 'partial' ? result.value : undefined;
  return { outcome: result.outcome, status: result.status, durationMs: result.durationMs, address };
}
