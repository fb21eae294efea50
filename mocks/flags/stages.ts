import type { FeatureApiResponse, FeatureDefinition, FeatureRule } from '@growthbook/growthbook';

/**
 * GrowthBook definitions for each stage of the release plan (docs/rollout.md), for the
 * three flags the widget reads from one definitions request: `travel_pay_power_switch`
 * (the widget at all), `travel_pay_view_claim_details` (a claim's details inside it) and
 * `travel_pay_submit_mileage_expense` (appointments that can still be claimed, and filing
 * a mileage-only claim). One fixed seed and hash version 2 for every stage and every
 * flag, so a Veteran bucketed in at 5% stays in at 25%, 50%, 75% and 100%, and a Veteran
 * who has the details or filing at a stage also has the widget at that stage or any later.
 */
export const ROLLOUT_SEED = 'travel-pay-status-rollout-2026';

export const POWER_SWITCH_KEY = 'travel_pay_power_switch';
export const CLAIM_DETAILS_KEY = 'travel_pay_view_claim_details';
export const FILING_KEY = 'travel_pay_submit_mileage_expense';

const loggedIn = { loggedIn: true };

const rollout = (id: string, coverage: number): FeatureRule => ({
  id,
  condition: loggedIn,
  force: true,
  coverage,
  hashAttribute: 'id',
  seed: ROLLOUT_SEED,
  hashVersion: 2,
});

/**
 * Named testers (`tester: true`) are let in ahead of the percentage at every stage up to
 * 100%, so a tester who helped at the canary keeps the widget whatever their bucket.
 */
const testers = (prefix: string): FeatureRule => ({ id: `${prefix}testers`, condition: { loggedIn: true, tester: true }, force: true });

/** The rules of one stage; `prefix` tells the other flags' rule ids from the power switch's. */
const STAGE_RULES = {
  a: (prefix: string) => [testers(prefix), rollout(`${prefix}stage-a`, 0.05)],
  b: (prefix: string) => [testers(prefix), rollout(`${prefix}stage-b`, 0.25)],
  c: (prefix: string) => [testers(prefix), rollout(`${prefix}stage-c`, 0.5)],
  d: (prefix: string) => [testers(prefix), rollout(`${prefix}stage-d`, 0.75)],
  // At 100% there is nothing to hash: a force rule, still for logged-in Veterans only.
  e: (prefix: string) => [{ id: `${prefix}stage-e`, condition: loggedIn, force: true }],
  // Rollback: the feature is off for everyone, and GrowthBook drops it from the payload.
  kill: null,
} satisfies Record<string, ((prefix: string) => FeatureRule[]) | null>;

export type RolloutStage = keyof typeof STAGE_RULES;

const feature = (stage: RolloutStage, prefix: string): FeatureDefinition | null => {
  const rules = STAGE_RULES[stage];
  return rules ? { defaultValue: false, rules: rules(prefix) } : null;
};

/**
 * The definitions GrowthBook serves with the power switch at `power`, the details at
 * `details` (by default the same stage) and filing at `filing` (by default not served:
 * off, so that a stage of the first two never starts appointments requests nobody asked
 * for). Rule ids: `testers`, `stage-a` … for the power switch; `details-testers`,
 * `details-stage-a` … for the details; `filing-testers`, `filing-stage-a` … for filing.
 */
export function flagsPayload(power: RolloutStage, details: RolloutStage = power, filing: RolloutStage = 'kill'): FeatureApiResponse {
  const features: Record<string, FeatureDefinition> = {};
  const powerFeature = feature(power, '');
  const detailsFeature = feature(details, 'details-');
  const filingFeature = feature(filing, 'filing-');
  if (powerFeature) features[POWER_SWITCH_KEY] = powerFeature;
  if (detailsFeature) features[CLAIM_DETAILS_KEY] = detailsFeature;
  if (filingFeature) features[FILING_KEY] = filingFeature;
  return { features };
}

export const ROLLOUT_STAGES = {
  a: { label: 'A: canary, 5% plus named testers', coverage: 0.05, payload: flagsPayload('a') },
  b: { label: 'B: 25%', coverage: 0.25, payload: flagsPayload('b') },
  c: { label: 'C: 50%', coverage: 0.5, payload: flagsPayload('c') },
  d: { label: 'D: 75%', coverage: 0.75, payload: flagsPayload('d') },
  e: { label: 'E: 100%', coverage: 1, payload: flagsPayload('e') },
  kill: { label: 'Kill: off for everyone', coverage: 0, payload: flagsPayload('kill') },
} as const satisfies Record<RolloutStage, { label: string; coverage: number; payload: FeatureApiResponse }>;

export const ROLLOUT_STAGE_NAMES = Object.keys(ROLLOUT_STAGES) as RolloutStage[];

export function toRolloutStage(value: string | null | undefined): RolloutStage | null {
  return value && value in ROLLOUT_STAGES ? (value as RolloutStage) : null;
}
