import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { ImportResult, WireMonitor } from '../../import/index.ts';
import { loadDefinitions } from '../../load/index.ts';
import { readUnownedMonitors } from '../../providers/datadog/adopt.ts';
import { createDatadogClient } from '../../providers/datadog/client.ts';
import { readOwnedMonitors } from '../../providers/datadog/monitors.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { plural } from '../pipeline.ts';

const help = `Usage: vigil import [--out DIR] [options]

Reads every Datadog monitor vigil does not own yet and writes it as TypeScript definitions, one file per team
(its team: tag) or service (service: tag), else imported.ts. Typed builders (metricAlert, serviceCheck, logAlert,
eventAlert, compositeMonitor) are used where they reproduce the query exactly, the generic monitor() otherwise;
messages and tags are kept verbatim. Each definition carries adopt: { datadogId }: the next apply takes the monitor
over, adding vigil's ownership tags and changing nothing else. What the typed props cannot say is kept, in
Datadog's own shape, under "overrides". Existing files are never overwritten. SLOs are not imported yet.

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
  const { asWireMonitor, importMonitors } = await import('../../import/index.ts');
  const dd = createDatadogClient();
  const [unowned, owned, loaded] = await Promise.all([
    readUnownedMonitors(dd), readOwnedMonitors(dd),
    loadDefinitions({ projectDir, ...(flags.dir ? { dir: flags.dir } : {}) }),
  ]);
  const monitors = unowned.map((r) => asWireMonitor(r.body)).filter((m): m is WireMonitor => m !== undefined);
  if (monitors.length === 0) {
    out('Nothing to import: vigil already owns every monitor in Datadog.\n');
    return 0;
  }
  const result = importMonitors(monitors, {
    reserved: loaded.definitions.map((d) => d.id),
    owned: new Map(owned.map((o) => [String(o.remoteId), o.logicalId])),
  });
  if (result.monitors.length === 0) {
    for (const p of result.problems) err(`warning: ${p}\n`);
    out('Nothing to import: the monitors vigil does not own cannot be imported (see the warnings).\n');
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
  for (const m of result.monitors) counts.set(m.builder, (counts.get(m.builder) ?? 0) + 1);
  const builders = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([b, n]) => `${n} ${b}`).join(', ');
  const overridden = result.monitors.filter((m) => m.overridden.length > 0).length;
  return `Imported ${plural(result.monitors.length, 'monitor')} into ${plural(result.files.length, 'file')} in ${shown}: ${builders}`
    + `; ${overridden} with overrides${result.problems.length ? `, ${plural(result.problems.length, 'warning')}` : ''}.\n`
    + 'Next: "vigil plan" shows one adoption per monitor (only its tags change); "vigil apply" takes them over.\n';
}
