/**
 * Registers the Chart.js parts the client uses, once, when the first chart
 * module loads. Only these parts end up in the bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { chartColors, fontFamily } from '../theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

Chart.defaults.font.family = fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = chartColors.tick;
Chart.defaults.maintainAspectRatio = false;

export { Chart };
