import './setup';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { chartColors } from '../theme';
import { type ChartSeries, type DescribePoint, titlePlugin } from './types';

type Props = {
  /** One string a line. */
  title: string | string[];
  /** One label a round, oldest first. */
  labels: string[][];
  series: ChartSeries[];
  describe: DescribePoint;
  min: number;
  max: number;
  xTitle: string;
  yTitle: string;
  ariaLabel: string;
};

/** A value over rounds: a line a series, gaps where a round has no shown figure. */
export function LineChart({ title, labels, series, describe, min, max, xTitle, yTitle, ariaLabel }: Props) {
  const data = useMemo<ChartData<'line', (number | null)[], string[]>>(
    () => ({
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: 3,
        pointRadius: 5,
        spanGaps: false,
      })),
    }),
    [labels, series],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { grid: { display: false }, title: { display: true, text: xTitle, color: chartColors.tick } },
        y: {
          min,
          max,
          ticks: { stepSize: 25 },
          grid: { color: chartColors.grid },
          title: { display: true, text: yTitle, color: chartColors.tick },
        },
      },
      plugins: {
        title: titlePlugin(title),
        legend: { position: 'bottom', labels: { color: chartColors.label } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => (labels[items[0]?.dataIndex ?? 0] ?? []).join(' '),
            label: (item: TooltipItem<'line'>) => describe(item.datasetIndex, item.dataIndex),
          },
        },
      },
    }),
    [title, labels, describe, min, max, xTitle, yTitle],
  );
  return (
    <div className="chart chart--line">
      <Line data={data} options={options} role="img" aria-label={ariaLabel} />
    </div>
  );
}
