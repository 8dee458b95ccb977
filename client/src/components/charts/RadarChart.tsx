import './setup';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Radar } from 'react-chartjs-2';
import { chartColors } from '../theme';
import { type ChartSeries, type DescribePoint, titlePlugin } from './types';

type Props = {
  /** One string a line. */
  title: string | string[];
  /** Axis labels, one string a line (the last line carries n). */
  labels: string[][];
  series: ChartSeries[];
  describe: DescribePoint;
  ariaLabel: string;
  max?: number;
};

/** A radar of a few figures on a 0–max scale, a coloured outline a series. */
export function RadarChart({ title, labels, series, describe, ariaLabel, max = 100 }: Props) {
  const data = useMemo<ChartData<'radar', (number | null)[], string[]>>(
    () => ({
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: i === 0 ? `${s.color}33` : 'transparent',
        fill: i === 0,
        borderWidth: i === 0 ? 3 : 2,
        borderDash: i === 2 ? [6, 4] : undefined,
        pointBackgroundColor: s.color,
        pointStyle: (['circle', 'rect', 'triangle'] as const)[i] ?? 'circle',
        pointRadius: 4,
        spanGaps: false,
      })),
    }),
    [labels, series],
  );
  const options = useMemo<ChartOptions<'radar'>>(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        r: {
          min: 0,
          max,
          ticks: { stepSize: 25, backdropColor: 'transparent', color: chartColors.tick },
          grid: { color: chartColors.grid },
          angleLines: { color: chartColors.grid },
          pointLabels: { color: chartColors.label, font: { size: 13 } },
        },
      },
      plugins: {
        title: titlePlugin(title),
        legend: { position: 'bottom', labels: { usePointStyle: true, color: chartColors.label } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'radar'>[]) => (labels[items[0]?.dataIndex ?? 0] ?? []).join(' '),
            label: (item: TooltipItem<'radar'>) => describe(item.datasetIndex, item.dataIndex),
          },
        },
      },
    }),
    [title, labels, describe, max],
  );
  return (
    <div className="chart chart--radar">
      <Radar data={data} options={options} role="img" aria-label={ariaLabel} />
    </div>
  );
}
