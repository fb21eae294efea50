/** The bench scripts' statistics, in one place. Values that aren't finite numbers are left out. */

const sorted = (xs: number[]) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** The q-quantile (0 … 1), interpolated between neighbours; NaN for no values. */
export function quantile(xs: number[], q: number): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/** The median; NaN for no values. */
export const median = (xs: number[]): number => quantile(xs, 0.5);
