// Composite monitors may name monitors vigil does not manage by their Datadog id. Such a composite is only as good as
// the monitors it names: Datadog refuses a composite whose monitor does not exist, and one whose monitor is deleted
// later stops evaluating. Whether a number names a monitor depends on the live state, so this is the planner's check.
import type { CompiledState } from '../compile/index.ts';
import type { Change } from './types.ts';

const LOGICAL = /\$\{[a-z0-9.-]+\}/g;

/** The Datadog ids a composite's query names directly (its `${logical-id}` references aside). */
export function numericReferences(query: string): number[] {
  return [...new Set([...query.replace(LOGICAL, ' ').matchAll(/\b\d+\b/g)].map((m) => Number(m[0])))];
}

/** Every Datadog id the desired composites name, sorted: what the world must say exists. */
export function compositeMonitorIds(desired: CompiledState): number[] {
  const ids = new Set<number>();
  for (const m of desired.datadog.monitors) {
    if (m.payload.type !== 'composite' || typeof m.payload.query !== 'string') continue;
    for (const id of numericReferences(m.payload.query)) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** A composite that names a monitor which will not exist once the plan is applied. */
export interface CompositeProblem {
  /** The composite's logical id. */
  id: string;
  monitorId: number;
  /** The owned monitor's logical id, when the plan deletes one of vigil's own. */
  deletedLogicalId?: string;
}

/**
 * The monitors desired composites name by number that will not exist after `changes`: neither one vigil owns and
 * keeps, nor one that exists outside vigil (`existing`, read from Datadog). Undefined `existing` means the world was
 * not read for it: nothing is claimed then.
 */
export function compositeProblems(
  desired: CompiledState, owned: ReadonlyMap<string, string>, changes: readonly Change[], existing: readonly number[] | undefined,
): CompositeProblem[] {
  if (existing === undefined) return [];
  const found = new Set(existing);
  const deleted = new Set(changes.filter((c) => c.action === 'delete' && c.kind === 'datadog.monitor').map((c) => String(c.remoteId)));
  const out: CompositeProblem[] = [];
  for (const m of desired.datadog.monitors) {
    if (m.payload.type !== 'composite' || typeof m.payload.query !== 'string') continue;
    for (const monitorId of numericReferences(m.payload.query)) {
      const ownedId = owned.get(String(monitorId));
      if (ownedId !== undefined) {
        if (deleted.has(String(monitorId))) out.push({ id: m.id, monitorId, deletedLogicalId: ownedId });
      } else if (!found.has(monitorId)) out.push({ id: m.id, monitorId });
    }
  }
  return out;
}
