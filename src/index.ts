// The public API of vigil: what monitor definitions import.
export * from './dsl/index.ts';
export type * from './ir/index.ts';
export { SEVERITIES, MONITOR_TYPES } from './ir/monitor.ts';
export { SLO_TIMEFRAMES, SLO_TYPES } from './ir/slo.ts';
// The plan's comparison of one desired payload with one live object, for conformance checks outside vigil.
export { diffLive } from './plan/diff-live.ts';
export type { FieldChange, ResourceKind } from './plan/types.ts';
