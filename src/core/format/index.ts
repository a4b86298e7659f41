export { LOCALE, type Lang } from './lang.ts';
export { formatNumber, type NumberOptions } from './number.ts';
export { formatPercent } from './percent.ts';
export { formatDate, type DateStyle } from './date.ts';
export { formatMonth, type MonthOptions } from './month.ts';
export { parseIsoDate, parseIsoMonth, type CalendarDate } from './iso.ts';
export { compare } from './collate.ts';
export { upper, lower } from './case.ts';
export { slugify } from './slugify.ts';
