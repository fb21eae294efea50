import type { FeatureApiResponse } from '@growthbook/growthbook';
import { evaluateFlags } from '../src/flags/power-switch.js';

/**
 * Share of synthetic logged-in ids a payload lets in, and who is in, for rollout checks:
 * of the power switch, the claim details or filing (both of which also need the power
 * switch).
 */
export function simulateRollout(
  payload: FeatureApiResponse,
  ids: readonly string[],
  extra: Record<string, unknown> = {},
  flag: 'powerSwitch' | 'claimDetails' | 'filing' = 'powerSwitch',
) {
  const included = new Set<string>();
  for (const id of ids) {
    const decisions = evaluateFlags(payload, { id, loggedIn: true, ...extra }, 'defaults');
    if (flag === 'powerSwitch' ? decisions.powerSwitch.on : decisions[flag]) included.add(id);
  }
  return { share: included.size / ids.length, included };
}

/** Opaque ids like a host would supply (UUID-shaped, deterministic). */
export function syntheticIds(count: number): string[] {
  const ids: string[] = [];
  let x = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x ^ (x >>> 16), 0x45d9f3b) + i) >>> 0;
    ids.push(`${x.toString(16).padStart(8, '0')}-${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}`);
  }
  return ids;
}
