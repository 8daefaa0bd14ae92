import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatAnnotation } from '../../github/annotations.ts';
import { findingsMarkdown, leftOutSentence, splitForAnnotations } from '../../github/findings.ts';
import { formatDiagnostic, type Diagnostic } from '../../ir/diagnostic.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runPipeline } from '../../pipeline/index.ts';
import { plural } from '../plural.ts';

const help = `Usage: vigil validate [options]

Checks every definition under monitors/ (TypeScript and YAML): JSON Schema, semantic rules and the query
parser, without calling any API. Prints each problem as
  <file>:<line>:<col> <error|warning> <code> <logical-id>: <message>
Exit code 0 when there are no errors, 1 otherwise.

Options:
  --typecheck     also type-check the TypeScript files with the TypeScript compiler (slower)
  --format FMT    text (default), or github: each problem as a GitHub Actions annotation
                  (::error file=…,line=…,col=…::…), with paths relative to GITHUB_WORKSPACE when it is set.
                  GitHub shows at most 10 error and 10 warning annotations per step: the rest are printed
                  as plain lines, with a notice saying how many
  --findings FILE with --format github: also write every problem as a markdown section for the pull-request
                  comment, saying how many GitHub does not show as annotations ("vigil plan --findings FILE")
${COMMON_HELP}
`;

export const command: Command = async (argv) => {
  let flags;
  try {
    flags = parseFlags(argv, { ...COMMON_FLAGS, typecheck: { type: 'boolean' }, format: { type: 'string' }, findings: { type: 'string' } }).values;
    if (flags.format !== undefined && flags.format !== 'text' && flags.format !== 'github') {
      throw new UsageError(`--format must be "text" or "github" (got "${flags.format}")`);
    }
    if (flags.findings !== undefined && flags.format !== 'github') {
      throw new UsageError('--findings writes the findings of a GitHub run: use it with --format github');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`vigil validate: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (flags.help) {
    process.stdout.write(help);
    return 0;
  }
  const projectDir = resolve(flags.project ?? '.');
  const result = await runPipeline({ projectDir, ...(flags.dir ? { dir: flags.dir } : {}) });
  const diagnostics = [...result.diagnostics];
  if (flags.typecheck) {
    const { typecheck } = await import('../../validate/typecheck.ts');
    diagnostics.push(...(await typecheck(projectDir, flags.dir ?? 'monitors')));
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  if (flags.format === 'github') {
    // Annotations for what GitHub shows; the rest as plain lines, which stay in the log (dropped commands do not).
    const { annotated, leftOut } = splitForAnnotations(diagnostics);
    const keep = new Set(annotated);
    for (const d of diagnostics) {
      process.stdout.write(`${keep.has(d) ? formatAnnotation(d, { projectDir, ...(workspace ? { workspace } : {}) }) : formatDiagnostic(d)}\n`);
    }
    if (leftOut.length) process.stdout.write(`::notice title=vigil::${leftOutSentence(leftOut.length, diagnostics.length, 'They are listed in this log, and in the plan comment.')}\n`);
    if (flags.findings !== undefined) await writeFile(flags.findings, findingsMarkdown(diagnostics));
  } else {
    for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  // Count what the user wrote; the alerts vigil derives from SLOs are mentioned apart.
  const written = result.definitions.length - result.derived;
  const derived = result.derived ? ` (and ${plural(result.derived, 'alert')} derived from SLOs)` : '';
  const scope = `${plural(written, 'definition')} in ${plural(result.files, 'file')}${derived}`;
  if (errors > 0) {
    process.stdout.write(`\n${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${scope}.\n`);
    return 1;
  }
  process.stdout.write(`${warnings ? '\n' : ''}Valid: ${scope}${warnings ? `, ${plural(warnings, 'warning')}` : ''}.\n`);
  return 0;
};
