import { relative, resolve, sep } from 'node:path';
import { renderCatalog } from '../../docs/catalog.ts';
import { syncCatalog } from '../../docs/files.ts';
import { formatDiagnostic } from '../../ir/diagnostic.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { runPipeline } from '../../pipeline/index.ts';
import { plural } from '../plural.ts';

const help = `Usage: vigil docs [--out DIR] [--check] [options]

Writes a markdown catalog of the definitions: an index (README.md) with every team and service, and one page per
team listing each service's SLOs and monitors with type, severity, environment, query, thresholds, runbook and
the alert's summary, impact and first steps. The output has no timestamps, so it can be committed and reviewed.
Pages of teams that no longer exist are removed; other files in the folder are left alone.

Options:
  --out DIR       output folder (default: docs/catalog in the project)
  --check         write nothing; exit 1 when the catalog on disk is out of date (for CI)
${COMMON_HELP}
`;

export const command: Command = (argv) => runGuarded('docs', async (out, err) => {
  const { values: flags } = parseFlags(argv, { ...COMMON_FLAGS, out: { type: 'string' }, check: { type: 'boolean' } });
  if (flags.help) {
    out(help);
    return 0;
  }
  const projectDir = resolve(flags.project ?? '.');
  const outDir = flags.out ? resolve(flags.out) : resolve(projectDir, 'docs', 'catalog');
  const pipeline = await runPipeline({ projectDir, ...(flags.dir ? { dir: flags.dir } : {}) });
  // Same rule as compile: a catalog of a broken set of definitions would document monitors that cannot exist.
  // Warnings are "vigil validate"'s business; here they would only bury the result.
  if (pipeline.errors > 0) {
    for (const d of pipeline.diagnostics) if (d.severity === 'error') err(`${formatDiagnostic(d)}\n`);
    err(`\nNo docs: ${plural(pipeline.errors, 'error')} in the definitions. Fix them first (vigil validate).\n`);
    return 1;
  }
  const sourceBase = relative(outDir, projectDir).split(sep).join('/');
  const files = renderCatalog(pipeline.definitions, { sourceBase });
  const result = await syncCatalog(outDir, files, { check: Boolean(flags.check) });
  const shown = relative(process.cwd(), outDir) || '.';
  if (flags.check) {
    for (const name of result.changed) err(`${join(shown, name)} is out of date.\n`);
    for (const name of result.stale) err(`${join(shown, name)} belongs to no team any more.\n`);
    if (result.changed.length + result.stale.length > 0) {
      err(`\nThe catalog in ${shown} is out of date; run "vigil docs${flags.out ? ` --out ${flags.out}` : ''}" and commit the result.\n`);
      return 1;
    }
    out(`The catalog in ${shown} is up to date (${plural(files.length, 'file')}).\n`);
    return 0;
  }
  const teams = files.length - 1;
  out(`Catalog in ${shown}: ${plural(teams, 'team page')} and an index; ${result.changed.length} written, ${result.unchanged.length} unchanged, ${result.stale.length} removed.\n`);
  return 0;
});

function join(dir: string, name: string): string {
  return dir === '.' ? name : `${dir.split(sep).join('/')}/${name}`;
}
