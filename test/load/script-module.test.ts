import { relative } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { transformSync } from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { loadDefinitions } from '../../src/load/index.ts';
import { findDefinitionFiles } from '../../src/load/find-files.ts';
import { buildModuleGraph, markInline, placeCopies } from '../../src/load/module-graph.ts';
import { compileScript, runScript, scriptForm, type StaticImport } from '../../src/load/script-module.ts';

/** The form of a TypeScript text as the loader sees it: transformed by oxc, lexed, every import a URL. */
async function formOf(ts: string, transform = true) {
  await init;
  const code = transform ? transformSync('/p/m.ts', ts, { lang: 'ts', sourceType: 'module' }).code : ts;
  const [imports, exports] = parse(code);
  const statics: StaticImport[] = imports.filter((i) => i.t === 1)
    .map((i) => ({ start: i.ss, end: i.se, specifier: i.n!, url: `node:${i.n}`, attributes: i.a > -1 }));
  return { code, form: scriptForm(code, statics, exports) };
}

const monitor = (id: string) => `metricAlert({ id: '${id}', name: '${id}', message: 'm', query: 'avg(last_5m):avg:a{*} > 1' })`;

describe('running a module as a function', () => {
  it('blanks import and export syntax in place, so every other character keeps its line and column', async () => {
    const { code, form } = await formOf([
      "import def, { join as j, sep } from 'path';",
      "import * as os from 'os';",
      "import 'util';",
      'const local = 1;',
      'export const a = j(\'x\', \'y\'), b = sep;',
      'export let c = typeof def;',
      'export function f() { return os.EOL; }',
      'export class K {}',
      'export { local as renamed, local };',
      'export default [a, b];',
    ].join('\n'));
    expect(form).toBeDefined();
    const body = form!.body.slice(form!.prefix);
    expect(body.length).toBeGreaterThan(code.length);
    const kept = code.split('\n');
    const shown = body.split('\n');
    kept.forEach((line, i) => {
      // Each line is the same or a blanked copy of the same length, except `export default`, which assigns instead.
      if (line.startsWith('export default')) expect(shown[i]).toMatch(/^\$vigil\$dflt = +\[a, b\];$/);
      else expect(shown[i]!.length, line).toBe(line.length);
      for (let c = 0; c < line.length; c++) if (shown[i]![c] !== ' ' && shown[i]![c] !== line[c] && !line.startsWith('export default')) throw new Error(`moved at ${i}:${c}`);
    });
    expect(shown[0]!.trim()).toBe(';');
    expect(form!.imports.map((i) => i.bindings)).toEqual([
      [{ imported: 'default', local: 'def' }, { imported: 'join', local: 'j' }, { imported: 'sep', local: 'sep' }],
      [{ imported: '*', local: 'os' }],
      [],
    ]);
    expect(form!.exportNames).toEqual(['a', 'b', 'c', 'f', 'K', 'renamed', 'local', 'default']);

    const fn = compileScript(form!, 'file:///p/m.ts?vigil=1.1')!;
    const exports = await runScript(fn, form!, (s) => s.url!);
    const path = await import('node:path');
    expect(exports.a).toBe(path.join('x', 'y'));
    expect(exports.b).toBe(path.sep);
    expect(exports.c).toBe('object');
    expect((exports.f as () => string)()).toBe((await import('node:os')).EOL);
    expect(exports.renamed).toBe(1);
    expect(exports.default).toEqual([exports.a, exports.b]);
    expect(Object.getPrototypeOf(exports)).toBeNull();
  });

  it('leaves to Node what a function would run differently', async () => {
    const modules = [
      'export const a = await Promise.resolve(1);', // top-level await
      'export const n = arguments.length;', // `arguments` is the function's, not the module's
      'export default function named() {}', // a hoisted, named declaration
      'export default class {}',
      "export { join } from 'path';", // re-exports
      "export * from 'path';",
      "import { 'a-b' as ab } from 'x';\nexport const y = ab;", // string import names
    ];
    for (const ts of modules) expect((await formOf(ts)).form, ts).toBeUndefined();
    const withAttributes = await formOf("import data from './d.json' with { type: 'json' };\nexport const d = data;");
    expect(withAttributes.form).toBeUndefined();
  });

  it('runs strict code, binds imports before the first statement, and reports a missing export as Node does', async () => {
    const hoisted = await formOf("export const early = sep;\nimport { sep } from 'path';\nexport const self = typeof this;");
    const exports = await runScript(compileScript(hoisted.form!, 'x')!, hoisted.form!, (s) => s.url!);
    expect(exports).toEqual(Object.assign(Object.create(null), { early: (await import('node:path')).sep, self: 'undefined' }));

    const sloppy = await formOf('export const a = 1;\nundeclared = 2;');
    await expect(runScript(compileScript(sloppy.form!, 'x')!, sloppy.form!, (s) => s.url!)).rejects.toThrow(/undeclared is not defined/);

    // Imports are constants, as in a module: assigning one fails, declaring one again does not compile.
    const assigns = await formOf("import { sep } from 'path';\nexport const a = 1;\nsep = '/';");
    await expect(runScript(compileScript(assigns.form!, 'x')!, assigns.form!, (s) => s.url!)).rejects.toThrow(/constant/);
    // (JavaScript: oxc drops a TypeScript import that a declaration shadows, as tsc does.)
    const redeclares = await formOf("import { sep } from 'path';\nvar sep = 1;\nexport const a = sep;", false);
    expect(compileScript(redeclares.form!, 'x')).toBeUndefined();

    const missing = await formOf("import { nothing } from 'path';\nexport const a = nothing;");
    await expect(runScript(compileScript(missing.form!, 'x')!, missing.form!, (s) => s.url!))
      .rejects.toThrow("The requested module 'node:path' does not provide an export named 'nothing'");
  });

  it('runs the files nothing imports as functions, and the rest as modules; both give the same definitions', async () => {
    const dir = tempProject({
      'monitors/kit.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport function kit(id: string) {\n  return ${monitor('${id}').replace("'${id}'", 'id')};\n}\n`,
      'monitors/plain.ts': `import { kit } from './kit.ts';\nimport { metricAlert } from '@vigil-monitors/vigil';\nexport const a = kit('from-kit');\nexport default [${monitor('default')}];\n`,
      'monitors/waits.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const w = await Promise.resolve(${monitor('awaited')});\n`,
      'monitors/meta.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const m = ${monitor('meta')};\nexport const here = import.meta.url;\n`,
    });
    const files = await findDefinitionFiles(`${dir}/monitors`);
    const graph = await buildModuleGraph(files.typescript, { projectDir: dir, vigilUrl: 'file:///vigil.js' });
    markInline(graph);
    placeCopies(graph, undefined);
    expect([...graph.values()].map((m) => [relative(dir, m.file), m.script !== undefined])).toEqual([
      ['monitors/kit.ts', false], ['monitors/meta.ts', false], ['monitors/plain.ts', true], ['monitors/waits.ts', false],
    ]);

    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([
      ['meta', { file: 'monitors/meta.ts', line: 2, col: 18 }],
      ['from-kit', { file: 'monitors/plain.ts', line: 3, col: 18 }],
      ['default', { file: 'monitors/plain.ts', line: 4, col: 17 }],
      ['awaited', { file: 'monitors/waits.ts', line: 2, col: 40 }],
    ]);
  });

  it("places an error thrown by a file run as a function at the user's line, and names the user's file", async () => {
    const dir = tempProject({
      'monitors/a.ts': "import { metricAlert } from '@vigil-monitors/vigil';\n\nconst limits: Record<string, number> = {};\nexport const a = limits.errors.toFixed(2);\n",
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.failedFiles).toEqual(['monitors/a.ts']);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      code: 'load-throw', location: { file: 'monitors/a.ts', line: 4, col: 32 },
      message: expect.stringMatching(/^this file threw while loading: TypeError: Cannot read properties of undefined/),
    })]);
  });
});
