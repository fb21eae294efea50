import type { FeatureApiResponse } from '@growthbook/growthbook';

/**
 * The definitions used when a host configures no GrowthBook.
 *
 * - `travel_pay_power_switch`: on. A host that doesn't run GrowthBook has made its own
 *   decision to embed the widget, and the server-side power switch still answers 503 (the
 *   "isn't available right now" state) when the release is rolled back.
 * - `travel_pay_view_claim_details`: off. Nobody decided to show the details to this
 *   host's Veterans, and vets-api gates the details endpoint behind its own flag of the
 *   same name: turned on blindly, "Review claim details" could lead to an error on every
 *   claim. The details reach a Veteran only through a rollout (GrowthBook) or a host
 *   that hands over its own definitions (`flagsPayload`, `growthbook`).
 * - `travel_pay_submit_mileage_expense`: off, by its absence (GrowthBook evaluates a
 *   feature it has no definition of as off; the first view doesn't carry the line), for
 *   the same reason: vets-api answers 503 to a claim filed while VA's own toggle of that
 *   name is off, and the widget would read every Veteran's appointments for nothing.
 *
 * Hosts in the staged rollout configure the remote GrowthBook, whose rules
 * (mocks/flags/stages.ts) take precedence.
 */
export const BUNDLED_FEATURES: FeatureApiResponse = {
  features: {
    travel_pay_power_switch: { defaultValue: true },
    travel_pay_view_claim_details: { defaultValue: false },
  },
};
