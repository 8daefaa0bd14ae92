import { dirname, resolve } from 'node:path';
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
      ...projectAliases(ts, projectDir),
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


/**
 * `paths` and `baseUrl` from the project's tsconfig.json (`extends` followed), as the loader honours them: without
 * them every aliased import would be a type error here. The rest of the project's options are not taken, so the check
 * is the same strict one everywhere.
 */
function projectAliases(ts: typeof import('ts-morph').ts, projectDir: string): Record<string, unknown> {
  const configPath = ts.findConfigFile(projectDir, ts.sys.fileExists);
  if (!configPath) return {};
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) return {};
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  // pathsBasePath is where relative `paths` targets start when there is no baseUrl; TypeScript sets it while parsing.
  const { paths, baseUrl, pathsBasePath } = options as { paths?: unknown; baseUrl?: string; pathsBasePath?: string };
  return { ...(paths ? { paths } : {}), ...(baseUrl ? { baseUrl } : {}), ...(pathsBasePath ? { pathsBasePath } : {}) };
}
