/** What the chart wrappers take: series already translated, coloured from the theme and with their n. */
export type ChartSeries = {
  label: string;
  color: string;
  /** One value a category; null draws nothing (hidden or empty figure). */
  values: (number | null)[];
};

/** The tooltip line of one point: value and n, or why there is no value. */
export type DescribePoint = (seriesIndex: number, pointIndex: number) => string;
