import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { ImportResult, PagerDutyImportContext, WireDowntime, WireMonitor, WireService, WireSlo } from '../../import/index.ts';
import type { Definition } from '../../ir/definition.ts';
import { formatDiagnostic } from '../../ir/diagnostic.ts';
import { loadDefinitions } from '../../load/index.ts';
import { readUnownedMonitors } from '../../providers/datadog/adopt.ts';
import { readUnownedSlos } from '../../providers/datadog/adopt-slos.ts';
import { createDatadogClient, type DatadogClient } from '../../providers/datadog/client.ts';
import { readUnownedDowntimes } from '../../providers/datadog/downtimes.ts';
import { readOwnedMonitors } from '../../providers/datadog/monitors.ts';
import { readNotificationRules } from '../../providers/datadog/notification-rules.ts';
import { existingPagerDutyServices } from '../../providers/datadog/pagerduty-services.ts';
import { createPagerDutyClient } from '../../providers/pagerduty/client.ts';
import { readPagerDuty, type RemotePagerDuty } from '../../providers/pagerduty/objects.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { plural } from '../plural.ts';

const help = `Usage: vigil import [--out DIR] [options]

Reads every Datadog monitor, SLO and downtime vigil does not own yet and writes them as TypeScript definitions, one
file per team (its team: tag) or service (service: tag), else imported.ts. Typed builders (metricAlert, serviceCheck,
logAlert, eventAlert, compositeMonitor) are used where they reproduce the query exactly, the generic monitor()
otherwise; messages and tags are kept verbatim. SLOs become metricSlo, monitorSlo or timeSliceSlo without "alerts",
so adopting them derives no burn-rate monitors; a monitor SLO names its monitors by logical id, so one counting a
monitor that is neither imported nor owned by vigil is skipped with a warning. Downtimes still to come or running
become downtime() definitions in downtimes.ts (one muting a single monitor names it by logical id, like a monitor
SLO). Each definition carries adopt: { datadogId }: the next apply takes the monitor, SLO or downtime over, adding
vigil's ownership tags (a downtime: a marker line in its message) and changing nothing else. What the typed
props cannot say is kept, in Datadog's own shape, under "overrides". Existing files are never overwritten.

With PAGERDUTY_TOKEN set, the PagerDuty services vigil does not own are written too, as pagerdutyService() in
pagerduty.ts. An escalation policy vigil manages is named by its logical id, any other by its PagerDuty id (P…).
Each service carries adopt: { pagerdutyId }: a plan takes that service over only if nothing but vigil's marker in
its description would change, so a service whose settings the DSL cannot reproduce (urgency by support hours,
"create_incidents", …) is skipped with a warning. Adopting a service reuses its Datadog integration; one without
gets a Datadog integration, and Datadog's PagerDuty service object is created when missing: the plan lists those as
creates. Services vigil does not own are never touched without "adopt": a plan refuses a definition named like one.

Monitor notification rules vigil does not own are written as notificationRule() in notification-rules.ts, each with
adopt: { datadogId }: the next apply adds vigil's marker to the rule's name and changes nothing else. A rule whose
settings vigil does not manage (alert bundling) is skipped with a warning.

Options:
  --out DIR       output folder (default: imported/ in the definitions directory, i.e. monitors/imported)
${COMMON_HELP}

Environment: DD_API_KEY, DD_APP_KEY, DD_SITE, or VIGIL_DATADOG_URL for the sandbox; PAGERDUTY_TOKEN and
VIGIL_PAGERDUTY_URL (the sandbox's PagerDuty URL) to import PagerDuty services.
`;

