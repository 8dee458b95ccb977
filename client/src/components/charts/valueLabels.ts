import type { Chart, ChartType, Plugin } from 'chart.js';
import { chartColors, fontFamily } from '../theme';

/**
 * Writes each bar's value at its end, so the figure can be read without a
 * tooltip (touch, keyboard, print). `format` turns the value into text.
 */
export function valueLabelsPlugin<T extends ChartType>(format: (value: number) => string): Plugin<T> {
  return {
    id: 'laatupeiliValueLabels',
    afterDatasetsDraw(chart: Chart<T>) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = chartColors.label;
      ctx.font = `600 13px ${fontFamily}`;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        meta.data.forEach((element, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number') return;
          const { x, y } = element.getProps(['x', 'y'], true);
          const text = format(value);
          const width = ctx.measureText(text).width;
          // Inside the chart area: after the bar end, or inside it near a full bar.
          const fits = x + 6 + width <= chart.chartArea.right;
          ctx.fillStyle = fits ? chartColors.label : '#ffffff';
          ctx.textAlign = fits ? 'left' : 'right';
          ctx.fillText(text, fits ? x + 6 : x - 6, y);
        });
      });
      ctx.restore();
    },
  };
}
