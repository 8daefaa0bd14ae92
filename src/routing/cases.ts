import type { RouteCase, RoutingDefinition } from '../ir/routing.ts';
import { destinationKey, route } from './route.ts';

export interface CaseResult {
  name: string;
  ok: boolean;
  expected: string[];
  actual: string[];
  missing: string[];
  unexpected: string[];
  decidedBy: string[];
}

/** Runs a routing table's cases: each compares the destinations routing picks with the expected ones, as sets. */
export function runRouteCases(routing: RoutingDefinition): CaseResult[] {
  return (routing.cases ?? []).map((c, i) => runCase(routing, c, i));
}

function runCase(routing: RoutingDefinition, c: RouteCase, index: number): CaseResult {
  const decision = route(c.monitor, routing);
  const actual = decision.destinations.map(destinationKey).sort();
  const expected = [...c.expect].sort();
  const missing = expected.filter((e) => !actual.includes(e));
  const unexpected = actual.filter((a) => !expected.includes(a));
  return {
    name: c.name ?? `case ${index + 1}`,
    ok: missing.length === 0 && unexpected.length === 0,
    expected, actual, missing, unexpected, decidedBy: decision.decidedBy,
  };
}
