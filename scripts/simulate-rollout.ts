// npm run simulate:rollout: the share of 100,000 synthetic logged-in ids each stage lets in.
import { flagsPayload, ROLLOUT_STAGES, ROLLOUT_STAGE_NAMES } from '../mocks/flags/stages.js';
import { simulateRollout, syntheticIds } from './rollout-simulation.js';

const count = Number(process.argv[2] ?? 100_000);
const ids = syntheticIds(count);
let previous: Set<string> | null = null;
console.log(`stage | target | share of ${count.toLocaleString('en-US')} ids | off target (pp) | superset of previous`);
console.log('---|---|---|---|---');
for (const stage of ROLLOUT_STAGE_NAMES) {
  const { coverage, label, payload } = ROLLOUT_STAGES[stage];
  const { share, included } = simulateRollout(payload, ids);
  const superset = previous ? [...previous].every((id) => included.has(id)) : true;
  console.log(`${label} | ${(coverage * 100).toFixed(0)}% | ${(share * 100).toFixed(2)}% | ${((share - coverage) * 100).toFixed(2)} | ${stage === 'kill' ? 'n/a' : superset}`);
  if (stage !== 'kill') previous = included;
}

// travel_pay_view_claim_details at each stage, with the widget at 100%: same seed, so the
// same Veterans, and every stage contains the one before.
console.log('');
console.log(`claim details stage (widget at E) | target | share of ${count.toLocaleString('en-US')} ids | superset of previous`);
console.log('---|---|---|---');
previous = null;
for (const stage of ROLLOUT_STAGE_NAMES) {
  const { coverage, label } = ROLLOUT_STAGES[stage];
  const { share, included } = simulateRollout(flagsPayload('e', stage), ids, {}, 'claimDetails');
  const superset = previous ? [...previous].every((id) => included.has(id)) : true;
  console.log(`${label} | ${(coverage * 100).toFixed(0)}% | ${(share * 100).toFixed(2)}% | ${stage === 'kill' ? 'n/a' : superset}`);
  if (stage !== 'kill') previous = included;
}

// travel_pay_submit_mileage_expense the same way: its own rule ids, the same seed.
console.log('');
console.log(`filing stage (widget at E) | target | share of ${count.toLocaleString('en-US')} ids | superset of previous`);
console.log('---|---|---|---');
previous = null;
for (const stage of ROLLOUT_STAGE_NAMES) {
  const { coverage, label } = ROLLOUT_STAGES[stage];
  const { share, included } = simulateRollout(flagsPayload('e', 'kill', stage), ids, {}, 'filing');
  const superset = previous ? [...previous].every((id) => included.has(id)) : true;
  console.log(`${label} | ${(coverage * 100).toFixed(0)}% | ${(share * 100).toFixed(2)}% | ${stage === 'kill' ? 'n/a' : superset}`);
  if (stage !== 'kill') previous = included;
}
