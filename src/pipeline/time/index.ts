export { tagTemporalExpressions } from './tagTemporalExpressions';
export { absoluteExpressions } from './absoluteExpressions';
export { timexToInterval } from './timexToInterval';
export type { CalendarInterval } from './timexToInterval';
export type { TemporalExpression, TagContext, TimexType, TimexPrecision } from './types';
export { getLanguageTable } from './languages';
export type { LanguageTable } from './languages';
export { detectStatus } from './detectStatus';
export type { EventStatus } from './detectStatus';
