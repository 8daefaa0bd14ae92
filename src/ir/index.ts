export * from './source.ts';
export * from './diagnostic.ts';
export * from './monitor.ts';
export * from './slo.ts';
export * from './routing.ts';
export * from './pagerduty.ts';
export * from './notification-rule.ts';
export * from './definition.ts';
