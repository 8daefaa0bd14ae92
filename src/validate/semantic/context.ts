import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { QueryFacts } from '../../query/parsed-query.ts';
import { fieldLocation } from '../../load/field-locations.ts';

/** What every semantic rule sees: all definitions (for cross-references) and each monitor's parsed query. */
export interface CheckContext {
  definitions: readonly Definition[];
  byId: ReadonlyMap<string, Definition>;
  queries: ReadonlyMap<MonitorDefinition, QueryFacts>;
}

/** Builds a diagnostic about one field of one definition, located at the field when the loader knows where it is. */
export function problem(
  def: Definition, path: string, code: string, message: string, hint?: string, severity: 'error' | 'warning' = 'error',
): Diagnostic {
  return {
    severity, code, id: def.id || '-', message, path,
    ...(hint ? { hint } : {}),
    location: fieldLocation(def, path) ?? def.source,
  };
}
