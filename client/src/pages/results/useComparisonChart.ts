import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSeries, DescribePoint } from '../../components/charts/types';
import { chartColors } from '../../components/theme';
import { type ComparisonRow, comparisonSeries } from '../../lib/results/chartData';
import type { FigureWords } from '../../lib/results/figures';
import { wrapText } from '../../lib/text';

/**
 * Series (own, region, country) and tooltips for a comparison chart of rows,
 * and category labels whose last line is the own n (or "alle N vastausta").
 */
export function useComparisonChart(
  rows: ComparisonRow[],
  value: 'index' | 'mean',
  words: FigureWords,
  wrap: number,
): { labels: string[][]; series: ChartSeries[]; describe: DescribePoint } {
  const { t } = useTranslation('results');
  const series = useMemo<ChartSeries[]>(
    () =>
      comparisonSeries(rows, value).map((s) => ({
        label: t(`series.${s.key}`),
        color: chartColors[s.key],
        values: s.values,
      })),
    [rows, value, t],
  );
  const labels = useMemo(
    () =>
      rows.map((row) => [
        ...wrapText(row.label, wrap),
        row.own.hidden ? words.hidden(row.own.reason ?? 'small') : t('figure.n', { n: row.own.n }),
      ]),
    [rows, wrap, words, t],
  );
  const describe = useCallback<DescribePoint>(
    (seriesIndex, pointIndex) => {
      const key = (['own', 'region', 'country'] as const)[seriesIndex] ?? 'own';
      const row = rows[pointIndex];
      const figure = row?.[key];
      const name = t(`series.${key}`);
      if (!figure || figure.hidden) return words.hidden(figure?.reason ?? 'small');
      const shown = value === 'index' ? figure.index : figure.mean;
      if (shown === null) return `${name}: ${words.empty}`;
      const text = value === 'index' ? words.integer(shown) : words.mean(shown);
      return t('chart.tooltipMean', { series: name, value: text, n: figure.n });
    },
    [rows, value, words, t],
  );
  return { labels, series, describe };
}
