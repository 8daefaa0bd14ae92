import type { MessageSpec, MonitorDefinition, MonitorType } from '../../ir/monitor.ts';
import { attachFrames, captureFrames, type Builder } from '../capture.ts';
import type { MonitorProps, QueryLike } from './props.ts';

/**
 * Turns builder props into the plain IR every later stage works on. Keeps only the keys the user set, so the IR
 * carries no `undefined` noise and schema errors name real fields. Builders pass themselves as `builder`.
 */
export function defineMonitor(
  type: MonitorType, query: string | QueryLike, props: MonitorProps, builder: Builder,
): MonitorDefinition {
  // The loader keeps the first frame that lies in a definition file; `builder` (the public function the user
  // called) and the frames inside it are not captured.
  const frames = captureFrames(builder);
  const { thresholds, message, options, ...rest } = props;
  const def: MonitorDefinition = { kind: 'monitor', id: rest.id, type, name: rest.name, query: String(query), message: toMessage(message) };
  const copied = ['team', 'service', 'env', 'severity', 'runbook', 'tags', 'priority', 'restrictedRoles', 'suppress', 'routing', 'adopt', 'overrides'] as const;
  for (const key of copied) {
    if (rest[key] !== undefined) (def as unknown as Record<string, unknown>)[key] = rest[key];
  }
  const queryThreshold = typeof query === 'object' ? query.threshold : undefined;
  const mergedThresholds = { ...options?.thresholds, ...thresholds };
  if (queryThreshold !== undefined && mergedThresholds.critical === undefined) mergedThresholds.critical = queryThreshold;
  const mergedOptions = { ...options };
  if (Object.keys(mergedThresholds).length > 0) mergedOptions.thresholds = mergedThresholds;
  if (Object.keys(mergedOptions).length > 0) def.options = mergedOptions;
  return attachFrames(def, frames);
}

function toMessage(message: MessageSpec | string): MessageSpec {
  return typeof message === 'string' ? { summary: message } : message;
}
