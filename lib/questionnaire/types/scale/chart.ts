import { renderOrdinalChartSvg } from '@/lib/figures/ordinal-chart';
import type { Chart } from '../surfaces';
import { scaleOf } from './figures';

/** The points in their order, with the mean, median and base, and the answer beside the scale below the bars. */
const scaleChart: Chart = (result, options) => renderOrdinalChartSvg(result, scaleOf(result), options);

export default scaleChart;
