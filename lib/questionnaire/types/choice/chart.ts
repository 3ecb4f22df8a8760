import { renderBarChartSvg } from './bar-chart';
import type { Chart } from '../surfaces';

/** The options' bars, by share, the at-least-one share first. */
const choiceChart: Chart = (result, options) => renderBarChartSvg(result, options);

export default choiceChart;
