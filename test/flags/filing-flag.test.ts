import { expect } from '@open-wc/testing';
import { GrowthBook } from '@growthbook/growthbook';
import { FILING_KEY, flagsPayload, ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { BUNDLED_FEATURES } from '../../src/flags/bundled-features.js';
import { bundledDecisions, decisionsOf, evaluateFlags, FILING_FLAG, offDecisions } from '../../src/flags/power-switch.js';
import { simulateRollout, syntheticIds } from '../../scripts/rollout-simulation.js';

/** travel_pay_submit_mileage_expense: the third flag, decided with the other two. */
describe('travel_pay_submit_mileage_expense', function () {
  this.timeout(60_000);
  const veteran = { id: 'veteran-1', loggedIn: true, entryPoint: 'mhv' };

  it('the mocks and the widget name the same flag, VA.gov’s own toggle', () => {
    expect(FILING_KEY).to.equal(FILING_FLAG);
    expect(FILING_FLAG).to.equal('travel_pay_submit_mileage_expense');
  });

  it('is off in the bundled definitions (by its absence), while the power switch is on', () => {
    expect(BUNDLED_FEATURES.features).to.not.have.property(FILING_FLAG);
    const decisions = bundledDecisions(veteran);
    expect(decisions.powerSwitch.on).to.equal(true);
    expect(decisions.filing).to.equal(false);
  });

  it('is not served by a stage of the other two flags unless asked for', () => {
    expect(ROLLOUT_STAGES.e.payload.features).to.not.have.property(FILING_KEY);
    expect(evaluateFlags(ROLLOUT_STAGES.e.payload, veteran, 'network').filing).to.equal(false);
    expect(evaluateFlags(flagsPayload('e', 'e', 'e'), veteran, 'network').filing).to.equal(true);
  });

  it('is forced off while the power switch is off, whatever its own rules say', () => {
    expect(evaluateFlags(flagsPayload('kill', 'e', 'e'), veteran, 'network').filing).to.equal(false);
    expect(offDecisions('timeout').filing).to.equal(false);
  });

  it('can be killed alone: the widget and the details stay', () => {
    const decisions = evaluateFlags(flagsPayload('e', 'e', 'kill'), veteran, 'network');
    expect(decisions).to.deep.include({ claimDetails: true, filing: false });
    expect(decisions.powerSwitch.on).to.equal(true);
  });

  it('is off for a logged-out visitor at every stage', () => {
    expect(evaluateFlags(flagsPayload('e', 'e', 'e'), { id: 'veteran-1', loggedIn: false }, 'network').filing).to.equal(false);
  });

  it('is read from a host’s own GrowthBook instance', () => {
    const on = new GrowthBook({ attributes: veteran, features: flagsPayload('e', 'kill', 'e').features });
    const off = new GrowthBook({ attributes: veteran, features: flagsPayload('kill', 'kill', 'e').features });
    expect(decisionsOf(on, 'defaults')).to.deep.include({ claimDetails: false, filing: true });
    expect(decisionsOf(off, 'defaults').filing).to.equal(false);
    on.destroy();
    off.destroy();
  });

  it('rolls out by the same seed: each stage contains the one before, and is inside the widget’s', () => {
    const ids = syntheticIds(20_000);
    let previous: Set<string> | null = null;
    for (const stage of ['a', 'b', 'c', 'd', 'e'] as const) {
      const filing = simulateRollout(flagsPayload('e', 'kill', stage), ids, {}, 'filing');
      expect(Math.abs(filing.share - ROLLOUT_STAGES[stage].coverage), stage).to.be.at.most(0.01);
      if (previous) expect([...previous].filter((id) => !filing.included.has(id)), stage).to.deep.equal([]);
      previous = filing.included;
      const widget = simulateRollout(flagsPayload(stage, 'kill', stage), ids.slice(0, 5000), {}, 'powerSwitch').included;
      const withFiling = simulateRollout(flagsPayload(stage, 'kill', stage), ids.slice(0, 5000), {}, 'filing').included;
      expect([...withFiling].filter((id) => !widget.has(id)), stage).to.deep.equal([]);
    }
  });
});
