import './setup';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { chartColors } from '../theme';
import { type ChartSeries, type DescribePoint, titlePlugin } from './types';

type Props = {
  /** One string a line. */
  title: string | string[];
  labels: string[][];
  /** One series a stacked part (an answer value, "not applicable"), values in percent. */
  series: ChartSeries[];
  describe: DescribePoint;
  axisTitle: string;
  ariaLabel: string;
  labelWidth: number;
  /** Room for a legend that wraps to several rows on a narrow screen. */
  legendRows?: number;
};

const LINE_HEIGHT = 16;

/** Horizontal 100 % bars: each category's answers split by value. */
export function StackedBarChart(props: Props) {
  const { title, labels, series, describe, axisTitle, ariaLabel, labelWidth, legendRows = 1 } = props;
  const data = useMemo<ChartData<'bar', (number | null)[], string[]>>(
    () => ({
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: '#ffffff',
        borderWidth: { left: 1, right: 1 },
        maxBarThickness: 30,
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
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: 100,
          ticks: { stepSize: 25 },
          grid: { color: chartColors.grid },
          title: { display: true, text: axisTitle, color: chartColors.tick },
        },
        y: {
          stacked: true,
          grid: { display: false },
          ticks: { color: chartColors.label, autoSkip: false },
          afterFit: (scale) => {
            scale.width = labelWidth;
          },
        },
      },
      plugins: {
        title: titlePlugin(title),
        legend: { position: 'top', align: 'start', labels: { color: chartColors.label, boxWidth: 14 } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => (labels[items[0]?.dataIndex ?? 0] ?? []).join(' '),
            label: (item: TooltipItem<'bar'>) => describe(item.datasetIndex, item.dataIndex),
          },
        },
      },
    }),
    [title, labels, describe, axisTitle, labelWidth],
  );
  const lines = labels.reduce((sum, l) => sum + Math.max(l.length, 1), 0);
  const titleLines = Array.isArray(title) ? title.length : 1;
  const height =
    100 + titleLines * 18 + legendRows * 22 + Math.max(lines * LINE_HEIGHT + labels.length * 12, labels.length * 34);
  return (
    <div className="chart" style={{ height }}>
      <Bar data={data} options={options} role="img" aria-label={ariaLabel} />
    </div>
  );
}
