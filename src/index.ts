// The public API of vigil: what monitor definitions import.
export * from './dsl/index.ts';
export type * from './ir/index.ts';
export { SEVERITIES, MONITOR_TYPES } from './ir/monitor.ts';
export { SLO_TIMEFRAMES, SLO_TYPES } from './ir/slo.ts';
