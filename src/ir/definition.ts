import type { MonitorDefinition } from './monitor.ts';

/** Everything a definition file can declare. SLOs and routing join this union as they land. */
export type Definition = MonitorDefinition;

export const DEFINITION_KINDS: ReadonlySet<string> = new Set(['monitor']);

export function isDefinition(value: unknown): value is Definition {
  return typeof value === 'object' && value !== null && DEFINITION_KINDS.has((value as { kind?: unknown }).kind as string);
}
