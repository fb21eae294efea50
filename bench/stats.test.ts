/**
 * The bench's statistics (bench/stats.ts): `npm run test:bench`. Every random draw comes
 * from a seeded generator, so these results are the same on every run and machine.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatInterval,
  median,
  medianInterval,
  normalQuantile,
  pairedRatioOfMedians,
  quantile,
  sampleUntilDecided,
  seededRandom,
  verdict,
  wilsonInterval,
} from './stats.js';

const close = (actual: number, expected: number, tolerance: number, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

/** A machine's noise: log-normal run times, sometimes a much slower run (another process woke). */
function noisyRuns(random: () => number, n: number, centre: number) {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: n }, () => centre * Math.exp(0.15 * normal()) * (random() < 0.1 ? 1.8 : 1));
}

describe('quantile and median', () => {
  it('interpolate between neighbours and leave out what is not a number', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
    assert.equal(median([1, NaN, 3, Infinity]), 2);
    assert.ok(Number.isNaN(median([])));
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another, all in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(xs, Array.from({ length: 1000 }, () => b()));
    assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, () => c()));
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    close(xs.reduce((s, x) => s + x, 0) / xs.length, 0.5, 0.03, 'mean');
  });
});

describe('pairedRatioOfMedians', () => {
  it('is exact when every pair has the same ratio', () => {
    const floor = [10, 12, 9, 30, 11];
    const i = pairedRatioOfMedians(floor.map((x) => x * 1.2), floor);
    close(i.estimate, 1.2, 1e-12);
    close(i.lo, 1.2, 1e-12);
    close(i.hi, 1.2, 1e-12);
    assert.equal(i.n, 5);
  });

  it('leaves out pairs with a missing side, and has no bounds under 2 pairs', () => {
    const i = pairedRatioOfMedians([2, NaN, 4], [1, 1, NaN]);
    assert.equal(i.n, 1);
    assert.equal(i.estimate, 2);
    assert.ok(Number.isNaN(i.lo) && Number.isNaN(i.hi));
  });

  it('is the same interval for the same runs and seed', () => {
    const random = seededRandom(7);
    const w = noisyRuns(random, 15, 110);
    const f = noisyRuns(random, 15, 100);
    assert.deepEqual(pairedRatioOfMedians(w, f, { random: seededRandom(3) }), pairedRatioOfMedians(w, f, { random: seededRandom(3) }));
  });

  it('covers the true ratio about 95% of the time, and narrows with more pairs', () => {
    const random = seededRandom(20261207);
    const truth = 1.2;
    let covered = 0;
    const trials = 200;
    const widths = { 11: [] as number[], 41: [] as number[] };
    for (let t = 0; t < trials; t++) {
      for (const n of [11, 41] as const) {
        // Each pair shares the machine's moment: a common factor, then each side's own noise.
        const moment = noisyRuns(random, n, 1);
        const w = noisyRuns(random, n, 100 * truth).map((x, i) => x * moment[i]);
        const f = noisyRuns(random, n, 100).map((x, i) => x * moment[i]);
        const i = pairedRatioOfMedians(w, f, { resamples: 1000, random });
        widths[n].push(i.hi - i.lo);
        if (n === 41 && i.lo <= truth && truth <= i.hi) covered++;
      }
    }
    // The percentile bootstrap of a median runs a little narrow at small n; 41 pairs are near 95%.
    assert.ok(covered / trials >= 0.88 && covered / trials <= 0.99, `coverage ${covered / trials}`);
    assert.ok(median(widths[41]) < 0.65 * median(widths[11]), `width at 41 pairs ${median(widths[41])}, at 11 ${median(widths[11])}`);
  });
});

describe('medianInterval', () => {
  it('brackets the median of one sample', () => {
    const xs = noisyRuns(seededRandom(5), 31, 40);
    const i = medianInterval(xs);
    assert.equal(i.estimate, median(xs));
    assert.ok(i.lo <= i.estimate && i.estimate <= i.hi && i.lo < i.hi);
  });
});

describe('normalQuantile and wilsonInterval', () => {
  it('gives the usual z values', () => {
    close(normalQuantile(0.975), 1.959964, 1e-6);
    close(normalQuantile(0.5), 0, 1e-12);
    close(normalQuantile(0.005), -2.575829, 1e-6);
  });

  it('matches published Wilson intervals, including at 0 and n hits', () => {
    const half = wilsonInterval(5, 10);
    close(half.lo, 0.2366, 1e-4);
    close(half.hi, 0.7634, 1e-4);
    const none = wilsonInterval(0, 10);
    assert.equal(none.lo, 0);
    close(none.hi, 0.2775, 1e-4);
    const all = wilsonInterval(30, 30);
    close(all.lo, 0.8865, 1e-4);
    close(all.hi, 1, 1e-12);
    assert.ok(Number.isNaN(wilsonInterval(0, 0).estimate));
  });
});

describe('verdict', () => {
  it('is met when the upper end is within the target, not met when the lower end is past it, undecided between', () => {
    assert.equal(verdict({ lo: 1.0, hi: 1.25 }, 1.25), 'met');
    assert.equal(verdict({ lo: 1.26, hi: 1.4 }, 1.25), 'not met');
    assert.equal(verdict({ lo: 1.2, hi: 1.3 }, 1.25), 'undecided');
    assert.equal(verdict({ lo: 1.25, hi: 1.3 }, 1.25), 'undecided');
    assert.equal(verdict({ lo: NaN, hi: NaN }, 1.25), 'undecided');
  });
});

describe('sampleUntilDecided', () => {
  it('samples a batch at a time until decided, and stops at the cap', async () => {
    const random = seededRandom(11);
    const w: number[] = [];
    const f: number[] = [];
    const batch = async (ratio: number) => {
      for (let i = 0; i < 5; i++) {
        const moment = noisyRuns(random, 1, 1)[0];
        w.push(noisyRuns(random, 1, 100 * ratio)[0] * moment);
        f.push(noisyRuns(random, 1, 100)[0] * moment);
      }
    };
    // Clearly under the target: decided early.
    await batch(0.8);
    const judge = () => [verdict(pairedRatioOfMedians(w, f), 1.25)];
    const added = await sampleUntilDecided({ judge, more: () => batch(0.8), count: () => w.length, max: 60 });
    assert.deepEqual(judge(), ['met']);
    assert.ok(w.length <= 20, `${w.length} pairs`);
    assert.equal(w.length, 5 + 5 * added);

    // Exactly at the target: stays undecided, and the cap ends it.
    w.length = 0;
    f.length = 0;
    await batch(1.25);
    await sampleUntilDecided({ judge, more: () => batch(1.25), count: () => w.length, max: 30 });
    assert.equal(w.length, 30);
  });
});

describe('formatInterval', () => {
  it('shows the estimate and its bounds', () => {
    assert.equal(formatInterval({ estimate: 1.123, lo: 1.04, hi: 1.21, n: 11 }), '1.12× [1.04–1.21×]');
    assert.equal(formatInterval({ estimate: 0.05, lo: 0, hi: 0.2, n: 20 }, (x) => `${(x * 100).toFixed(0)}%`), '5% [0%–20%]');
    assert.equal(formatInterval({ estimate: NaN, lo: NaN, hi: NaN, n: 0 }), '—');
  });
});
