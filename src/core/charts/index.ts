export { barHorizontal, type BarRow, type BarHorizontalOptions } from './bar-horizontal.ts';
export { histogram, type HistogramBin, type HistogramOptions } from './histogram.ts';
export { lineCumulative, type MonthRow, type LineCumulativeOptions } from './line-cumulative.ts';
export { retention, type RetentionRow, type RetentionOptions } from './retention.ts';
export { dotWhisker, type OutcomeRow, type DotWhiskerOptions } from './dot-whisker.ts';
export type { ChartOptions } from './options.ts';
export { CHART_CSS_VARIABLES } from './theme.ts';
export {
  choropleth,
  choroplethColour,
  type ProvinceShape,
  type ProvinceFigure,
  type ChoroplethOptions,
} from './choropleth.ts';
export { goalProgress, zoomMaximum, type GoalProgressOptions } from './goal-progress.ts';
export { smallMultiples, type Multiple, type SmallMultiplesOptions } from './small-multiples.ts';
