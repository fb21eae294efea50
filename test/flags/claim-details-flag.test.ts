import { expect } from '@open-wc/testing';
import { GrowthBook } from '@growthbook/growthbook';
import { flagsPayload, ROLLOUT_STAGES, CLAIM_DETAILS_KEY, POWER_SWITCH_KEY } from '../../mocks/flags/stages.js';
import { bundledDecisions, CLAIM_DETAILS_FLAG, decisionsOf, evaluateFlags, POWER_SWITCH } from '../../src/flags/power-switch.js';
import { simulateRollout, syntheticIds } from '../../scripts/rollout-simulation.js';

/** travel_pay_view_claim_details: decided with the power switch, from the same definitions. */
describe('travel_pay_view_claim_details', function () {
  this.timeout(60_000);
  const veteran = { id: 'veteran-1', loggedIn: true, entryPoint: 'mhv' };

  it('the mocks and the widget name the same flags', () => {
    expect([POWER_SWITCH_KEY, CLAIM_DETAILS_KEY]).to.deep.equal([POWER_SWITCH, CLAIM_DETAILS_FLAG]);
  });

  it('is off in the bundled definitions, while the power switch is on', () => {
    const decisions = bundledDecisions(veteran);
    expect(decisions.powerSwitch).to.include({ on: true, source: 'defaults' });
    expect(decisions.claimDetails).to.equal(false);
  });

  it('is on at stage E for a logged-in Veteran and off when logged out', () => {
    expect(evaluateFlags(ROLLOUT_STAGES.e.payload, veteran, 'network').claimDetails).to.equal(true);
    expect(evaluateFlags(ROLLOUT_STAGES.e.payload, { id: 'veteran-1', loggedIn: false }, 'network').claimDetails).to.equal(false);
  });

  it('means nothing while the power switch is off: killed widget, no details', () => {
    expect(evaluateFlags(flagsPayload('kill', 'e'), veteran, 'network')).to.deep.equal({
      powerSwitch: { flag: POWER_SWITCH, on: false, source: 'network', ruleId: null },
      claimDetails: false,
      filing: false,
    });
  });

  it('can be killed alone: the widget stays', () => {
    const decisions = evaluateFlags(flagsPayload('e', 'kill'), veteran, 'network');
    expect(decisions.powerSwitch.on).to.equal(true);
    expect(decisions.claimDetails).to.equal(false);
    expect(flagsPayload('e', 'kill').features).to.not.have.property(CLAIM_DETAILS_KEY);
  });

  it('is read from a host’s own GrowthBook instance with the host’s attributes', () => {
    const gb = new GrowthBook({ attributes: veteran, features: flagsPayload('e', 'e').features });
    expect(decisionsOf(gb, 'defaults').claimDetails).to.equal(true);
    const off = new GrowthBook({ attributes: veteran, features: flagsPayload('e', 'kill').features });
    expect(decisionsOf(off, 'defaults')).to.deep.include({ claimDetails: false });
    gb.destroy();
    off.destroy();
  });

  it('rolls out by the same seed: its stages grow as the power switch’s do, and each is inside the widget’s', () => {
    const ids = syntheticIds(20_000);
    const stages = ['a', 'b', 'c', 'd', 'e'] as const;
    let previous: Set<string> | null = null;
    for (const [i, stage] of stages.entries()) {
      const details = simulateRollout(flagsPayload('e', stage), ids, {}, 'claimDetails');
      expect(Math.abs(details.share - ROLLOUT_STAGES[stage].coverage), stage).to.be.at.most(0.01);
      if (previous) expect([...previous].filter((id) => !details.included.has(id)), stage).to.deep.equal([]);
      previous = details.included;
      // The details at a stage, the widget at the same stage or later: everyone with the details has the widget.
      for (const power of stages.slice(i)) {
        const widget = simulateRollout(flagsPayload(power, stage), ids.slice(0, 5000), {}, 'powerSwitch').included;
        const withDetails = simulateRollout(flagsPayload(power, stage), ids.slice(0, 5000), {}, 'claimDetails').included;
        expect([...withDetails].filter((id) => !widget.has(id)), `${stage} inside ${power}`).to.deep.equal([]);
        expect(withDetails.size, `${stage} inside ${power}`).to.be.greaterThan(0);
      }
    }
  });
});
