import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { QueryFacts } from '../query/parsed-query.ts';
import { parsedQuery } from '../query/parsed-query.ts';
import { checkSchema } from './schema.ts';
import type { CheckContext } from './semantic/context.ts';
import { checkIds } from './semantic/ids.ts';
import { checkOptions } from './semantic/options.ts';
import { checkQuery } from './semantic/query.ts';
import { checkReferences } from './semantic/references.ts';
import { checkThresholds } from './semantic/thresholds.ts';
import { checkMessage } from './semantic/message.ts';
import { checkFormulaNames, checkTemplates } from './semantic/templates.ts';
import { checkRouting, checkWrittenRules } from './semantic/routing.ts';
import { checkPagerDuty } from './semantic/pagerduty.ts';
import { checkDowntimes } from './semantic/downtime.ts';
import { checkSloCorrections } from './semantic/slo-correction.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import type { SloDefinition } from '../ir/slo.ts';
import { routedMonitors, type RoutedMonitors } from '../compile/routed.ts';
import { validateSlos, type SloAlerts } from './slos.ts';

export type { SloAlerts } from './slos.ts';

export interface ValidateOptions {
  /**
   * The alert monitors of an SLO that passed its checks. Deriving them is compile's work (`deriveSloAlerts`); once
   * derived they are checked here like any other monitor.
   */
  sloAlerts: SloAlerts;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Definitions that passed the schema (semantic errors may still apply); compile works on these. */
  valid: Definition[];
  queries: Map<MonitorDefinition, QueryFacts>;
  /** Monitors derived from SLO declarations (burn-rate and error-budget alerts); also in `valid` when well-formed. */
  derived: MonitorDefinition[];
  /** Derived monitor id → id of the SLO it comes from. */
  derivedFrom: Map<string, string>;
  /** Each valid monitor's routing decision and composed message, as the message length check saw them. */
  routed: RoutedMonitors;
}

/**
 * Schema first (a definition of the wrong shape cannot be checked further), then the semantic rules over the
 * definitions that have the right shape. Every problem is collected; nothing throws. Lint is not run here: the
 * pipeline runs it over what validation found valid.
 */
export function validate(definitions: readonly Definition[], options: ValidateOptions): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const valid: Definition[] = [];
  for (const def of definitions) {
    const schemaProblems = checkSchema(def);
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length === 0) valid.push(def);
  }
  const byId = new Map<string, Definition>();
  for (const def of definitions) if (typeof def.id === 'string' && !byId.has(def.id)) byId.set(def.id, def);
  // SLO alerts are monitors derived from their SLO: from here on they are checked like any other monitor.
  const slos = validateSlos(valid.filter((d): d is SloDefinition => d.kind === 'slo'), byId, options.sloAlerts);
  append(diagnostics, slos.diagnostics);
  const all = [...definitions, ...slos.derived];
  for (const def of slos.derived) {
    const schemaProblems = checkSchema(def);
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length === 0) valid.push(def);
    if (!byId.has(def.id)) byId.set(def.id, def);
  }
  append(diagnostics, checkIds(all));
  const queries = new Map<MonitorDefinition, QueryFacts>();
  for (const def of valid) if (def.kind === 'monitor') queries.set(def, parsedQuery(def));
  const ctx: CheckContext = { definitions: all, byId, queries };
  const routings = valid.filter((d): d is RoutingDefinition => d.kind === 'routing');
  const monitors = valid.filter((d): d is MonitorDefinition => d.kind === 'monitor');
  // Messages are composed once, with their routed notification block, for the length check and for lint alike (a
  // monitor routed by notification rules is checked at the length its payload has, without the block).
  const routed = routedMonitors(routings[0]);
  for (const def of monitors) {
    const parsed = queries.get(def)!;
    diagnostics.push(...checkQuery(def, parsed), ...checkThresholds(def, parsed), ...checkOptions(def),
      ...checkReferences(def, ctx), ...checkMessage(def, routed.sentMessage(def)));
    append(diagnostics, checkTemplates(def, parsed));
    append(diagnostics, checkFormulaNames(def, parsed));
  }
  diagnostics.push(...checkRouting(routings, monitors), ...checkWrittenRules(valid), ...checkPagerDuty(valid),
    ...checkDowntimes(valid, all.filter((d) => d.kind === 'monitor').map((d) => d.id)),
    ...checkSloCorrections(valid, all.filter((d) => d.kind === 'slo').map((d) => d.id)));
  return { diagnostics, valid, queries, derived: slos.derived, derivedFrom: slos.derivedFrom, routed };
}

/** Appends without spreading: a spread of tens of thousands of findings overflows the call stack. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
