import './setup';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { chartColors } from '../theme';
import { valueLabelsPlugin } from './valueLabels';

export type BarDatum = {
  /** Axis label, one string a line. */
  label: string[];
  /** The full text for the tooltip title. */
  title: string;
  value: number | null;
  /** The tooltip line under the title (mean, index, n). */
  detail: string;
};

type Props = {
  bars: BarDatum[];
  min: number;
  max: number;
  axisTitle: string;
  /** What a screen reader announces for the canvas; the table beside it carries the figures. */
  ariaLabel: string;
  formatValue: (value: number) => string;
  /** Width of the label column in px, the same for every chart of a page so their bars line up. */
  labelWidth: number;
};

const LINE_HEIGHT = 17;
const BAR_PADDING = 22;

/** Horizontal bars on a fixed value range (a rating scale), with value labels at the bar ends. */
export function HorizontalBarChart({ bars, min, max, axisTitle, ariaLabel, formatValue, labelWidth }: Props) {
  const data = useMemo<ChartData<'bar', (number | null)[], string[]>>(
    () => ({
      labels: bars.map((bar) => bar.label),
      datasets: [
        {
          data: bars.map((bar) => bar.value),
          backgroundColor: chartColors.bar,
          hoverBackgroundColor: chartColors.barHover,
          borderRadius: 3,
          maxBarThickness: 28,
        },
      ],
    }),
    [bars],
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
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => bars[items[0]?.dataIndex ?? 0]?.title ?? '',
            label: (item: TooltipItem<'bar'>) => bars[item.dataIndex]?.detail ?? '',
          },
        },
      },
    }),
    [bars, min, max, axisTitle, labelWidth],
  );

  const plugins = useMemo(() => [valueLabelsPlugin<'bar'>(formatValue)], [formatValue]);
  const lines = bars.reduce((sum, bar) => sum + Math.max(bar.label.length, 1), 0);
  const height = 64 + lines * LINE_HEIGHT + bars.length * BAR_PADDING;

  return (
    <div className="chart" style={{ height }}>
      <Bar data={data} options={options} plugins={plugins} role="img" aria-label={ariaLabel} />
    </div>
  );
}
