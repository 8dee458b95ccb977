import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { chartColors } from '../theme';
import { Chart, type ChartProps } from './Chart';
import type { ChartSeries } from './types';

type Props = ChartProps & {
  /** One series a stacked part (an answer value, "not applicable"), values in percent. */
  series: ChartSeries[];
  axisTitle: string;
  labelWidth: number;
  /** Room for a legend that wraps to several rows on a narrow screen. */
  legendRows?: number;
};

const LINE_HEIGHT = 16;

/** Horizontal 100 % bars: each category's answers split by value. */
export function StackedBarChart({ series, axisTitle, labelWidth, legendRows = 1, ...chart }: Props) {
  const { labels, title } = chart;
  const datasets = useMemo(
    () =>
      series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: '#ffffff',
        borderWidth: { left: 1, right: 1 },
        maxBarThickness: 30,
      })),
    [series],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      indexAxis: 'y',
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
      plugins: { legend: { position: 'top', align: 'start', labels: { color: chartColors.label, boxWidth: 14 } } },
    }),
    [axisTitle, labelWidth],
  );
  const lines = labels.reduce((sum, l) => sum + Math.max(l.length, 1), 0);
  const titleLines = Array.isArray(title) ? title.length : 1;
  const height =
    100 + titleLines * 18 + legendRows * 22 + Math.max(lines * LINE_HEIGHT + labels.length * 12, labels.length * 34);
  return <Chart type="bar" datasets={datasets} options={options} height={height} {...chart} />;
}
