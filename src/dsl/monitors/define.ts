import type { MessageSpec, MonitorDefinition, MonitorType } from '../../ir/monitor.ts';
import { attachFrames, captureFrames, type Builder } from '../capture.ts';
import { noteQueryOptions } from '../query.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';
import type { MonitorProps, QueryLike } from './props.ts';

/**
 * Turns builder props into the plain IR every later stage works on. Keeps only the keys the user set, so the IR
 * carries no `undefined` noise and schema errors name real fields. Builders pass themselves as `builder`, and
 * `thresholds` when they work them out, and `own`, the keys of their props that they read themselves (the rest of
 * `props` must be monitor props: any other key is noted for validation to report).
 */
export function defineMonitor(
  type: MonitorType, query: string | QueryLike, props: MonitorProps, builder: Builder,
  thresholds: MonitorProps['thresholds'] = props.thresholds, own: ReadonlySet<string> = NO_KEYS,
): MonitorDefinition {
  // The loader keeps the first frame that lies in a definition file; `builder` (the public function the user
  // called) and the frames inside it are not captured.
  const frames = captureFrames(builder);
  // Read from `props` as given (a builder's own keys in it are not copied): no copies of it per definition.
  const def: MonitorDefinition = { kind: 'monitor', id: props.id, type, name: props.name, query: String(query), message: toMessage(props.message) };
  for (const key of COPIED) {
    if (props[key] !== undefined) (def as unknown as Record<string, unknown>)[key] = props[key];
  }
  const options = props.options;
  const queryThreshold = typeof query === 'object' ? query.threshold : undefined;
  // Object.assign, not spread syntax, wherever a copy then gets another property: in V8 11 (Node 20) such a spread
  // copy gets a hidden class of its own. Ten thousand definitions had ten thousand option classes, and every later
  // read of their options (the schema check, compile) took V8's slowest property lookup.
  const mergedThresholds: NonNullable<MonitorProps['thresholds']> = Object.assign({}, options?.thresholds, thresholds);
  if (queryThreshold !== undefined && mergedThresholds.critical === undefined) mergedThresholds.critical = queryThreshold;
  const mergedOptions: NonNullable<MonitorProps['options']> = Object.assign({}, options);
  if (Object.keys(mergedThresholds).length > 0) mergedOptions.thresholds = mergedThresholds;
  if (Object.keys(mergedOptions).length > 0) def.options = mergedOptions;
  noteUnknownProps(def, props, '', MONITOR_KEYS, own);
  noteQueryOptions(def, query);
  return attachFrames(def, frames);
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Every key of {@link MonitorProps}; the compiler keeps this list complete. */
export const MONITOR_KEYS = propKeys<MonitorProps>({
  id: true, name: true, team: true, service: true, env: true, severity: true, runbook: true, tags: true, message: true,
  thresholds: true, options: true, priority: true, restrictedRoles: true, suppress: true, routing: true, adopt: true,
  overrides: true,
});

/** The props every monitor carries that the IR keeps as they are: all but those read above. */
const COPIED = [...MONITOR_KEYS].filter((k) => !['id', 'name', 'message', 'thresholds', 'options'].includes(k)) as Array<keyof MonitorProps>;

function toMessage(message: MessageSpec | string): MessageSpec {
  return typeof message === 'string' ? { summary: message } : message;
}
