import { resolve } from 'node:path';
import { findDefinitionFiles } from './find-files.ts';
import { loadTypeScript } from './load-typescript.ts';
import { startYamlLoad } from './load-yaml-files.ts';
import { relativeToProject } from './source-maps.ts';
import type { LoadResult } from './result.ts';

export type { LoadResult, SkippedFile } from './result.ts';
export { fieldLocation } from './field-locations.ts';

export interface LoadOptions {
  /** Project root; locations are printed relative to it. */
  projectDir: string;
  /** Definitions directory, relative to the project root. Default `monitors`. */
  dir?: string;
}

/** Loads every definition file under the definitions directory. Never throws for user mistakes. */
export async function loadDefinitions(options: LoadOptions): Promise<LoadResult> {
  const projectDir = resolve(options.projectDir);
  const dir = resolve(projectDir, options.dir ?? 'monitors');
  const result: LoadResult = { definitions: [], diagnostics: [], files: 0, failedFiles: [], skippedFiles: [] };
  let files;
  try {
    files = await findDefinitionFiles(dir);
  } catch (err) {
    result.diagnostics.push({
      severity: 'error', code: 'load-dir', id: '-',
      message: `cannot read the definitions directory "${options.dir ?? 'monitors'}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      hint: 'run vigil from the project root, or pass --dir', location: { file: options.dir ?? 'monitors', line: 1, col: 1 },
    });
    result.failedFiles.push(options.dir ?? 'monitors');
    return result;
  }
  result.files = files.typescript.length + files.yaml.length;
  // YAML is read in a worker while this thread runs the TypeScript files; then this thread helps with what is left.
  const yaml = startYamlLoad(files.yaml, projectDir);
  const ts = await loadTypeScript(files.typescript, projectDir);
  const yamls = await yaml.finish();
  // A `.js` or `.json` file a TypeScript file imports is used, not skipped.
  for (const skipped of files.skipped) {
    if (ts.imported.has(skipped.file)) continue;
    const file = relativeToProject(skipped.file, projectDir);
    result.skippedFiles.push({ file, reason: skipped.reason });
    result.diagnostics.push({
      severity: 'warning', code: 'load-skipped', id: '-', message: `"${file}" ${skipped.reason}`, hint: skipped.hint,
      location: { file, line: 1, col: 1 },
    });
  }
  result.definitions.push(...ts.definitions);
  result.diagnostics.push(...ts.diagnostics);
  result.failedFiles.push(...ts.failedFiles);
  files.yaml.forEach((f, i) => {
    const y = yamls[i]!;
    result.definitions.push(...y.definitions);
    result.diagnostics.push(...y.diagnostics);
    if (y.failed) result.failedFiles.push(relativeToProject(f, projectDir));
  });
  return result;
}