export const command: Command = (argv) => runGuarded('import', async (out, err) => {
  const { values: flags, positionals } = parseFlags(argv, { ...COMMON_FLAGS, out: { type: 'string' } });
  if (flags.help) {
    out(help);
    return 0;
  }
  if (positionals.length) throw new UsageError(`import takes no arguments (got "${positionals[0]}"); use --out DIR`);
  const projectDir = resolve(flags.project ?? '.');
  const outDir = flags.out ? resolve(flags.out) : resolve(projectDir, flags.dir ?? 'monitors', 'imported');
  const shown = relative(process.cwd(), outDir) || '.';

  // The importer brings the TypeScript compiler (ts-morph) along: loaded only when there is work for it.
  const { asWireDowntime, asWireMonitor, asWireService, asWireSlo, importDatadog } = await import('../../import/index.ts');
  const dd = createDatadogClient();
  // PagerDuty is read only when configured, as plan and apply do.
  const withPagerDuty = Boolean(process.env.PAGERDUTY_TOKEN);
  const [unowned, unownedSlos, unownedDowntimes, owned, loaded, pd, rules] = await Promise.all([
    readUnownedMonitors(dd), readUnownedSlos(dd), readUnownedDowntimes(dd), readOwnedMonitors(dd),
    loadDefinitions({ projectDir, ...(flags.dir ? { dir: flags.dir } : {}) }),
    withPagerDuty ? readPagerDuty(createPagerDutyClient()) : undefined,
    readNotificationRules(dd),
  ]);
  // Import names what it writes after what the project defines, and sets routing: false when it has a routing table:
  // a project that does not load completely would give both wrong, so it is refused, as plan refuses it.
  // A project without the folder yet is fine: everything goes into a new one.
  const missingDir = loaded.diagnostics.some((d) => d.code === 'load-dir' && d.message.endsWith('ENOENT'));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error' && !(missingDir && d.code === 'load-dir'));
  if (errors.length > 0 || (loaded.failedFiles.length > 0 && !missingDir)) {
    for (const d of errors) err(`${formatDiagnostic(d)}\n`);
    err(`vigil import: the definitions under ${flags.dir ?? 'monitors'}/ do not load; fix them first (vigil validate). Nothing was written.\n`);
    return 1;
  }
  const monitors = unowned.map((r) => asWireMonitor(r.body)).filter((m): m is WireMonitor => m !== undefined);
  const slos = unownedSlos.map((r) => asWireSlo(r.body)).filter((s): s is WireSlo => s !== undefined);
  const services = (pd?.unownedServices ?? []).map((r) => asWireService(r.body)).filter((s): s is WireService => s !== undefined);
  const notificationRules = rules.unowned.map((r) => r.body);
  const downtimes = unownedDowntimes.map((r) => asWireDowntime(r.body)).filter((d): d is WireDowntime => d !== undefined);
  const everything = withPagerDuty ? 'monitor, SLO, notification rule and downtime in Datadog and every service in PagerDuty'
    : 'monitor, SLO, notification rule and downtime in Datadog';
  if (monitors.length === 0 && slos.length === 0 && services.length === 0 && notificationRules.length === 0 && downtimes.length === 0) {
    out(`Nothing to import: vigil already owns every ${everything}.\n`);
    return 0;
  }
  const result = importDatadog({ monitors, slos, services, notificationRules, downtimes }, {
    reserved: loaded.definitions.map((d) => d.id),
    owned: new Map(owned.map((o) => [String(o.remoteId), o.logicalId])),
    routed: loaded.definitions.some((d) => d.kind === 'routing'),
    ...(pd ? { pagerduty: await pagerDutyContext(dd, pd, loaded.definitions, services) } : {}),
  });
  const imported = result.monitors.length + result.slos.length + result.services.length + result.notificationRules.length + result.downtimes.length;
  if (imported === 0) {
    for (const p of result.problems) err(`warning: ${p}\n`);
    out(`Nothing to import: the ${withPagerDuty ? 'monitors, SLOs, notification rules, downtimes and services' : 'monitors, SLOs, notification rules and downtimes'} vigil does not own cannot be imported (see the warnings).\n`);
    return 0;
  }
  const clashes = result.files.filter((f) => existsSync(join(outDir, f.path)));
  if (clashes.length > 0) {
    const names = clashes.map((f) => join(shown, f.path)).join(', ');
    err(`vigil import: ${names} already exist${clashes.length === 1 ? 's' : ''}; nothing was written.\n`
      + 'Move them away (or pass --out with another folder) and run vigil import again.\n');
    return 1;
  }
  await mkdir(outDir, { recursive: true });
  for (const f of result.files) await writeFile(join(outDir, f.path), f.text);
  for (const p of result.problems) err(`warning: ${p}\n`);
  out(summary(result, shown));
  return 0;
});

