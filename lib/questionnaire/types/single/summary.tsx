export { ChoiceSummary as default } from '../choice/summary';
