import { compile, type CompiledState } from '../compile/index.ts';
import type { Definition } from '../ir/definition.ts';
import { sortDiagnostics, type Diagnostic } from '../ir/diagnostic.ts';
import { loadDefinitions, type SkippedFile } from '../load/index.ts';
import { check } from './check.ts';

export interface PipelineResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  files: number;
  failedFiles: string[];
  /** Files in the definitions directory that were not loaded, each with why (a `.js` file, a backup…). */
  skippedFiles: SkippedFile[];
  /** How many of `definitions` were derived (SLO burn-rate and budget alerts) rather than written in a file. */
  derived: number;
  /** Present only when there are no errors. */
  compiled?: CompiledState;
}

export interface PipelineOptions {
  projectDir: string;
  dir?: string;
  compile?: boolean;
}

/**
 * load → validate → lint (→ compile): the part of the pipeline every command shares. It reads the definition files
 * and nothing else; what it returns is plain data.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const loaded = await loadDefinitions({ projectDir: options.projectDir, ...(options.dir ? { dir: options.dir } : {}) });
  const validation = check(loaded.definitions);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...validation.diagnostics]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const result: PipelineResult = {
    // SLO alert monitors are definitions too, derived from their SLO's declaration (and located at it).
    definitions: [...loaded.definitions, ...validation.derived],
    diagnostics,
    errors,
    warnings: diagnostics.length - errors,
    files: loaded.files,
    failedFiles: loaded.failedFiles,
    skippedFiles: loaded.skippedFiles,
    derived: validation.derived.length,
  };
  if (options.compile && errors === 0) result.compiled = compile(validation.valid);
  return result;
}
