import { withoutTrailingSlashes } from '../api/request.js';
import type { FeatureApiResponse } from '@growthbook/growthbook';

/** Why a features request gave nothing to evaluate. */
export type FeaturesFailure = 'timeout' | 'error';

export type FeaturesOutcome = { ok: true; payload: FeatureApiResponse } | { ok: false; failure: FeaturesFailure };

/**
 * GrowthBook's features endpoint, `{apiHost}/api/features/{clientKey}`, the request the
 * SDK itself makes: a GET without credentials (the definitions are the same for everyone;
 * no cookie of the host's reaches GrowthBook). Settles by `timeoutMs` as `timeout`
 * while the request carries on: `late` receives definitions that arrive after it (the
 * widget then decides again), until the request itself fails. Anything that isn't a JSON
 * object with a `features` object (an HTML error page, an encrypted payload the widget
 * has no key for) is an `error`: the power switch fails closed.
 */
export function fetchFeatures(
  apiHost: string,
  clientKey: string,
  timeoutMs: number,
  late?: (payload: FeatureApiResponse) => void,
): Promise<FeaturesOutcome> {
  const url = `${withoutTrailingSlashes(apiHost)}/api/features/${encodeURIComponent(clientKey)}`;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: FeaturesOutcome) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      } else if (outcome.ok) late?.(outcome.payload);
    };
    const timer = setTimeout(() => settle({ ok: false, failure: 'timeout' }), timeoutMs);
    fetch(url, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : null))
      .then(
        (body: unknown) => settle(isPayload(body) ? { ok: true, payload: body } : { ok: false, failure: 'error' }),
        () => settle({ ok: false, failure: 'error' }),
      );
  });
}

function isPayload(body: unknown): body is FeatureApiResponse {
  const features = (body as FeatureApiResponse | null)?.features;
  return typeof features === 'object' && features !== null && !Array.isArray(features);
}
