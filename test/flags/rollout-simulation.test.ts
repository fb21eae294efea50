import { expect } from '@open-wc/testing';
import { ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { simulateRollout, syntheticIds } from '../../scripts/rollout-simulation.js';
import { evaluatePowerSwitch } from '../../src/flags/power-switch.js';

describe('staged rollout over 100,000 synthetic ids (real GrowthBook SDK)', function () {
  this.timeout(120_000);
  const ids = syntheticIds(100_000);
  const stages = ['a', 'b', 'c', 'd', 'e'] as const;
  const results = new Map<string, ReturnType<typeof simulateRollout>>();
  before(() => {
    for (const stage of stages) results.set(stage, simulateRollout(ROLLOUT_STAGES[stage].payload, ids));
  });

  it('lets each stage’s share in, within ±0.5 percentage points', () => {
    for (const stage of stages) {
      const { share } = results.get(stage)!;
      expect(Math.abs(share - ROLLOUT_STAGES[stage].coverage), `stage ${stage}: ${share}`).to.be.at.most(0.005);
    }
  });

  it('keeps everyone of a stage in the next one', () => {
    for (let i = 1; i < stages.length; i++) {
      const before = results.get(stages[i - 1])!.included;
      const after = results.get(stages[i])!.included;
      const dropped = [...before].filter((id) => !after.has(id));
      expect(dropped, `${stages[i - 1]} → ${stages[i]}`).to.deep.equal([]);
    }
  });

  it('gives the same id the same answer every time', () => {
    const again = simulateRollout(ROLLOUT_STAGES.c.payload, ids.slice(0, 5000)).included;
    const first = [...results.get('c')!.included].filter((id) => ids.slice(0, 5000).includes(id));
    expect([...again].sort()).to.deep.equal(first.sort());
  });

  it('never lets logged-out visitors in, and nobody in after a kill', () => {
    for (const stage of stages) {
      expect(evaluatePowerSwitch(ROLLOUT_STAGES[stage].payload, { id: ids[0], loggedIn: false }, 'network').on).to.equal(false);
    }
    expect(simulateRollout(ROLLOUT_STAGES.kill.payload, ids.slice(0, 1000)).share).to.equal(0);
  });

  it('lets named testers in at every stage from A on, whatever their bucket', () => {
    for (const stage of ['a', 'b', 'c', 'd', 'e'] as const) {
      expect(simulateRollout(ROLLOUT_STAGES[stage].payload, ids.slice(0, 2000), { tester: true }).share, stage).to.equal(1);
    }
  });
});
