import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { chartColors } from '../theme';
import { Chart, type ChartProps } from './Chart';
import type { ChartSeries } from './types';

type Props = ChartProps & {
  /** One value a round, oldest first. */
  series: ChartSeries[];
  min: number;
  max: number;
  xTitle: string;
  yTitle: string;
};

/** A value over rounds: a line a series, gaps where a round has no shown figure. */
export function LineChart({ series, min, max, xTitle, yTitle, ...chart }: Props) {
  const datasets = useMemo(
    () =>
      series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: 3,
        pointRadius: 5,
        spanGaps: false,
      })),
    [series],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
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
      plugins: { legend: { position: 'bottom', labels: { color: chartColors.label } } },
    }),
    [min, max, xTitle, yTitle],
  );
  return <Chart type="line" datasets={datasets} options={options} className="chart--line" {...chart} />;
}
