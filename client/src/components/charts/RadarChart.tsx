import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { chartColors } from '../theme';
import { Chart, type ChartProps } from './Chart';
import type { ChartSeries } from './types';

type Props = ChartProps & { series: ChartSeries[]; max?: number };

/** A radar of a few figures on a 0–max scale, a coloured outline a series (the last label line carries n). */
export function RadarChart({ series, max = 100, ...chart }: Props) {
  const datasets = useMemo(
    () =>
      series.map((s, i) => ({
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
    [series],
  );
  const options = useMemo<ChartOptions<'radar'>>(
    () => ({
      scales: {
        r: {
          min: 0,
          max,
          // The tick labels are drawn above the markers on a light backdrop, so a marker never hides them.
          ticks: {
            stepSize: 25,
            z: 1,
            showLabelBackdrop: true,
            backdropColor: 'rgba(255, 255, 255, 0.85)',
            backdropPadding: 2,
            color: chartColors.tick,
          },
          grid: { color: chartColors.grid },
          angleLines: { color: chartColors.grid },
          pointLabels: { color: chartColors.label, font: { size: 14 }, padding: 10 },
        },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: chartColors.label } } },
    }),
    [max],
  );
  return <Chart type="radar" datasets={datasets} options={options} className="chart--radar" {...chart} />;
}
