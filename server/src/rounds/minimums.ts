/**
 * The rules for a round's minimum group sizes. Respondents were promised a
 * minimum when they began, so once any response (a draft included) exists
 * the minimums can be raised but never lowered; no round goes below the
 * configured floor; the text minimum is never below the figures' minimum.
 */
import type { ErrorDetail } from '../http/types';

export type Minimums = { minGroupSize: number; minTextGroupSize: number | null };

/** The minimum that texts follow: their own, or the figures'. */
export const textMinimum = (m: Minimums): number => m.minTextGroupSize ?? m.minGroupSize;

export type MinimumChange = {
  /** The values after the change. */
  next: Minimums;
  /** Which of them the request sets: only those are held to the floor. */
  setting: { minGroupSize: boolean; minTextGroupSize: boolean };
  floor: number;
  /** The round's values before the change, and whether responses exist (then nothing may go down). */
  current?: Minimums & { hasResponses: boolean };
};

export function minimumProblems({ next, setting, floor, current }: MinimumChange): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (setting.minGroupSize && next.minGroupSize < floor) {
    problems.push({
      path: 'minGroupSize',
      code: 'below_floor',
      message: `the minimum group size is at least ${floor}`,
    });
  }
  if (setting.minTextGroupSize && next.minTextGroupSize !== null && next.minTextGroupSize < floor) {
    problems.push({
      path: 'minTextGroupSize',
      code: 'below_floor',
      message: `the minimum group size for texts is at least ${floor}`,
    });
  } else if (next.minTextGroupSize !== null && next.minTextGroupSize < next.minGroupSize) {
    problems.push({
      path: 'minTextGroupSize',
      code: 'text_minimum_below_minimum',
      message: `the minimum for texts cannot be below the minimum group size (${next.minGroupSize})`,
    });
  }
  if (current?.hasResponses) {
    if (next.minGroupSize < current.minGroupSize) {
      problems.push({
        path: 'minGroupSize',
        code: 'minimum_lowered',
        message: `responses exist: the minimum group size can be raised from ${current.minGroupSize} but not lowered`,
      });
    }
    if (textMinimum(next) < textMinimum(current)) {
      problems.push({
        path: 'minTextGroupSize',
        code: 'minimum_lowered',
        message: `responses exist: the minimum for texts can be raised from ${textMinimum(current)} but not lowered`,
      });
    }
  }
  return problems;
}
