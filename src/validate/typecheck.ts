import { resolve } from 'node:path';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { findDefinitionFiles } from '../load/find-files.ts';
import { relativeToProject } from '../load/source-maps.ts';

/**
 * `vigil validate --typecheck`: runs the TypeScript compiler (through ts-morph) over the definition files and
 * reports type errors as diagnostics. Loaded only with the flag: the compiler is too heavy for the hot path.
 */
export async function typecheck(projectDir: string, dir: string): Promise<Diagnostic[]> {
  const { Project, ts } = await import('ts-morph');
  const files = (await findDefinitionFiles(resolve(projectDir, dir))).typescript;
  if (files.length === 0) return [];
  const project = new Project({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      types: [],
    },
  });
  project.addSourceFilesAtPaths(files);
  const out: Diagnostic[] = [];
  for (const d of project.getPreEmitDiagnostics()) {
    const sf = d.getSourceFile();
    const path = sf?.getFilePath();
    if (!path || !files.includes(path)) continue; // only the user's own files
    const start = d.getStart() ?? 0;
    const { line, column } = sf!.getLineAndColumnAtPos(start);
    const text = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' ');
    out.push({
      severity: d.getCategory() === ts.DiagnosticCategory.Error ? 'error' : 'warning',
      code: 'typecheck',
      id: '-',
      message: `TS${d.getCode()}: ${text}`,
      location: { file: relativeToProject(path, projectDir), line, col: column },
    });
  }
  return out;
}

