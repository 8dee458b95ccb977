/**
 * The base of every chart (as Umami's Chart.tsx): Chart.js registered once
 * with the theme's defaults (./setup), the title drawn into the canvas so a
 * print or screenshot carries it, tooltips that name the category and
 * describe the point with its n, an accessible name, and the same figures as
 * a table behind a disclosure. The chart kinds are thin wrappers that add
 * their datasets and scales.
 */
import './setup';
import type { ChartData, ChartOptions, ChartType, Plugin, TooltipItem } from 'chart.js';
import { type ReactNode, useMemo } from 'react';
import { Chart as ChartCanvas } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { DescribePoint } from './types';

type Values = (number | null)[];

/** What every chart takes. */
export type ChartProps = {
  /** One string a line. */
  title: string | string[];
  /** One label a category, one string a line. */
  labels: string[][];
  describe: DescribePoint;
  ariaLabel: string;
  /** The same figures as a table, for screen readers, keyboards and print. */
  table: ReactNode;
  /** The disclosure's text; by default "Show the figures as a table". */
  tableSummary?: string;
};

type Props<T extends ChartType> = ChartProps & {
  type: T;
  datasets: ChartData<T, Values, string[]>['datasets'];
  /** The kind's own options (scales, legend, layout), memoized by the caller. */
  options: ChartOptions<T>;
  plugins?: Plugin<T>[];
  /** The canvas box's extra class, e.g. its height (chart--radar). */
  className?: string;
  /** The canvas box's height in px, where it depends on the labels. */
  height?: number;
};

/** Title and legend drawn into the canvas, left-aligned. */
const titleOptions = (text: string | string[]) => ({
  display: true,
  text,
  align: 'start' as const,
  font: { size: 15, weight: 'bold' as const },
  padding: { bottom: 8 },
});

export function Chart<T extends ChartType>(props: Props<T>) {
  const { type, title, labels, datasets, options, plugins, describe, ariaLabel, table, tableSummary } = props;
  const { t } = useTranslation('results');
  const data = useMemo(() => ({ labels, datasets }), [labels, datasets]);
  const merged = useMemo(
    () =>
      ({
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        ...options,
        plugins: {
          ...options?.plugins,
          // A legend only says something when there is more than one series.
          legend: { ...options?.plugins?.legend, display: datasets.length > 1 },
          title: titleOptions(title),
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<T>[]) => (labels[items[0]?.dataIndex ?? 0] ?? []).join(' '),
              label: (item: TooltipItem<T>) => describe(item.datasetIndex, item.dataIndex),
            },
          },
        },
      }) as ChartOptions<T>,
    [options, title, labels, describe, datasets.length],
  );
  return (
    <>
      <div
        className={props.className ? `chart ${props.className}` : 'chart'}
        style={props.height ? { height: props.height } : undefined}
      >
        <ChartCanvas type={type} data={data} options={merged} plugins={plugins} role="img" aria-label={ariaLabel} />
      </div>
      <details className="chart-table">
        <summary>{tableSummary ?? t('chart.showTable')}</summary>
        {table}
      </details>
    </>
  );
}
