import type { Attributes, FeatureApiResponse, FeatureResult } from '@growthbook/growthbook';
// The GrowthBook SDK's own evaluator, `evalFeature` from its ES build's core module: the
// same code its `GrowthBook` and `GrowthBookClient` classes call, without their loading,
// caching, streaming and visual-experiment machinery (about 4.5 kB gzip of the widget's
// first view; the widget fetches the definitions itself, fetch-features.ts). The package's
// `exports` don't list this module, so it is reached by its path: the SDK version is
// pinned exactly in package.json, and test/flags/growthbook-core.test.ts checks every
// rollout stage against the SDK's public `GrowthBookClient` for thousands of ids, so an
// upgrade that moves or changes it fails there, not in production.
// @ts-expect-error -- no declaration sits beside the ES file; its signature is restated below.
import { evalFeature as sdkEvalFeature } from '../../node_modules/@growthbook/growthbook/dist/esm/core.mjs';

/** What the SDK's core reads of an evaluation (its `EvalContext`, minus what we don't use). */
interface EvalContext {
  global: { features: FeatureApiResponse['features']; experiments?: FeatureApiResponse['experiments']; savedGroups?: FeatureApiResponse['savedGroups']; log: () => void };
  user: { attributes: Attributes };
  stack: { evaluatedFeatures: Set<string> };
}

const evalFeature: (id: string, ctx: EvalContext) => FeatureResult = sdkEvalFeature;
const noLog = () => {};

/**
 * Evaluates `ids` for one user's attributes over a features payload, as
 * `new GrowthBookClient().initSync({ payload }).createScopedInstance({ attributes }).evalFeature(id)`
 * does (no tracking callbacks, no forced values, no sticky buckets: the widget uses none).
 */
export function evaluate(payload: FeatureApiResponse, attributes: Attributes): (id: string) => FeatureResult {
  const global = { features: payload.features ?? {}, experiments: payload.experiments, savedGroups: payload.savedGroups, log: noLog };
  return (id) => evalFeature(id, { global, user: { attributes }, stack: { evaluatedFeatures: new Set() } });
}
