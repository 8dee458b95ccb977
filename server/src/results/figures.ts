/**
 * Pure arithmetic of results: means from rollup sums, the 0–100 index and
 * its band, and the suppression rules that keep small groups anonymous.
 */
import type { Scale } from '../instrument/schema';
import { BAND_LIMITS, type Band, type Figure, type SuppressionReason } from './types';

export type Sums = { responses: number; sum: number; count: number; na: number };
export const ZERO: Sums = { responses: 0, sum: 0, count: 0, na: 0 };

export function addSums(a: Sums, b: Sums): Sums {
  return { responses: a.responses + b.responses, sum: a.sum + b.sum, count: a.count + b.count, na: a.na + b.na };
}

export function bandOf(index: number): Band {
  return index >= BAND_LIMITS.good ? 'good' : index >= BAND_LIMITS.fair ? 'fair' : 'weak';
}

/**
 * A figure from sums. The mean pools every score of the element; n counts
 * the responses behind it. Below `minGroupSize` responses it is hidden.
 */
export function figureOf(s: Sums, scale: Scale | undefined, minGroupSize: number): Figure {
  const n = s.responses;
  if (s.count === 0 || !scale) return { n, mean: null, index: null, band: null, hidden: false };
  if (n < minGroupSize) return { n, mean: null, index: null, band: null, hidden: true };
  const mean = s.sum / s.count;
  const index = Math.round(((mean - scale.min) / (scale.max - scale.min)) * 100);
  return { n, mean: Math.round(mean * 100) / 100, index, band: bandOf(index), hidden: false };
}

/** A figure nobody may see: the whole group is suppressed. */
export function withheld(): Figure {
  return { n: 0, mean: null, index: null, band: null, hidden: true };
}

/**
 * Which groups of a breakdown to suppress, so that none below the minimum
 * can be recovered by subtracting the shown groups from a shown total.
 *
 * 1. A group with fewer responses than `min` is suppressed ('small').
 * 2. Complementary suppression: while exactly one group is suppressed, or the
 *    suppressed groups together have fewer than `min` responses, the smallest
 *    group still shown is suppressed too ('complementary'). Subtracting then
 *    gives only the combined figures of at least two groups with at least
 *    `min` responses together.
 */
export function suppressionPlan(
  groups: { id: string; responses: number }[],
  min: number,
): Map<string, SuppressionReason> {
  const plan = new Map<string, SuppressionReason>();
  for (const g of groups) if (g.responses < min) plan.set(g.id, 'small');
  // Groups with no responses at all reveal nothing and hide nothing.
  const hiddenTotal = () => groups.filter((g) => plan.has(g.id)).reduce((n, g) => n + g.responses, 0);
  const hiddenWithData = () => groups.filter((g) => plan.has(g.id) && g.responses > 0).length;
  const shown = groups
    .filter((g) => !plan.has(g.id))
    .sort((a, b) => a.responses - b.responses || a.id.localeCompare(b.id));
  while (hiddenWithData() > 0 && (hiddenWithData() === 1 || hiddenTotal() < min) && shown.length > 0) {
    const next = shown.shift()!;
    plan.set(next.id, 'complementary');
  }
  return plan;
}
