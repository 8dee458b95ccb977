/**
 * When a difference from the region or the country is worth a mark (README,
 * "Differences worth attention"): both figures shown and behind at least the
 * round's minimum of responses, the 95 % Welch confidence interval of the
 * difference of means excluding zero, and the difference at least
 * MIN_INDEX_POINTS on the 0–100 index. Pure.
 */
import type { Difference } from './types';

/** A group's scores of one element: responses that scored it, and the count, sum and sum of squares of the scores. */
export type Moments = { n: number; count: number; sum: number; sumSq: number };

/** Smaller differences are not marked however many answered: they do not matter in practice. */
export const MIN_INDEX_POINTS = 5;
const Z95 = 1.959964;

/** The two-sided 95 % quantile of Student's t with `df` degrees of freedom (Cornish–Fisher; within 0.01 from df 3 on). */
export function t95(df: number): number {
  if (!Number.isFinite(df)) return Z95;
  const z = Z95;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

/**
 * The variance of the mean: the variance of the single scores over the responses behind them.
 * An area's scores come several from one respondent; dividing by the responses, not the
 * scores, makes the interval wider, never narrower, than that of the respondents' own means.
 */
function meanVariance(m: Moments): number {
  if (m.count < 2) return 0;
  const variance = Math.max(0, (m.sumSq - (m.sum * m.sum) / m.count) / (m.count - 1));
  return variance / m.n;
}

/** 'higher' or 'lower' when the own figure differs from the other enough to mark; null otherwise. */
export function difference(
  own: Moments,
  other: Moments,
  scale: { min: number; max: number },
  minimum: number,
): Difference | null {
  if (own.n < Math.max(2, minimum) || other.n < Math.max(2, minimum) || own.count === 0 || other.count === 0)
    return null;
  const diff = own.sum / own.count - other.sum / other.count;
  if ((Math.abs(diff) / (scale.max - scale.min)) * 100 < MIN_INDEX_POINTS) return null;
  const a = meanVariance(own);
  const b = meanVariance(other);
  const se = Math.sqrt(a + b);
  if (se > 0) {
    const df = (a + b) ** 2 / ((a * a) / Math.max(1, own.n - 1) + (b * b) / Math.max(1, other.n - 1));
    if (Math.abs(diff) <= t95(df) * se) return null;
  }
  return diff > 0 ? 'higher' : 'lower';
}
