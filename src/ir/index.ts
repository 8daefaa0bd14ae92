export * from './source.ts';
export * from './diagnostic.ts';
export * from './monitor.ts';
export * from './definition.ts';
