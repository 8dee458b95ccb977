/**
 * Registers the Chart.js parts the client uses, once, when the first chart
 * module loads. Only these parts end up in the bundle.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Title,
  Tooltip,
} from 'chart.js';
import { chartColors, fontFamily } from '../theme';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  Title,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  LineController,
  Filler,
);

Chart.defaults.font.family = fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = chartColors.tick;
Chart.defaults.maintainAspectRatio = false;

/** The printable width of A4 portrait at 96 px an inch, less a little: charts are drawn for the paper when printing. */
const PRINT_WIDTH = 680;

// Redraw every chart at the paper's width before printing and at the screen's after, so that a
// printed chart keeps legible labels instead of a screen-wide drawing scaled down.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    for (const chart of Object.values(Chart.instances)) chart.resize(PRINT_WIDTH, chart.height);
  });
  window.addEventListener('afterprint', () => {
    for (const chart of Object.values(Chart.instances)) chart.resize();
  });
}

export { Chart };
