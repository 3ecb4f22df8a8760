import type { Chart } from '../surfaces';

/** No chart: sum, mean and median stand in a list. */
const noChart: Chart = () => null;

export default noChart;
