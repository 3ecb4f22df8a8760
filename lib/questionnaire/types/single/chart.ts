export { default } from '../choice/chart';
