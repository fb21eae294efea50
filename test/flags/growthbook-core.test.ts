import { expect } from '@open-wc/testing';
import { GrowthBookClient, type Attributes, type FeatureApiResponse } from '@growthbook/growthbook';
import { CLAIM_DETAILS_KEY, POWER_SWITCH_KEY, ROLLOUT_STAGES } from '../../mocks/flags/stages.js';
import { BUNDLED_FEATURES } from '../../src/flags/bundled-features.js';
import { evaluate } from '../../src/flags/growthbook-core.js';
import { syntheticIds } from '../../scripts/rollout-simulation.js';

/**
 * The widget evaluates with the SDK's core evaluator alone (src/flags/growthbook-core.ts,
 * reached by its path inside the package). These tests hold it to the SDK's public
 * `GrowthBookClient`: same value, on/off, source and rule for every flag, stage and user,
 * so an SDK upgrade that moves or changes the evaluator fails here.
 */
function viaClient(payload: FeatureApiResponse, attributes: Attributes, id: string) {
  const client = new GrowthBookClient().initSync({ payload });
  try {
    return client.createScopedInstance({ attributes }).evalFeature(id);
  } finally {
    client.destroy();
  }
}

const pick = ({ value, on, off, source, ruleId, experimentResult }: ReturnType<typeof viaClient>) => ({
  value,
  on,
  off,
  source,
  ruleId,
  variation: experimentResult?.variationId ?? null,
});

/** Beyond the release plan's rules: what else a GrowthBook admin could put on these flags. */
const RICHER: FeatureApiResponse = {
  savedGroups: { pilots: ['p-1', 'p-2'] },
  features: {
    [POWER_SWITCH_KEY]: {
      defaultValue: false,
      rules: [
        { id: 'pilots', condition: { id: { $inGroup: 'pilots' } }, force: true },
        { id: 'not-ie', condition: { browser: { $ne: 'ie' } }, coverage: 0.4, hashAttribute: 'id', seed: 's', hashVersion: 2, force: true },
        {
          id: 'exp',
          key: 'travel-pay-exp',
          variations: [false, true],
          weights: [0.5, 0.5],
          hashAttribute: 'id',
          seed: 'exp-seed',
          hashVersion: 2,
          coverage: 1,
        },
      ],
    },
    [CLAIM_DETAILS_KEY]: {
      defaultValue: false,
      rules: [
        {
          id: 'needs-widget',
          parentConditions: [{ id: POWER_SWITCH_KEY, condition: { value: true }, gate: true }],
          coverage: 0.5,
          hashAttribute: 'id',
          seed: 'd',
          hashVersion: 2,
          force: true,
        },
      ],
    },
    unrelated: { defaultValue: 'x' },
  },
};

describe('the GrowthBook evaluator the widget uses', function () {
  this.timeout(60_000);
  const ids = syntheticIds(1500);
  const users = (id: string, i: number): Attributes[] => [
    { id, loggedIn: true },
    { id, loggedIn: false },
    { id, loggedIn: true, tester: i % 7 === 0 },
    { id: i % 50 === 0 ? 'p-1' : id, browser: i % 3 ? 'chrome' : 'ie' },
    {},
  ];
  const payloads: [string, FeatureApiResponse][] = [
    ...Object.entries(ROLLOUT_STAGES).map(([stage, { payload }]) => [`stage ${stage}`, payload] as [string, FeatureApiResponse]),
    ['bundled', BUNDLED_FEATURES],
    ['richer rules', RICHER],
    ['empty', {}],
  ];

  for (const [name, payload] of payloads) {
    it(`decides as GrowthBookClient does: ${name}`, () => {
      let compared = 0;
      let on = 0;
      ids.forEach((id, i) => {
        for (const attributes of users(id, i)) {
          const ours = evaluate(payload, attributes);
          for (const flag of [POWER_SWITCH_KEY, CLAIM_DETAILS_KEY, 'unrelated', 'missing']) {
            const expected = pick(viaClient(payload, attributes, flag));
            expect(pick(ours(flag)), `${name}, ${flag}, ${JSON.stringify(attributes)}`).to.deep.equal(expected);
            compared++;
            if (expected.on) on++;
          }
        }
      });
      expect(compared).to.equal(ids.length * 5 * 4);
      // Each payload with rules decides both ways somewhere, so the comparison means something.
      if (name.startsWith('stage ') && name !== 'stage kill') expect(on).to.be.greaterThan(0);
    });
  }
});
