/** What the chart wrappers take: series already translated, coloured from the theme and with their n. */
export type ChartSeries = {
  label: string;
  color: string;
  /** One value a category; null draws nothing (hidden or empty figure). */
  values: (number | null)[];
};

/** The tooltip line of one point: value and n, or why there is no value. */
export type DescribePoint = (seriesIndex: number, pointIndex: number) => string;

/** Title and legend drawn into the canvas, so that a print or a screenshot carries them. */
export const titlePlugin = (text: string | string[]) => ({
  display: true,
  text,
  align: 'start' as const,
  font: { size: 15, weight: 'bold' as const },
  padding: { bottom: 8 },
});
