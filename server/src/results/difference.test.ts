import { describe, expect, it } from 'vitest';
import { difference, type Moments, t95 } from './difference';

const scale = { min: 1, max: 5 };

/** Moments of `n` single scores spread evenly over the given values. */
function scores(n: number, values: number[]): Moments {
  const all = Array.from({ length: n }, (_, i) => values[i % values.length]!);
  return {
    n,
    count: n,
    sum: all.reduce((s, v) => s + v, 0),
    sumSq: all.reduce((s, v) => s + v * v, 0),
  };
}

describe('t95', () => {
  it('is close to the tabled quantiles of Student’s t', () => {
    expect(t95(5)).toBeCloseTo(2.571, 1);
    expect(t95(10)).toBeCloseTo(2.228, 2);
    expect(t95(30)).toBeCloseTo(2.042, 2);
    expect(t95(Number.POSITIVE_INFINITY)).toBeCloseTo(1.96, 2);
  });
});

describe('difference', () => {
  it('marks a clear difference when both groups are large', () => {
    const own = scores(60, [4, 5]); // mean 4.5
    const region = scores(400, [3, 4]); // mean 3.5
    expect(difference(own, region, scale, 5)).toBe('higher');
    expect(difference(region, own, scale, 5)).toBe('lower');
  });

  it('does not mark the same difference of means behind small groups', () => {
    // Means 4.0 and 3.0 again, but with wide spread and 6 against 8 responses: the interval covers zero.
    const own = scores(6, [2, 5, 5]); // mean 4
    const region = scores(8, [1, 5, 2, 4]); // mean 3
    expect(difference(own, region, scale, 5)).toBeNull();
  });

  it('never marks a group below the minimum, whatever its figures', () => {
    const own = scores(4, [5]);
    const region = scores(500, [1, 2]);
    expect(difference(own, region, scale, 5)).toBeNull();
    expect(difference(scores(5, [5]), region, scale, 5)).toBe('higher');
  });

  it('does not mark a difference smaller than five index points, even when it is certain', () => {
    const own = scores(5000, [4, 4, 4, 4, 5]); // mean 4.2
    const country = scores(5000, [4, 4, 4, 4, 4, 4, 4, 5, 4, 5]); // mean 4.2 as well
    expect(difference(own, country, scale, 5)).toBeNull();
    const slightly = scores(5000, [4]); // mean 4.0: 0.2 apart = 5 index points on 1–5
    expect(difference(own, slightly, scale, 5)).toBe('higher');
    const less = scores(5000, [4, 4, 4, 4, 4, 4, 4, 4, 4, 5]); // mean 4.1: 2.5 index points
    expect(difference(own, less, scale, 5)).toBeNull();
  });

  it('treats an area’s many scores a respondent as one response (wider interval)', () => {
    // The same scores: counted as 40 responses the difference is marked, as 4 respondents × 10 scores it is not.
    const own = scores(40, [4, 5, 3, 5]);
    const other = scores(40, [3, 4, 2, 4]);
    expect(difference(own, other, scale, 3)).toBe('higher');
    expect(difference({ ...own, n: 4 }, { ...other, n: 4 }, scale, 3)).toBeNull();
  });
});
