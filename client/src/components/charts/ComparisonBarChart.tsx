import './setup';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { chartColors } from '../theme';
import { type ChartSeries, type DescribePoint, titlePlugin } from './types';
import { valueLabelsPlugin } from './valueLabels';

type Props = {
  /** One string a line. */
  title: string | string[];
  /** Category labels, one string a line. */
  labels: string[][];
  series: ChartSeries[];
  describe: DescribePoint;
  min: number;
  max: number;
  axisTitle: string;
  ariaLabel: string;
  formatValue: (value: number) => string;
  /** Width of the label column in px. */
  labelWidth: number;
};

const LINE_HEIGHT = 16;

/** Horizontal bars a category, one bar a compared group (own, region, country), on a fixed range. */
export function ComparisonBarChart(props: Props) {
  const { title, labels, series, describe, min, max, axisTitle, ariaLabel, formatValue, labelWidth } = props;
  const data = useMemo<ChartData<'bar', (number | null)[], string[]>>(
    () => ({
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderRadius: 2,
        barPercentage: 0.9,
        categoryPercentage: 0.85,
      })),
    }),
    [labels, series],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
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
          afterFit: (scale) => {
            scale.width = labelWidth;
          },
        },
      },
      plugins: {
        title: titlePlugin(title),
        legend: { position: 'top', align: 'start', labels: { color: chartColors.label } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => (labels[items[0]?.dataIndex ?? 0] ?? []).join(' '),
            label: (item: TooltipItem<'bar'>) => describe(item.datasetIndex, item.dataIndex),
          },
        },
      },
    }),
    [title, labels, describe, min, max, axisTitle, labelWidth],
  );
  const plugins = useMemo(() => [valueLabelsPlugin<'bar'>(formatValue)], [formatValue]);
  const lines = labels.reduce((sum, l) => sum + Math.max(l.length, 1), 0);
  const titleLines = Array.isArray(title) ? title.length : 1;
  const height =
    100 + titleLines * 18 + Math.max(lines * LINE_HEIGHT, labels.length * series.length * 20) + labels.length * 10;
  return (
    <div className="chart" style={{ height }}>
      <Bar data={data} options={options} plugins={plugins} role="img" aria-label={ariaLabel} />
    </div>
  );
}
