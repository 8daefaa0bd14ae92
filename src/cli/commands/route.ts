import { resolve } from 'node:path';
import type { CompiledNotificationRule, CompiledState } from '../../compile/index.ts';
import { composeMessage } from '../../compile/message.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { RoutingDefinition } from '../../ir/routing.ts';
import { runRouteCases } from '../../routing/cases.ts';
import { ROUTE_TAG_PREFIX, targetOf } from '../../routing/notification-rules.ts';
import { destinationKey, routeMonitor } from '../../routing/route.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, subcommandProblem, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { runPipeline } from '../../pipeline/index.ts';
import { plural } from '../plural.ts';
import { printDiagnostics } from '../sync.ts';

const help = `Usage: vigil route test [options]
       vigil route explain <logical-id> [options]

test     runs the cases written next to the routing rules and fails with a clear diff when routing sends an alert
         somewhere else than a case expects (run it in CI)
explain  shows where one monitor's notifications go, which rule decided, what was dropped (non-production never
         pages), and how it is written: the notification block in its message, or the Datadog notification rule it
         lands on (with the routing target notification-rules). Both targets give the same answers.

Options:
${COMMON_HELP}
`;

export const command: Command = (argv) => runGuarded('route', async (out, err) => {
  const { values: flags, positionals } = parseFlags(argv, { ...COMMON_FLAGS });
  if (flags.help) {
    out(help);
    return 0;
  }
  const [sub, id] = positionals;
  if (sub !== 'test' && sub !== 'explain') throw new UsageError(subcommandProblem('route', sub, ['test', 'explain'], '"route test" or "route explain <logical-id>".'));
  if (sub === 'explain' && !id) throw new UsageError('"route explain" needs the logical id of a monitor');
  const pipeline = await runPipeline({ projectDir: resolve(flags.project ?? '.'), ...(flags.dir ? { dir: flags.dir } : {}), compile: sub === 'explain' });
  if (pipeline.errors > 0) {
    printDiagnostics(pipeline.diagnostics.filter((d) => d.severity === 'error'), err);
    err(`\nvigil route: ${plural(pipeline.errors, 'error')} in the definitions; fix them first.\n`);
    return 1;
  }
  const routing = pipeline.definitions.find((d): d is RoutingDefinition => d.kind === 'routing');
  if (!routing && sub === 'test') {
    out('No routing is defined, so there are no routing cases to test.\n');
    return 0;
  }
  if (!routing) {
    err('vigil route: no routing is defined; export one built with routing({ … }) from a file under monitors/, or write a routing: table in a YAML file there.\n');
    return 1;
  }
  if (sub === 'test') return routeTest(routing, out);
  const def = pipeline.definitions.find((d): d is MonitorDefinition => d.kind === 'monitor' && d.id === id);
  if (!def) {
    err(`vigil route: no monitor has the logical id "${id}".\n`);
    return 1;
  }
  const decision = routeMonitor(def, routing);
  if (!decision) {
    const own = def.message.notify?.join(', ');
    out(`${def.id}: kept out of routing ("routing: false"); it notifies only the handles in its message${own ? `: ${own}` : ''}\n`);
    return 0;
  }
  out(`${def.id}: severity ${def.severity ?? '(none)'}, team ${def.team ?? '(none)'}, service ${def.service ?? '(none)'}, env ${def.env ?? '(none)'}\n`);
  out(`Decided by: ${decision.decidedBy.map((r) => (r === 'default' ? 'the default (no rule matched)' : `rule "${r}"`)).join(', then ')}\n`);
  out(`Notifies: ${decision.destinations.map(destinationKey).join(', ') || 'nobody'}\n`);
  if (decision.dropped.length) out(`Dropped: ${decision.dropped.map(destinationKey).join(', ')} (${def.env ?? 'no env'} is not production, and non-production never pages)\n`);
  if (targetOf(routing, def.team) === 'notification-rules') {
    out(`\n${ruleLines(def.id, pipeline.compiled!)}`);
    return 0;
  }
  const message = composeMessage(def, decision.destinations);
  const block = message.slice(message.indexOf('{{#'));
  if (message.includes('{{#')) out(`\nNotification block in the message:\n${block}\n`);
  return 0;
});

/** The notification rule a monitor lands on, as compiled: found through its `vigil-route:` tag. */
function ruleLines(id: string, compiled: CompiledState): string {
  const monitor = compiled.datadog.monitors.find((m) => m.id === id);
  const tag = (monitor?.payload.tags ?? []).find((t) => t.startsWith(ROUTE_TAG_PREFIX));
  const rule = tag && compiled.datadog.notificationRules.find((r) => r.id === tag.slice(ROUTE_TAG_PREFIX.length));
  if (!rule) return 'Notification rule: none (routing target notification-rules, and nobody to notify)\n';
  return `Notification rule: ${rule.id} (routing target notification-rules; the monitor's tag ${tag} is the rule's filter)\n${transitions(rule)}`;
}

const TRANSITION_NAMES: Record<string, string> = { is_alert: 'alert', is_warning: 'warning', is_no_data: 'no data', is_recovery: 'recovery' };

function transitions(rule: CompiledNotificationRule): string {
  return rule.payload.data.attributes.conditional_recipients.conditions.map((c) => {
    const t = c.scope.replace(/^transition_type:/, '');
    return `  on ${TRANSITION_NAMES[t] ?? t}: ${c.recipients.map((r) => `@${r}`).join(' ')}\n`;
  }).join('');
}

function routeTest(routing: RoutingDefinition, out: (s: string) => void): number {
  const results = runRouteCases(routing);
  for (const r of results) {
    if (r.ok) {
      out(`pass  ${r.name}\n`);
      continue;
    }
    out(`FAIL  ${r.name}\n`);
    out(`      expected: ${r.expected.join(', ') || 'nobody'}\n`);
    out(`      actual:   ${r.actual.join(', ') || 'nobody'} (decided by ${r.decidedBy.join(', ')})\n`);
    if (r.missing.length) out(`      missing:    ${r.missing.join(', ')}\n`);
    if (r.unexpected.length) out(`      unexpected: ${r.unexpected.join(', ')}\n`);
  }
  const failed = results.filter((r) => !r.ok).length;
  out(`\n${plural(results.length, 'routing case')}: ${results.length - failed} passed, ${failed} failed.\n`);
  return failed ? 1 : 0;
}
