import type { FeatureApiResponse } from '@growthbook/growthbook';

/**
 * The definitions used when a host configures no GrowthBook: the widget is on. A host
 * that doesn't run GrowthBook has made its own decision to embed the widget, and the
 * server-side power switch still answers 503 (the "isn't available right now" state)
 * when the release is rolled back. Hosts in the staged rollout configure the remote
 * GrowthBook, whose rules (mocks/flags/stages.ts) take precedence.
 */
export const BUNDLED_FEATURES: FeatureApiResponse = {
  features: {
    travel_pay_power_switch: { defaultValue: true },
  },
};
