import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { QueryParseResult } from './query/index.ts';
import { parsedQuery } from './parsed-query.ts';
import { checkSchema } from './schema.ts';
import type { CheckContext } from './semantic/context.ts';
import { checkIds } from './semantic/ids.ts';
import { checkOptions } from './semantic/options.ts';
import { checkQuery } from './semantic/query.ts';
import { checkReferences } from './semantic/references.ts';
import { checkThresholds } from './semantic/thresholds.ts';
import { checkMessage } from './semantic/message.ts';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Definitions that passed the schema (semantic errors may still apply); compile works on these. */
  valid: Definition[];
  queries: Map<MonitorDefinition, QueryParseResult>;
}

/**
 * Schema first (a definition of the wrong shape cannot be checked further), then the semantic rules over the
 * definitions that have the right shape. Every problem is collected; nothing throws.
 */
export function validate(definitions: readonly Definition[]): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const valid: Definition[] = [];
  for (const def of definitions) {
    const schemaProblems = checkSchema(def);
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length === 0) valid.push(def);
  }
  diagnostics.push(...checkIds(definitions));
  const queries = new Map<MonitorDefinition, QueryParseResult>();
  for (const def of valid) if (def.kind === 'monitor') queries.set(def, parsedQuery(def));
  const byId = new Map<string, Definition>();
  for (const def of definitions) if (typeof def.id === 'string' && !byId.has(def.id)) byId.set(def.id, def);
  const ctx: CheckContext = { definitions, byId, queries };
  for (const def of valid) {
    if (def.kind !== 'monitor') continue;
    const parsed = queries.get(def)!;
    diagnostics.push(...checkQuery(def, parsed), ...checkThresholds(def, parsed), ...checkOptions(def),
      ...checkReferences(def, ctx), ...checkMessage(def));
  }
  return { diagnostics, valid, queries };
}
