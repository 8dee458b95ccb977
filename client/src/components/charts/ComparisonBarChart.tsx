import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { chartColors } from '../theme';
import { Chart, type ChartProps } from './Chart';
import type { ChartSeries } from './types';
import { valueLabelsPlugin } from './valueLabels';

type Props = ChartProps & {
  series: ChartSeries[];
  min: number;
  max: number;
  axisTitle: string;
  formatValue: (value: number) => string;
  /** Width of the label column in px. */
  labelWidth: number;
};

const LINE_HEIGHT = 16;
const LABEL_GAP = 6;
/** A bar's share of the height: thick enough to read, thin enough for a report of four areas to print on a few pages. */
const BAR_HEIGHT = 15;

/** Horizontal bars a category, one bar a compared group (own, region, country), on a fixed range. */
export function ComparisonBarChart({ series, min, max, axisTitle, formatValue, labelWidth, ...chart }: Props) {
  const { labels, title } = chart;
  const datasets = useMemo(
    () =>
      series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderRadius: 2,
        barPercentage: 0.9,
        categoryPercentage: 0.85,
      })),
    [series],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      layout: { padding: { right: 8 } },
      scales: {
        x: {
          min,
          max,
          ticks: { stepSize: 1, precision: 0 },
          grid: { color: chartColors.grid },
          title: { display: true, text: axisTitle, color: chartColors.tick },
        },
        y: {
          grid: { display: false },
          ticks: { color: chartColors.label, autoSkip: false },
          // The label column's width is shared by the report's charts, but never narrower than its
          // longest line: Chart.js right-aligns the labels and would cut them at the left ("1.2.2" as "l.2.2").
          afterFit: (scale) => {
            scale.width = Math.max(labelWidth, scale.width + LABEL_GAP);
          },
        },
      },
      plugins: { legend: { position: 'top', align: 'start', labels: { color: chartColors.label } } },
    }),
    [min, max, axisTitle, labelWidth],
  );
  const plugins = useMemo(() => [valueLabelsPlugin<'bar'>(formatValue)], [formatValue]);
  const lines = labels.reduce((sum, l) => sum + Math.max(l.length, 1), 0);
  const titleLines = Array.isArray(title) ? title.length : 1;
  const height =
    80 +
    titleLines * 18 +
    Math.max(lines * LINE_HEIGHT, labels.length * series.length * BAR_HEIGHT) +
    labels.length * 6;
  return <Chart type="bar" datasets={datasets} options={options} plugins={plugins} height={height} {...chart} />;
}
