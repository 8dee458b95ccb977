/**
 * Chart and table data built from the results API's shapes. Pure: the
 * components only translate and draw what these return.
 */
import type {
  AreaResult,
  Compared,
  Figure,
  OrganisationResults,
  StandardResult,
  TrendPoint,
} from '@shared/results/types';

/** A shown value of a figure, or null when it is hidden or empty. */
export const shownMean = (figure: Figure | undefined): number | null => (figure && !figure.hidden ? figure.mean : null);
export const shownIndex = (figure: Figure | undefined): number | null =>
  figure && !figure.hidden ? figure.index : null;

export type Comparison = { own: Figure; region: Figure; country: Figure };

export type ComparisonRow = Comparison & { id: string; label: string };

/** The four areas (or any list of compared figures) as rows: own, region and country side by side. */
export function comparisonRows<T extends Compared & { id: string }>(
  items: readonly T[],
  label: (id: string) => string,
): ComparisonRow[] {
  return items.map((item) => ({
    id: item.id,
    label: label(item.id),
    own: pick(item),
    region: item.region,
    country: item.country,
  }));
}

function pick(figure: Figure): Figure {
  return {
    n: figure.n,
    mean: figure.mean,
    index: figure.index,
    band: figure.band,
    hidden: figure.hidden,
    reason: figure.reason,
  };
}

export type Series = { key: 'own' | 'region' | 'country'; values: (number | null)[]; n: (number | null)[] };

/** The three series of a comparison chart: the index (radar) or the mean (bars) of each row. */
export function comparisonSeries(rows: readonly ComparisonRow[], value: 'index' | 'mean'): Series[] {
  const read = value === 'index' ? shownIndex : shownMean;
  return (['own', 'region', 'country'] as const).map((key) => ({
    key,
    values: rows.map((row) => read(row[key])),
    n: rows.map((row) => row[key].n),
  }));
}

/** The areas of a report as comparison rows. */
export const areaRows = (results: OrganisationResults, label: (id: string) => string) =>
  comparisonRows(results.areas, label);

/** The standards of one area as comparison rows. */
export const standardRows = (area: AreaResult, label: (id: string) => string) => comparisonRows(area.standards, label);

export type DistributionRow = {
  id: string;
  label: string;
  /** Counts by scale value, min → max. */
  counts: number[];
  notApplicable: number;
  /** Every answer, "not applicable" included. */
  total: number;
  /** Shares in percent of `total`, the same order as `counts`, then "not applicable". */
  shares: number[];
};

/** One row a indicator of a standard: its answers by value and "not applicable". */
export function distributionRows(
  standard: StandardResult,
  scale: { min: number; max: number },
  label: (id: string) => string,
): DistributionRow[] {
  const values = scaleValues(scale);
  return standard.indicators.map((indicator) => {
    const counts = values.map((value) => indicator.distribution.find((d) => d.value === value)?.count ?? 0);
    const total = counts.reduce((sum, c) => sum + c, 0) + indicator.notApplicable;
    const share = (count: number) => (total === 0 ? 0 : (count / total) * 100);
    return {
      id: indicator.id,
      label: label(indicator.id),
      counts,
      notApplicable: indicator.notApplicable,
      total,
      shares: [...counts.map(share), share(indicator.notApplicable)],
    };
  });
}

export function scaleValues(scale: { min: number; max: number }): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}

/** Whether the report has something to compare over rounds. */
export const hasTrend = (results: OrganisationResults): boolean => results.trend.length > 1;

export type TrendRow = { roundId: string; label: string; figure: Figure | undefined; suppressed: boolean };

/** One element's figure in every round of the trend, oldest first. */
export function trendOf(
  trend: readonly TrendPoint[],
  kind: 'areas' | 'standards' | 'indicators',
  id: string,
  roundLabel: (point: TrendPoint) => string,
): TrendRow[] {
  return trend.map((point) => ({
    roundId: point.roundId,
    label: roundLabel(point),
    figure: point[kind][id],
    suppressed: point.suppressed,
  }));
}
