import type { Definition } from '../ir/definition.ts';
import { compileMonitor, type CompiledMonitor } from './datadog/monitor.ts';

export type { CompiledMonitor } from './datadog/monitor.ts';

/** Desired state: every payload vigil would send, keyed by logical id, in a stable order. Versioned for `--json`. */
export interface CompiledState {
  version: 1;
  datadog: { monitors: CompiledMonitor[]; slos: unknown[] };
  pagerduty: Record<string, unknown[]>;
}

/** Compiles valid definitions. Output is sorted by logical id so it is byte-identical across runs. */
export function compile(definitions: readonly Definition[]): CompiledState {
  const monitors = definitions
    .filter((d) => d.kind === 'monitor')
    .map(compileMonitor)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, datadog: { monitors, slos: [] }, pagerduty: {} };
}
