/**
 * Pure arithmetic of results: means from rollup sums, the 0–100 index and
 * its band. Which figures a viewer may see is decided in disclosure.ts.
 */
import type { Scale } from '../instrument/schema';
import { BAND_LIMITS, type Band, type Figure, type HiddenReason } from './types';

export type Sums = { responses: number; sum: number; count: number; na: number };
export const ZERO: Sums = { responses: 0, sum: 0, count: 0, na: 0 };

export function addSums(a: Sums, b: Sums): Sums {
  return { responses: a.responses + b.responses, sum: a.sum + b.sum, count: a.count + b.count, na: a.na + b.na };
}

export function bandOf(index: number): Band {
  return index >= BAND_LIMITS.good ? 'good' : index >= BAND_LIMITS.fair ? 'fair' : 'weak';
}

/** A figure the viewer may see: the mean pools every score of the element; n counts the responses behind it. */
export function figureOf(s: Sums, scale: Scale | undefined): Figure {
  const n = s.responses;
  if (s.count === 0 || !scale) return { n, mean: null, index: null, band: null, hidden: false, reason: null };
  const mean = s.sum / s.count;
  // Answers are checked against the round's own version, so the bound only guards against a caller passing another version's scale.
  const index = Math.min(100, Math.max(0, Math.round(((mean - scale.min) / (scale.max - scale.min)) * 100)));
  return { n, mean: Math.round(mean * 100) / 100, index, band: bandOf(index), hidden: false, reason: null };
}

/** A figure withheld from this viewer: not even its n is given (n and the group's size would tell "not applicable" answers). */
export function withheld(reason: HiddenReason): Figure {
  return { n: null, mean: null, index: null, band: null, hidden: true, reason };
}

/** The figure as the plan allows: shown from its sums, or withheld with the reason. */
export function planned(reason: HiddenReason | null, s: Sums | undefined, scale: Scale | undefined): Figure {
  return reason ? withheld(reason) : figureOf(s ?? ZERO, scale);
}