/**
 * What naming imported services needs: the escalation policies vigil manages that the project defines (named by
 * logical id), the services the project defines already, and which Datadog PagerDuty service objects exist.
 */
async function pagerDutyContext(
  dd: DatadogClient, pd: RemotePagerDuty, definitions: readonly Definition[], services: readonly WireService[],
): Promise<PagerDutyImportContext> {
  const defined = new Set(definitions.map((d) => d.id));
  const context: PagerDutyImportContext = {
    policies: new Map(pd.policies.filter((p) => defined.has(p.logicalId)).map((p) => [String(p.remoteId), p.logicalId])),
    services: new Map(definitions.flatMap((d) => (d.kind === 'pagerduty-service' ? [[d.name.toLowerCase(), d.id] as const] : []))),
  };
  // Datadog has no list of its PagerDuty service objects: look up only the services that are taken over.
  const { importableServices } = await import('../../import/index.ts');
  const taken = importableServices(services, context);
  return { ...context, datadogServices: await existingPagerDutyServices(dd, taken.map((s) => s.name)) };
}

function summary(result: ImportResult, shown: string): string {
  const counts = new Map<string, number>();
  const all = [...result.monitors, ...result.slos];
  for (const m of [...all, ...result.services, ...result.notificationRules, ...result.downtimes]) counts.set(m.builder, (counts.get(m.builder) ?? 0) + 1);
  const builders = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([b, n]) => `${n} ${b}`).join(', ');
  const overridden = all.filter((m) => m.overridden.length > 0).length;
  const kinds: Array<[number, string, string]> = [
    [result.monitors.length, 'monitor', 'monitor'], [result.slos.length, 'SLO', 'SLO'],
    [result.services.length, 'PagerDuty service', 'service'], [result.notificationRules.length, 'notification rule', 'notification rule'],
    [result.downtimes.length, 'downtime', 'downtime'],
  ];
  // Monitors are always counted, as before services existed; the other kinds only when there are some.
  const present = kinds.filter(([n], i) => n > 0 || (i === 0 && result.services.length + result.notificationRules.length + result.downtimes.length === 0));
  const what = list(present.map(([n, word]) => plural(n, word)), 'and');
  const each = list(present.map(([, , noun]) => noun), 'or');
  const tagged = result.monitors.length + result.slos.length > 0;
  const marks = [
    ...(tagged ? ['only its tags change'] : []),
    ...(result.services.length ? [present.length === 1 ? "only vigil's marker is added to its description" : "vigil's marker is added to a service's description"] : []),
    ...(result.notificationRules.length ? [present.length === 1 ? "only vigil's marker is added to its name" : "vigil's marker is added to a rule's name"] : []),
    ...(result.downtimes.length ? [present.length === 1 ? "only vigil's marker is added to its message" : "vigil's marker is added to a downtime's message"] : []),
  ];
  const marker = marks.length === 0 ? 'only its tags change' : list(marks, 'or');
  const integrations = result.services.filter((s) => s.addsIntegration).length;
  const datadogServices = result.services.filter((s) => s.addsDatadogService).length;
  const creates = [
    ...(integrations ? [`${plural(integrations, 'Datadog integration')} in PagerDuty`] : []),
    ...(datadogServices ? [`${plural(datadogServices, 'PagerDuty service object')} in Datadog`] : []),
  ];
  return `Imported ${what} into ${plural(result.files.length, 'file')} in ${shown}: ${builders}`
    + `; ${overridden} with overrides${result.problems.length ? `, ${plural(result.problems.length, 'warning')}` : ''}.\n`
    + `Next: "vigil plan" shows one adoption per ${each} (${marker})`
    + `${creates.length ? `, and creates ${list(creates, 'and')} so that @pagerduty-<name> reaches them` : ''}`
    + '; "vigil apply" takes them over.\n';
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[], conjunction: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}
