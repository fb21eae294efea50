/**
 * The bench scripts' statistics, in one place: medians and quantiles, a seeded random
 * number generator, confidence intervals (a paired bootstrap of a ratio of medians, a
 * proportion's Wilson interval), the verdict an interval gives against a target, and
 * sampling more until it gives one. Pure functions; values that aren't finite numbers
 * are left out. Tested by bench/stats.test.ts (`npm run test:bench`).
 */
import { seededRandom } from '../mocks/fixtures.js';

const sorted = (xs: number[]) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** The q-quantile (0 … 1), interpolated between neighbours; NaN for no values. */
export function quantile(xs: number[], q: number): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  return quantileOfSorted(s, q);
}

function quantileOfSorted(s: ArrayLike<number>, q: number): number {
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** The median; NaN for no values. */
export const median = (xs: number[]): number => quantile(xs, 0.5);

/**
 * A seeded generator, uniform in [0, 1) (the fixtures' mulberry32): the same runs and seed
 * give the same interval.
 */
export { seededRandom };

/** An estimate with its confidence interval, from `n` observations (pairs, loads). */
export interface Interval {
  estimate: number;
  lo: number;
  hi: number;
  n: number;
}

export interface BootstrapOptions {
  /** Resamples drawn (default 4,000). */
  resamples?: number;
  /** The interval's coverage (default 0.95). */
  confidence?: number;
  /** The generator the resampling draws from (default: seeded with 1). */
  random?: () => number;
}

/**
 * The ratio of medians, median(a) / median(b), from paired runs (a[i] and b[i] ran one
 * after the other, so they met the same moment on the machine), with a percentile
 * bootstrap interval: pairs are resampled with replacement, keeping each pair together,
 * and the interval is the middle `confidence` of the resampled ratios. Pairs where either
 * value isn't a finite number are left out; fewer than 2 pairs give NaN bounds.
 */
export function pairedRatioOfMedians(a: number[], b: number[], options: BootstrapOptions = {}): Interval {
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Number.isFinite(a[i]) && Number.isFinite(b[i])) pairs.push([a[i], b[i]]);
  }
  const n = pairs.length;
  const estimate = n ? median(pairs.map((p) => p[0])) / median(pairs.map((p) => p[1])) : NaN;
  if (n < 2) return { estimate, lo: NaN, hi: NaN, n };
  const { resamples = 4000, confidence = 0.95, random = seededRandom(1) } = options;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const ratios = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const [x, y] = pairs[Math.floor(random() * n)];
      xs[i] = x;
      ys[i] = y;
    }
    xs.sort();
    ys.sort();
    ratios[r] = quantileOfSorted(xs, 0.5) / quantileOfSorted(ys, 0.5);
  }
  ratios.sort();
  const tail = (1 - confidence) / 2;
  return { estimate, lo: quantileOfSorted(ratios, tail), hi: quantileOfSorted(ratios, 1 - tail), n };
}

/**
 * The median of one sample with a percentile bootstrap interval (for a target in absolute
 * terms, when there is no floor to pair with).
 */
export function medianInterval(xs: number[], options: BootstrapOptions = {}): Interval {
  const ones = xs.map(() => 1);
  return pairedRatioOfMedians(xs, ones, options);
}

/**
 * The standard normal quantile (Acklam's rational approximation, relative error under
 * 1.2e-9), for the Wilson interval's z.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * A proportion (`hits` of `n`) with its Wilson score interval: unlike the plain normal
 * interval it stays inside [0, 1] and is not empty at 0 or n hits (0 of 30 gives up to 11%).
 */
export function wilsonInterval(hits: number, n: number, confidence = 0.95): Interval {
  if (n <= 0) return { estimate: NaN, lo: NaN, hi: NaN, n: 0 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return { estimate: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half), n };
}

export type Verdict = 'met' | 'not met' | 'undecided';

/**
 * A target's verdict from an interval, for a "lower is better" target (`value ≤ target`):
 * met when even the interval's upper end is within it, not met when even its lower end is
 * past it, undecided when the interval straddles it (or can't be computed).
 */
export function verdict(interval: Pick<Interval, 'lo' | 'hi'>, target: number): Verdict {
  if (!Number.isFinite(interval.lo) || !Number.isFinite(interval.hi)) return 'undecided';
  if (interval.hi <= target) return 'met';
  if (interval.lo > target) return 'not met';
  return 'undecided';
}

/**
 * Samples more until every judged question is decided or the cap is reached: `judge`
 * gives the verdicts from what has been sampled so far, `more` samples one batch more
 * (it is called only while something is undecided and the count is under `max`).
 * Returns how many batches were added. Looking again after each batch makes a decision
 * somewhat likelier to be wrong than one look at a fixed count would; batches of several
 * runs and a cap keep the looks few.
 */
export async function sampleUntilDecided(options: {
  judge: () => Verdict[];
  more: () => Promise<void>;
  count: () => number;
  max: number;
}): Promise<number> {
  let added = 0;
  while (options.judge().includes('undecided') && options.count() < options.max) {
    await options.more();
    added++;
  }
  return added;
}

/** An interval as the reports show it: `1.12× [1.04–1.21]`, or with a unit formatter. */
export function formatInterval(i: Interval, format: (x: number) => string = (x) => `${x.toFixed(2)}×`): string {
  if (!Number.isFinite(i.estimate)) return '—';
  const bounds = Number.isFinite(i.lo) ? ` [${format(i.lo).replace(/×$/, '')}–${format(i.hi)}]` : '';
  return `${format(i.estimate)}${bounds}`;
}
