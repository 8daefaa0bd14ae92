// bench/routing-change: how many objects one line of routing changes under each routing target — for the example
// organisation (monitors/) and for 10,000 synthetic monitors (40 teams, sev1–sev5, prod and staging). Each
// organisation is compiled before and after the change and planned with the planner the CLI uses, against a world
// that holds exactly the "before" objects; counts are per plan kind. Prints figures; asserts nothing.
// Run from the repo root: node bench/run.js bench/routing-change.ts
import { compile, type CompiledState } from '../src/compile/index.ts';
import { metricAlert } from '../src/dsl/index.ts';
import type { Definition } from '../src/ir/definition.ts';
import type { RoutingDefinition, RoutingTarget } from '../src/ir/routing.ts';
import { loadDefinitions } from '../src/load/index.ts';
import { plan, worldNeeds, type World } from '../src/plan/index.ts';
import type { RemoteObject } from '../src/plan/remote.ts';

/** Two one-line edits of the example routing table: where a route notifies, and which monitors a rule takes. */
const EDITS: Array<[string, (r: RoutingDefinition) => RoutingDefinition]> = [
  ['sev2 chat channel renamed (#{team}-alerts → #{team}-pages)', (r) => ({
    ...r, rules: r.rules.map((x) => (x.name === 'sev2 pages the owner'
      ? { ...x, notify: x.notify.map((d) => (d.type === 'slack' ? { ...d, channel: '#{team}-pages' } : d)) } : x)),
  })],
  ['sev3 moved into the sev2 rule (severity: [sev2] → [sev2, sev3])', (r) => ({
    ...r, rules: r.rules.map((x) => (x.name === 'sev2 pages the owner' ? { ...x, match: { ...x.match, severity: ['sev2', 'sev3'] } } : x)),
  })],
];

function withTarget(defs: readonly Definition[], edit: (r: RoutingDefinition) => RoutingDefinition, target: RoutingTarget): Definition[] {
  return defs.map((d) => {
    if (d.kind !== 'routing') return d;
    const { teamTargets: _t, ...rest } = edit(d);
    return { ...rest, target };
  });
}

/**
 * The world right after "before" was applied: every compiled object owned, as the API returns it, and a Datadog
 * PagerDuty service object for every service either side pages (the plan refuses handles that reach nothing).
 */
function worldOf(state: CompiledState, after: CompiledState): World {
  const services = [...new Set([state, after].flatMap((s) => worldNeeds(s).pagerDutyServiceNames))].sort();
  const owned = <T extends { id: string; payload: object }>(list: readonly T[], rule = false): RemoteObject[] =>
    list.map((o, i) => ({
      logicalId: o.id, remoteId: rule ? `rule-${i}` : i + 1, version: 'v',
      body: rule ? { id: `rule-${i}`, ...(o.payload as { data: object }).data } : { ...(o.payload as object), id: i + 1 },
    }));
  return {
    owned: { monitors: owned(state.datadog.monitors), slos: owned(state.datadog.slos), notificationRules: owned(state.datadog.notificationRules, true) },
    adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: services, unownedNotificationRules: [],
  };
}

function count(defs: readonly Definition[], edit: (r: RoutingDefinition) => RoutingDefinition, target: RoutingTarget): string {
  const before = compile(withTarget(defs, (r) => r, target));
  const after = compile(withTarget(defs, edit, target));
  // Only what routing moves is counted: PagerDuty objects, maintenance windows and SLO corrections do not.
  const strip = (s: CompiledState): CompiledState => ({ ...s, datadog: { ...s.datadog, downtimes: [], sloCorrections: [] }, pagerduty: { objects: [] } });
  const result = plan(strip(after), worldOf(strip(before), strip(after)));
  if (!result.plan) return `no plan: ${result.diagnostics[0]?.message}`;
  const byKind = new Map<string, number>();
  for (const c of result.plan.changes) byKind.set(`${c.action} ${c.kind}`, (byKind.get(`${c.action} ${c.kind}`) ?? 0) + 1);
  const total = result.plan.changes.length;
  const parts = [...byKind].sort().map(([k, n]) => `${n} ${k}`).join(', ');
  return `${total} object${total === 1 ? '' : 's'} change${total === 1 ? 's' : ''}${parts ? ` (${parts})` : ''}; ${before.datadog.notificationRules.length} rules before`;
}

function report(title: string, defs: readonly Definition[]): void {
  const monitors = defs.filter((d) => d.kind === 'monitor').length;
  console.log(`${title}: ${monitors} monitors written (SLO alerts derived on top)`);
  for (const [name, edit] of EDITS) {
    console.log(`  ${name}`);
    for (const target of ['messages', 'notification-rules'] as const) console.log(`    ${target.padEnd(19)} ${count(defs, edit, target)}`);
  }
}

// The example organisation, as the loader reads it (SLO alert monitors are left out: they are routed the same way).
const example = await loadDefinitions({ projectDir: process.cwd() });
report('example organisation (monitors/)', example.definitions);

// 10,000 monitors: 500 services of 20 monitors, 40 teams, every team with all five severities, one service in ten in
// staging; with the example's routing table.
const routing = example.definitions.find((d): d is RoutingDefinition => d.kind === 'routing')!;
const synthetic: Definition[] = [routing];
for (let i = 0; i < 10_000; i++) {
  synthetic.push(metricAlert({
    id: `svc${Math.floor(i / 20)}-m${i % 20}`, name: `Service ${Math.floor(i / 20)} monitor ${i % 20}`,
    team: `team${Math.floor(i / 20) % 40}`, service: `svc${Math.floor(i / 20)}`, env: Math.floor(i / 20) % 10 === 9 ? 'staging' : 'prod',
    severity: `sev${(i % 5) + 1}` as 'sev1',
    runbook: `https://runbooks.example.com/svc/${i}`,
    message: { summary: `Monitor ${i} fired.`, impact: 'Customers see errors.', firstSteps: ['Check the deploy'] },
    query: `avg(last_5m):sum:trace.http.request.errors{service:svc${i},env:prod}.as_count() > ${5 + (i % 20)}`,
  }));
}
report('synthetic organisation', synthetic);
