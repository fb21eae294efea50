/**
 * Property checks at two depths: `fuzzAssert(property, { numRuns })` is fast-check's
 * `fc.assert` with `numRuns` as CI's (quick) default; under `npm run fuzz`
 * (web-test-runner.fuzz.config.mjs, which sets `globalThis.__FUZZ__`) every property
 * runs `__FUZZ__.runs` times instead (10,000 by default; a CI default above that is
 * kept), each input timed, and the
 * run count, the time and the slowest input of each property are sent to the runner,
 * which prints them and writes docs/fuzzing-results.md. A test file that calls
 * `fuzzAssert` is picked up by `npm run fuzz` by itself: adding a property file is all
 * it takes. Properties are named by their test's title.
 */
import fc, { type IRawProperty, type Parameters } from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  var __FUZZ__: { runs: number } | undefined;
}

export interface FuzzResult {
  property: string;
  runs: number;
  ms: number;
  slowestMs: number;
  slowestInput: string;
  passed: boolean;
}

const results: FuzzResult[] = [];
let title = '(no test)';
const seen = new Map<string, number>();

// Root hooks of the file that imports this module: the running test's title names its
// properties, and the file's results go to the runner once its tests are done.
beforeEach(function () {
  title = this.currentTest?.fullTitle() ?? title;
});
after(async () => {
  if (globalThis.__FUZZ__ && results.length) await executeServerCommand('fuzz-report', results);
});

/** The input, as fast-check prints a counterexample, cut to a readable length. */
function describeInput(value: unknown): string {
  const shown = fc.stringify(value);
  return shown.length > 160 ? `${shown.slice(0, 160)}… (${shown.length} characters)` : shown;
}

export function fuzzAssert<Ts>(property: IRawProperty<Ts>, params: Parameters<Ts> = {}): void | Promise<void> {
  const depth = globalThis.__FUZZ__;
  if (!depth) return fc.assert(property, params);

  const runs = Math.max(depth.runs, params.numRuns ?? 0);
  const count = (seen.get(title) ?? 0) + 1;
  seen.set(title, count);
  const name = count === 1 ? title : `${title} (#${count})`;
  let slowestMs = -1;
  let slowest: unknown;
  const note = (input: Ts, ms: number) => {
    if (ms > slowestMs) {
      slowestMs = ms;
      slowest = input;
    }
  };
  // The same property, every run timed (shrinking's runs included, after a failure).
  const timed: IRawProperty<Ts> = {
    isAsync: () => property.isAsync(),
    generate: (mrng, runId) => property.generate(mrng, runId),
    shrink: (value) => property.shrink(value),
    runBeforeEach: () => property.runBeforeEach(),
    runAfterEach: () => property.runAfterEach(),
    run: ((input: Ts) => {
      const t0 = performance.now();
      const outcome = property.run(input);
      if (outcome instanceof Promise) return outcome.finally(() => note(input, performance.now() - t0));
      note(input, performance.now() - t0);
      return outcome;
    }) as IRawProperty<Ts>['run'],
  };
  const started = performance.now();
  const record = (passed: boolean) =>
    results.push({ property: name, runs, ms: performance.now() - started, slowestMs, slowestInput: describeInput(slowest), passed });
  try {
    const outcome = fc.assert(timed, { ...params, numRuns: runs });
    if (outcome instanceof Promise) {
      return outcome.then(
        () => void record(true),
        (error) => {
          record(false);
          throw error;
        },
      );
    }
    record(true);
  } catch (error) {
    record(false);
    throw error;
  }
}
