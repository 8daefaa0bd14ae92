import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { formatDiagnostic } from '../../ir/diagnostic.ts';
import type { SloDefinition } from '../../ir/slo.ts';
import { formatProblem, type OpenSloProblem } from '../../openslo/documents.ts';
import { exportOpenSlo, toYaml } from '../../openslo/export.ts';
import { importOpenSlo } from '../../openslo/import.ts';
import { check } from '../../pipeline/check.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, subcommandProblem, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { runPipeline } from '../../pipeline/index.ts';
import { plural } from '../plural.ts';

const help = `Usage: vigil openslo import <file.yaml> [--out DIR]
       vigil openslo export [--out FILE] [options]

import  Reads OpenSLO v1 documents (SLO, SLI, AlertPolicy, AlertCondition, DataSource…) and writes them as a vigil
        YAML file of "slos:" — to DIR/<name>.yaml with --out, else to standard output. Ratio metrics become metric
        SLOs (Occurrences) or time-slice SLOs (Timeslices); burn-rate alert conditions become burn-rate tiers.
        What Datadog cannot express (calendar windows, RatioTimeslices, composite SLOs, raw ratios) is an error
        naming the field, and nothing is written.
export  Writes the SLOs under monitors/ as OpenSLO v1 documents — to FILE with --out, else to standard output.
        Monitor-based SLOs have no OpenSLO form and are skipped with a warning.

Options:
  --out PATH      where to write (import: a directory; export: a file)
${COMMON_HELP}
`;

export const command: Command = (argv) => runGuarded('openslo', async (out, err) => {
  const { values: flags, positionals } = parseFlags(argv, { ...COMMON_FLAGS, out: { type: 'string' } });
  const [sub, ...args] = positionals;
  if (flags.help || !sub) {
    out(help);
    return sub || flags.help ? 0 : 1;
  }
  if (sub === 'import') {
    if (args.length !== 1) throw new UsageError('import takes one OpenSLO file, e.g. vigil openslo import slos.openslo.yaml');
    return importCommand(args[0]!, flags.out, out, err);
  }
  if (sub === 'export') {
    if (args.length) throw new UsageError(`export takes no file argument (got "${args[0]}"); use --out FILE`);
    return exportCommand(resolve(flags.project ?? '.'), flags.dir, flags.out, out, err);
  }
  throw new UsageError(subcommandProblem('openslo', sub, ['import', 'export'], '"openslo import FILE" or "openslo export".'));
});

async function importCommand(file: string, outDir: string | undefined, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = importOpenSlo(text, file);
  printProblems(result.problems, err);
  if (result.problems.some((p) => p.severity === 'error')) {
    err(`\nNot imported: ${plural(result.problems.filter((p) => p.severity === 'error').length, 'error')}. Nothing was written.\n`);
    return 1;
  }
  const target = outDir ? join(outDir, `${basename(file, extname(file)).replace(/\.openslo$/, '')}.yaml`) : undefined;
  // The imported SLOs go through vigil's own checks, so Datadog's limits are reported now rather than at apply.
  const located = result.slos.map((s) => ({ ...s, source: { file: target ?? file, line: 1, col: 1 } }));
  // Lint and routing findings belong to the project the file lands in; here only the SLO rules and errors matter.
  const problems = check(located).diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('slo-'));
  for (const d of problems) err(`${formatDiagnostic(d)}\n`);
  if (problems.some((d) => d.severity === 'error')) {
    err('\nNot imported: the converted SLOs break Datadog\'s limits (see above). Nothing was written.\n');
    return 1;
  }
  const yaml = `# Imported from ${basename(file)} by "vigil openslo import".\n${stringify({ slos: result.slos.map(plain) }, { lineWidth: 0 })}`;
  if (!target) {
    out(yaml);
    return 0;
  }
  await mkdir(outDir!, { recursive: true });
  await writeFile(target, yaml);
  err(`Wrote ${plural(result.slos.length, 'SLO')} to ${target}.\n`);
  return 0;
}

async function exportCommand(projectDir: string, dir: string | undefined, outFile: string | undefined, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const pipeline = await runPipeline({ projectDir, ...(dir ? { dir } : {}) });
  for (const d of pipeline.diagnostics) err(`${formatDiagnostic(d)}\n`);
  if (pipeline.errors > 0) {
    err(`\nNot exported: ${plural(pipeline.errors, 'error')} in the definitions. Fix them first (vigil validate).\n`);
    return 1;
  }
  const slos = pipeline.definitions.filter((d): d is SloDefinition => d.kind === 'slo');
  const result = exportOpenSlo(slos);
  printProblems(result.problems, err);
  const yaml = toYaml(result.documents);
  if (outFile) {
    await writeFile(outFile, yaml);
    err(`Wrote ${plural(result.documents.length, 'OpenSLO document')} to ${outFile}.\n`);
  } else out(yaml);
  return 0;
}

/** Key order of a written SLO: identity and ownership, then what it counts, its objectives, and its alerts. */
const KEY_ORDER = ['id', 'name', 'type', 'description', 'team', 'service', 'env', 'runbook', 'tags', 'good', 'bad', 'total',
  'formulas', 'monitors', 'groups', 'timeSlice', 'thresholds', 'timeframe', 'alerts'];

/** The definition as a user would write it in YAML: no loader-set `kind` or `source`, fields in reading order. */
function plain(slo: SloDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if ((slo as unknown as Record<string, unknown>)[key] !== undefined) out[key] = (slo as unknown as Record<string, unknown>)[key];
  return out;
}

function printProblems(problems: readonly OpenSloProblem[], err: (s: string) => void): void {
  for (const p of problems) err(`${formatProblem(p)}\n`);
}
