import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { ImportResult, WireMonitor, WireSlo } from '../../import/index.ts';
import { loadDefinitions } from '../../load/index.ts';
import { readUnownedMonitors } from '../../providers/datadog/adopt.ts';
import { readUnownedSlos } from '../../providers/datadog/adopt-slos.ts';
import { createDatadogClient } from '../../providers/datadog/client.ts';
import { readOwnedMonitors } from '../../providers/datadog/monitors.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { plural } from '../pipeline.ts';

const help = `Usage: vigil import [--out DIR] [options]

Reads every Datadog monitor and SLO vigil does not own yet and writes them as TypeScript definitions, one file per
team (its team: tag) or service (service: tag), else imported.ts. Typed builders (metricAlert, serviceCheck,
logAlert, eventAlert, compositeMonitor) are used where they reproduce the query exactly, the generic monitor()
otherwise; messages and tags are kept verbatim. SLOs become metricSlo, monitorSlo or timeSliceSlo without "alerts",
so adopting them derives no burn-rate monitors; a monitor SLO names its monitors by logical id, so one counting a
monitor that is neither imported nor owned by vigil is skipped with a warning. Each definition carries
adopt: { datadogId }: the next apply takes the monitor or SLO over, adding vigil's ownership tags and changing
nothing else. What the typed props cannot say is kept, in Datadog's own shape, under "overrides". Existing files
are never overwritten.

Options:
  --out DIR       output folder (default: imported/ in the definitions directory, i.e. monitors/imported)
${COMMON_HELP}

Environment: DD_API_KEY, DD_APP_KEY, DD_SITE, or VIGIL_DATADOG_URL for the sandbox.
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
  const { asWireMonitor, asWireSlo, importDatadog } = await import('../../import/index.ts');
  const dd = createDatadogClient();
  const [unowned, unownedSlos, owned, loaded] = await Promise.all([
    readUnownedMonitors(dd), readUnownedSlos(dd), readOwnedMonitors(dd),
    loadDefinitions({ projectDir, ...(flags.dir ? { dir: flags.dir } : {}) }),
  ]);
  const monitors = unowned.map((r) => asWireMonitor(r.body)).filter((m): m is WireMonitor => m !== undefined);
  const slos = unownedSlos.map((r) => asWireSlo(r.body)).filter((s): s is WireSlo => s !== undefined);
  if (monitors.length === 0 && slos.length === 0) {
    out('Nothing to import: vigil already owns every monitor and SLO in Datadog.\n');
    return 0;
  }
  const result = importDatadog({ monitors, slos }, {
    reserved: loaded.definitions.map((d) => d.id),
    owned: new Map(owned.map((o) => [String(o.remoteId), o.logicalId])),
  });
  if (result.monitors.length === 0 && result.slos.length === 0) {
    for (const p of result.problems) err(`warning: ${p}\n`);
    out('Nothing to import: the monitors and SLOs vigil does not own cannot be imported (see the warnings).\n');
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

function summary(result: ImportResult, shown: string): string {
  const counts = new Map<string, number>();
  const all = [...result.monitors, ...result.slos];
  for (const m of all) counts.set(m.builder, (counts.get(m.builder) ?? 0) + 1);
  const builders = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([b, n]) => `${n} ${b}`).join(', ');
  const overridden = all.filter((m) => m.overridden.length > 0).length;
  const what = [plural(result.monitors.length, 'monitor'), ...(result.slos.length ? [plural(result.slos.length, 'SLO')] : [])].join(' and ');
  const each = result.slos.length ? 'monitor or SLO' : 'monitor';
  return `Imported ${what} into ${plural(result.files.length, 'file')} in ${shown}: ${builders}`
    + `; ${overridden} with overrides${result.problems.length ? `, ${plural(result.problems.length, 'warning')}` : ''}.\n`
    + `Next: "vigil plan" shows one adoption per ${each} (only its tags change); "vigil apply" takes them over.\n`;
}
