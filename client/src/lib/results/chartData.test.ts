import type { AreaResult, Figure, OrganisationResults, StandardResult } from '@shared/results/types';
import { describe, expect, it } from 'vitest';
import { areaRows, comparisonSeries, distributionRows, hasTrend, trendOf } from './chartData';

const fig = (mean: number | null, n: number, hidden = false): Figure => ({
  n,
  mean: hidden ? null : mean,
  index: hidden || mean === null ? null : ((mean - 1) / 4) * 100,
  band: null,
  hidden,
  reason: hidden ? 'small' : null,
});

const standard: StandardResult = {
  ...fig(3, 10),
  region: fig(3.5, 40),
  country: fig(3.2, 200),
  differs: { region: null, country: null },
  id: 's1',
  indicators: [
    {
      ...fig(3, 10),
      region: fig(3, 40),
      country: fig(3, 200),
      differs: { region: null, country: null },
      id: 'i1',
      notApplicable: 2,
      distribution: [
        { value: 1, count: 1 },
        { value: 3, count: 5 },
        { value: 5, count: 2 },
      ],
      texts: [],
    },
  ],
};
const area: AreaResult = {
  ...fig(3, 10),
  region: fig(3.5, 40),
  country: fig(3, 200, false),
  differs: { region: null, country: null },
  id: 'a1',
  standards: [standard],
};
const hiddenArea: AreaResult = {
  ...fig(null, 3, true),
  region: fig(4, 40),
  country: fig(4, 200),
  differs: { region: null, country: null },
  id: 'a2',
  standards: [],
};

const results = {
  areas: [area, hiddenArea],
  trend: [{ roundId: 'r1' }],
} as unknown as OrganisationResults;

describe('comparison data', () => {
  it('gives own, region and country a series each, with n, and no value for a hidden figure', () => {
    const rows = areaRows(results, (id) => `Alue ${id}`);
    expect(rows.map((r) => r.label)).toEqual(['Alue a1', 'Alue a2']);
    const [own, region, country] = comparisonSeries(rows, 'index');
    expect(own?.values).toEqual([50, null]);
    expect(own?.n).toEqual([10, 3]);
    expect(region?.values).toEqual([62.5, 75]);
    expect(country?.n).toEqual([200, 200]);
  });
});

describe('distributionRows', () => {
  it('counts every scale value, zero where nobody answered it, and "not applicable" last', () => {
    const [row] = distributionRows(standard, { min: 1, max: 5 }, (id) => id);
    expect(row?.counts).toEqual([1, 0, 5, 0, 2]);
    expect(row?.total).toBe(10);
    expect(row?.shares).toEqual([10, 0, 50, 0, 20, 20]);
  });
});

describe('trend', () => {
  it('needs more than one round', () => {
    expect(hasTrend(results)).toBe(false);
  });
  it('reads one element over rounds', () => {
    const trend = [
      { roundId: 'r1', suppressed: false, areas: { a1: fig(2, 6) } },
      { roundId: 'r2', suppressed: true, areas: {} },
    ] as unknown as OrganisationResults['trend'];
    const rows = trendOf(trend, 'areas', 'a1', (p) => p.roundId);
    expect(rows.map((r) => [r.label, r.figure?.mean, r.suppressed])).toEqual([
      ['r1', 2, false],
      ['r2', undefined, true],
    ]);
  });
});
