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

export { Chart };
