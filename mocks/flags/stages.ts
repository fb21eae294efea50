import type { FeatureApiResponse, FeatureRule } from '@growthbook/growthbook';

/**
 * GrowthBook definitions of `travel_pay_power_switch` for each stage of the release plan
 * (docs/events.md, "Rollout stages"). One fixed seed and hash version 2 for
 * every stage, so a Veteran bucketed in at 5% stays in at 25%, 50%, 75% and 100%.
 */
export const ROLLOUT_SEED = 'travel-pay-status-rollout-2026';

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

const payload = (...rules: FeatureRule[]): FeatureApiResponse => ({
  features: { travel_pay_power_switch: { defaultValue: false, rules } },
});

export const ROLLOUT_STAGES = {
  a: {
    label: 'A: canary, 5% plus named testers',
    coverage: 0.05,
    payload: payload(
      { id: 'testers', condition: { loggedIn: true, tester: true }, force: true },
      rollout('stage-a', 0.05),
    ),
  },
  b: { label: 'B: 25%', coverage: 0.25, payload: payload(rollout('stage-b', 0.25)) },
  c: { label: 'C: 50%', coverage: 0.5, payload: payload(rollout('stage-c', 0.5)) },
  d: { label: 'D: 75%', coverage: 0.75, payload: payload(rollout('stage-d', 0.75)) },
  // At 100% there is nothing to hash: a force rule, still for logged-in Veterans only.
  e: { label: 'E: 100%', coverage: 1, payload: payload({ id: 'stage-e', condition: loggedIn, force: true }) },
  // Rollback: the feature is off for everyone, and GrowthBook drops it from the payload.
  kill: { label: 'Kill: off for everyone', coverage: 0, payload: { features: {} } as FeatureApiResponse },
} as const;

export type RolloutStage = keyof typeof ROLLOUT_STAGES;

export const ROLLOUT_STAGE_NAMES = Object.keys(ROLLOUT_STAGES) as RolloutStage[];

export function toRolloutStage(value: string | null | undefined): RolloutStage | null {
  return value && value in ROLLOUT_STAGES ? (value as RolloutStage) : null;
}
