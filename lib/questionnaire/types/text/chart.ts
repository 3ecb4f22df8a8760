import type { Chart } from '../surfaces';

/** No chart: only who wrote something is counted. */
const noChart: Chart = () => null;

export default noChart;
