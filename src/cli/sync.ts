// What `plan` and `apply` share: definitions → compiled desired state, providers → owned remote state, → plan.
import { formatDiagnostic, type Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { plan as makePlan } from '../plan/plan.ts';
import type { RemoteState } from '../plan/remote.ts';
import type { Plan } from '../plan/types.ts';
import { createDatadogClient, type DatadogClient } from '../providers/datadog/client.ts';
import { readOwnedMonitors } from '../providers/datadog/monitors.ts';
import { plural, runPipeline, type PipelineResult } from './pipeline.ts';

export interface Prepared {
  pipeline: PipelineResult;
  dd: DatadogClient;
  plan: Plan;
}

/** Reads every object vigil owns, in pages. */
export async function readRemote(dd: DatadogClient): Promise<RemoteState> {
  return { monitors: await readOwnedMonitors(dd), slos: [] };
}

/**
 * Loads, validates and compiles, then reads remote state and plans. Returns undefined (after printing the problems)
 * when the definitions have errors: vigil never plans from a broken or partial set of definitions.
 */
export async function preparePlan(projectDir: string, dir: string | undefined, err: (s: string) => void): Promise<Prepared | undefined> {
  const pipeline = await runPipeline({ projectDir, ...(dir ? { dir } : {}), compile: true });
  printDiagnostics(pipeline.diagnostics, err);
  if (!pipeline.compiled) {
    err(`\nNo plan: ${plural(pipeline.errors, 'error')} in the definitions. Fix them first (vigil validate).\n`);
    return undefined;
  }
  const dd = createDatadogClient();
  const remote = await readRemote(dd);
  const withholdDeletes = pipeline.definitions.length === 0
    ? 'no definitions were loaded, so vigil will not plan to delete everything it owns'
    : pipeline.failedFiles.length > 0 ? `${plural(pipeline.failedFiles.length, 'definition file')} failed to load` : undefined;
  const sources = new Map<string, SourceLocation>();
  for (const d of pipeline.definitions) if (d.source) sources.set(d.id, d.source);
  const plan = makePlan(pipeline.compiled, remote, { ...(withholdDeletes ? { withholdDeletes } : {}), sources });
  return { pipeline, dd, plan };
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], err: (s: string) => void): void {
  for (const d of diagnostics) err(`${formatDiagnostic(d)}\n`);
}

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
