// src/validate/typecheck.ts
import { resolve } from "node:path";

// src/load/find-files.ts
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "dist", "coverage"]);
async function findDefinitionFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const typescript = [];
  const yaml = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const parts = relative(dir, full).split(sep);
    if (parts.some((p) => p.startsWith(".") || SKIP_DIRS.has(p))) continue;
    if (entry.name.endsWith(".d.ts") || /\.(test|spec)\.ts$/.test(entry.name)) continue;
    if (entry.name.endsWith(".ts")) typescript.push(full);
    else if (entry.name.endsWith(".yaml") || entry.name.endsWith(".yml")) yaml.push(full);
  }
  typescript.sort();
  yaml.sort();
  return { typescript, yaml };
}

// src/load/source-maps.ts
function relativeToProject(file, projectDir) {
  const prefix = projectDir.endsWith("/") ? projectDir : `${projectDir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

// src/validate/typecheck.ts
async function typecheck(projectDir, dir) {
  const { Project, ts } = await import("ts-morph");
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
      types: []
    }
  });
  project.addSourceFilesAtPaths(files);
  const out = [];
  for (const d of project.getPreEmitDiagnostics()) {
    const sf = d.getSourceFile();
    const path = sf?.getFilePath();
    if (!path || !files.includes(path)) continue;
    const start = d.getStart() ?? 0;
    const { line, column } = sf.getLineAndColumnAtPos(start);
    const text = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ");
    out.push({
      severity: d.getCategory() === ts.DiagnosticCategory.Error ? "error" : "warning",
      code: "typecheck",
      id: "-",
      message: `TS${d.getCode()}: ${text}`,
      location: { file: relativeToProject(path, projectDir), line, col: column }
    });
  }
  return out;
}

// ../../tmp/imp/p5.ts
var t = Date.now();
console.log(await typecheck("/work/main/.tmp-tc", "monitors"), Date.now() - t);
