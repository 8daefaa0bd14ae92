import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { loadDefinitions } from '../../src/load/index.ts';
import { Mappings } from '../../src/load/mappings.ts';
import { findDefinitionFiles } from '../../src/load/find-files.ts';
import { root } from '../support/cases.ts';


const monitor = (id: string, extra = '') =>
  `metricAlert({ id: '${id}', name: '${id}', message: 'm', query: 'avg(last_5m):avg:a{*} > 1'${extra} })`;

describe('TypeScript modules', () => {
  it('resolves imports the way TypeScript projects write them: .js names, no extension, index files, JSON', async () => {
    const dir = tempProject({
      'monitors/lib/names.ts': "export const prefix: string = 'lib';\n",
      'monitors/lib/index.ts': "export { prefix } from './names.js';\n",
      'monitors/lib/tags.json': '{ "tags": ["team:web"] }\n',
      'monitors/lib/plain.mjs': "export const suffix = 'plain';\n",
      'monitors/main.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { prefix } from './lib';",
        "import { prefix as again } from './lib/index.js';",
        "import config from './lib/tags.json';",
        "import { suffix } from './lib/plain.mjs';",
        `export const m = ${monitor("${prefix}-${again}-${suffix}", ', tags: config.tags').replace("'${prefix}-${again}-${suffix}'", '`${prefix}-${again}-${suffix}`')};`,
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    const main = result.definitions.find((d) => d.id === 'lib-lib-plain');
    expect(main).toMatchObject({ tags: ['team:web'], source: { file: 'monitors/main.ts', line: 6, col: 18 } });
  });

  it('resolves packages from the project, and loads CommonJS helpers as Node does', async () => {
    const dir = tempProject({
      'node_modules/team-kit/package.json': JSON.stringify({ name: 'team-kit', type: 'module', exports: { import: './index.js' } }),
      'node_modules/team-kit/index.js': "export const owner = 'payments';\n",
      'monitors/helpers/legacy.cjs': "module.exports = { env: 'prod' };\n",
      'monitors/helpers/common.js': "exports.severity = 'sev3';\n",
      'monitors/a.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { owner } from 'team-kit';",
        "import legacy from './helpers/legacy.cjs';",
        "import { severity } from './helpers/common.js';",
        `export const a = ${monitor('a', ', team: owner, env: legacy.env, severity: severity as never')};`,
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions[0]).toMatchObject({ id: 'a', team: 'payments', env: 'prod', severity: 'sev3' });
    // The runnable copies went into the project's node_modules/.cache and are gone afterwards.
    expect(readdirSync(join(dir, 'node_modules', '.cache', 'vigil'))).toEqual([]);
  });

  it('locates definitions when the project is reached through a symlink (Node runs modules under their real path)', async () => {
    const real = tempProject({
      'node_modules/team-kit/package.json': JSON.stringify({ name: 'team-kit', type: 'module', exports: './index.js' }),
      'node_modules/team-kit/index.js': "export const owner = 'web';\n",
      'monitors/a.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nimport { owner } from 'team-kit';\n\nexport const a = ${monitor('a', ', team: owner')};\n`,
    });
    const link = `${real}-link`;
    symlinkSync(real, link);
    const result = await loadDefinitions({ projectDir: link });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions[0]).toMatchObject({ team: 'web', source: { file: 'monitors/a.ts', line: 4, col: 18 } });
  });

  it('follows dynamic imports, and locates definitions written after a rewritten import on the same line', async () => {
    const dir = tempProject({
      'monitors/lib/kit.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const make = (id: string) => ${monitor('x').replace("id: 'x', name: 'x'", 'id, name: id')};\n`,
      'monitors/b.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        `const { make } = await import('./lib/kit.ts'); export const b = ${monitor('b')};`,
        "export const c = make('c');",
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([
      ['b', { file: 'monitors/b.ts', line: 2, col: 65 }],
      ['c', { file: 'monitors/b.ts', line: 3, col: 18 }],
    ]);
  });

  it('reports an import of a missing file at its line, and fails only the files that need it', async () => {
    const dir = tempProject({
      'monitors/a.ts': `import { metricAlert } from '@vigil-monitors/vigil';\n\nimport { kit } from './missing-kit';\nexport const a = ${monitor('a')};\nexport const k = kit;\n`,
      'monitors/b.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const b = ${monitor('b')};\n`,
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.definitions.map((d) => d.id)).toEqual(['b']);
    expect(result.failedFiles).toEqual(['monitors/a.ts']);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      code: 'load-syntax', location: { file: 'monitors/a.ts', line: 3, col: 21 },
      message: 'cannot compile this file: cannot find the module "./missing-kit"',
    })]);
  });

  it('follows tsconfig paths (through extends) and baseUrl, package.json imports, and the package\'s own name', async () => {
    const dir = tempProject({
      // tsconfig.json is JSONC: comments and trailing commas are allowed.
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@kits/*": ["./monitors/kits/*"], }, }, // shared\n}\n',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json" }\n',
      'package.json': JSON.stringify({
        name: 'org-monitors', type: 'module',
        imports: { '#owners': './lib/owners.ts', '#env/*': './lib/env/*.ts', '#team-kit': 'team-kit' },
        exports: { './severities': './lib/severities.js' },
      }),
      'node_modules/team-kit/package.json': JSON.stringify({ name: 'team-kit', type: 'module', exports: './index.js' }),
      'node_modules/team-kit/index.js': "export const service = 'checkout';\n",
      'lib/owners.ts': "export const owner: string = 'payments';\n",
      'lib/env/prod.ts': "export const env = 'prod' as const;\n",
      'lib/severities.ts': "export const severity = 'sev2' as const;\n",
      'monitors/kits/errors.ts': "import { metricAlert } from '@vigil-monitors/vigil';\nimport { owner } from '#owners';\nexport const errors = (id: string) => metricAlert({ id, name: id, team: owner, message: 'm', query: 'avg(last_5m):avg:a{*} > 1' });\n",
      'monitors/web.ts': [
        "import { errors } from '@kits/errors.js';",
        "import { env } from '#env/prod';",
        "import { service } from '#team-kit';", // an "imports" entry naming a package
        "import { severity } from 'org-monitors/severities';", // the package by its own name, through "exports"
        'export const web = { ...errors(`web`), env, service, severity };',
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.find((d) => d.id === 'web')).toMatchObject({ team: 'payments', env: 'prod', service: 'checkout', severity: 'sev2' });

    // baseUrl alone makes non-relative names project files first, packages after.
    const based = tempProject({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": "." } }',
      'shared/names.ts': "export const name = 'based';\n",
      'monitors/a.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nimport { name } from 'shared/names';\nexport const a = ${monitor('${name}').replace("'${name}'", '`${name}`')};\n`,
    });
    const loaded = await loadDefinitions({ projectDir: based });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.definitions.map((d) => d.id)).toEqual(['based']);
  });

  it('reports a #import the package does not map, at its line', async () => {
    const dir = tempProject({
      'package.json': JSON.stringify({ name: 'org-monitors', imports: { '#owners': './lib/owners.ts', '#gone': './lib/gone.ts' } }),
      'monitors/a.ts': "import { metricAlert } from '@vigil-monitors/vigil';\nimport { owner } from '#ownr';\nexport const a = owner;\n",
      'monitors/b.ts': "import { gone } from '#gone';\nexport const b = gone;\n",
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.failedFiles).toEqual(['monitors/a.ts', 'monitors/b.ts']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'load-syntax', location: { file: 'monitors/a.ts', line: 2, col: 23 },
        message: 'cannot compile this file: cannot find the module "#ownr": the "imports" field of package.json does not map it',
        hint: 'map it in your package.json, or import the file by its path',
      }),
      expect.objectContaining({
        location: { file: 'monitors/b.ts', line: 1, col: 22 },
        message: 'cannot compile this file: cannot find the module "#gone": "imports" maps it to lib/gone.ts, which does not exist',
      }),
    ]);
  });

  it("names the user's files, not vigil's copies, in errors raised while linking", async () => {
    const dir = tempProject({
      'monitors/lib/kit.ts': 'export const one = 1;\n',
      'monitors/a.ts': "import { two } from './lib/kit.ts';\nexport const a = two;\n",
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.failedFiles).toEqual(['monitors/a.ts']);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'load-throw' });
    expect(d!.message).toContain("monitors/lib/kit.ts' does not provide an export named 'two'");
    expect(d!.message).not.toMatch(/\.mjs|vigil-load|\.cache/);
  });

  it('works out a location when it is first read, at the first frame in a definition file', async () => {
    const dir = tempProject({
      'monitors/kit.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        '/** A kit: the monitor is located where a definition file calls the kit. */',
        'export function errors(service: string) {',
        `  return ${monitor('${service}-errors').replace("'${service}-errors'", '`${service}-errors`')};`,
        '}',
      ].join('\n'),
      'monitors/web.ts': "import { errors } from './kit.ts';\n\nexport const web = errors('web');\n",
      'monitors/api.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const api = Object.freeze(${monitor('api')});\nexport const spare = ${monitor('spare')};\n`,
    });
    const { definitions, diagnostics } = await loadDefinitions({ projectDir: dir });
    expect(diagnostics).toEqual([]);
    const [api, web] = ['api', 'web-errors'].map((id) => definitions.find((d) => d.id === id)!);
    // Read after the runnable copies are gone: V8 keeps what it needs to place the frames.
    expect(JSON.parse(JSON.stringify(web))).toMatchObject({ source: { file: 'monitors/web.ts', line: 3, col: 20 } });
    expect(Object.getOwnPropertyDescriptor(web, 'source')).toMatchObject({ writable: true, enumerable: true });
    // A frozen definition is located too (on a copy).
    expect(({ ...api } as { source?: unknown }).source).toEqual({ file: 'monitors/api.ts', line: 2, col: 34 });
    // Setting a location (SLO alerts take their SLO's) replaces the one not yet worked out.
    const other = definitions.find((d) => d.id === 'spare')!;
    other.source = { file: 'x.ts', line: 9, col: 9 };
    expect(other.source).toEqual({ file: 'x.ts', line: 9, col: 9 });
  });

  it("locates a definition a package's helper built at the user's call of the helper", async () => {
    const dir = tempProject({
      // Three frames of the package between the builder and the user's file.
      'node_modules/team-kit/package.json': JSON.stringify({ name: 'team-kit', type: 'module', exports: './index.js' }),
      'node_modules/team-kit/index.js': [
        'const inner = (build, id) => build({ id, name: id, message: "m", query: "avg(last_5m):avg:a{*} > 1" });',
        'const middle = (build, id) => inner(build, id);',
        'export const errors = (build, id) => middle(build, id);',
      ].join('\n'),
      'monitors/web.ts': "import { metricAlert } from '@vigil-monitors/vigil';\nimport { errors } from 'team-kit';\n\nexport const web = errors(metricAlert, 'web');\n",
    });
    const { definitions, diagnostics } = await loadDefinitions({ projectDir: dir });
    expect(diagnostics).toEqual([]);
    expect(definitions[0]!.source).toEqual({ file: 'monitors/web.ts', line: 4, col: 20 });
  });

  it("gives import.meta of the user's file, so files beside it are found", async () => {
    const dir = tempProject({
      'monitors/web/limits.json': '{ "errors": 5 }\n',
      'monitors/web/web.ts': [
        "import { readFileSync } from 'node:fs';",
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "const limits = JSON.parse(readFileSync(new URL('./limits.json', import.meta.url), 'utf8'));",
        // Located after an import.meta on its line: the rewrite's change in length is undone.
        `const where = import.meta.filename; export const web = ${monitor('web', ", tags: [`dir:${import.meta.dirname.endsWith('web')}`, `file:${where.endsWith('web.ts')}`]")};`,
        'export const limit = limits.errors;',
        `export const beside = ${monitor('beside', ", tags: [import.meta.resolve('./limits.json')]")};`,
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    // The file reads limits.json itself; vigil does not load it and says so, as for any file it does not load.
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'load-skipped', location: { file: 'monitors/web/limits.json', line: 1, col: 1 } })]);
    expect(result.definitions.find((d) => d.id === 'web')).toMatchObject({
      id: 'web', tags: ['dir:true', 'file:true'], source: { file: 'monitors/web/web.ts', line: 4, col: 56 },
    });
    // import.meta.resolve places a relative name beside the user's file too.
    expect(result.definitions.find((d) => d.id === 'beside')).toMatchObject({ tags: [pathToFileURL(join(dir, 'monitors/web/limits.json')).href] });
  });

  it('loads fresh modules every time, so an edited file is read again', async () => {
    const dir = tempProject({ 'monitors/a.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const a = ${monitor('first')};\n` });
    expect((await loadDefinitions({ projectDir: dir })).definitions.map((d) => d.id)).toEqual(['first']);
    writeFileSync(join(dir, 'monitors/a.ts'), `import { metricAlert } from '@vigil-monitors/vigil';\nexport const a = ${monitor('second')};\n`);
    const [again] = (await loadDefinitions({ projectDir: dir })).definitions;
    expect(again!.id).toEqual('second');
    // An unchanged file, too, is a new module: a definition of one load is never an object of another.
    expect((await loadDefinitions({ projectDir: dir })).definitions[0]).not.toBe(again);
  });

  it('runs every file as a module of its own, even when two files hold the same code', async () => {
    const same = `import { metricAlert } from '@vigil-monitors/vigil';\nexport const a = ${monitor('twin')};\n`;
    const dir = tempProject({
      'monitors/a.ts': same, 'monitors/b.ts': same,
      'monitors/c.ts': "const spec = './gone' + '.ts';\nexport const c = await import(spec);\n",
    });
    const result = await loadDefinitions({ projectDir: dir });
    // Two modules, two definitions: the duplicate id is there for validation to report, at both files.
    expect(result.definitions.map((d) => [d.id, d.source?.file])).toEqual([['twin', 'monitors/a.ts'], ['twin', 'monitors/b.ts']]);
    // An error Node raises for a module names the user's files, never the copies, and is placed at the user's line:
    // a name the code builds is looked for beside the file, where the user would look.
    expect(result.diagnostics).toEqual([expect.objectContaining({
      code: 'load-throw', location: { file: 'monitors/c.ts', line: 2, col: 18 },
      message: "this file threw while loading: Error: Cannot find module 'monitors/gone.ts' imported from monitors/c.ts",
    })]);
    expect(result.diagnostics[0]!.message).not.toMatch(/\.mjs|vigil-load/);
  });
});

describe('source-map mappings', () => {
  it("find the same original positions as Node's SourceMap for every segment of the example organisation", async () => {
    const files = (await findDefinitionFiles(join(root, 'monitors'))).typescript;
    let checked = 0;
    for (const file of files) {
      const out = transformSync(file, readFileSync(file, 'utf8'), { lang: 'ts', sourcemap: true, target: 'node20' });
      const node = new SourceMap(out.map as never);
      const lines = out.code.split('\n');
      // Lines in order, then from the last back (the map is read only as far as asked, then looked up again).
      const order = [...lines.keys(), ...[...lines.keys()].reverse()];
      const ours = new Mappings(out.map!.mappings);
      for (const line of order) {
        for (let col = 0; col < lines[line]!.length; col += 3) {
          const expected = node.findEntry(line, col) as { originalLine?: number; originalColumn?: number };
          const found = ours.find(line, col);
          expect(found && [found.line, found.col], `${file} ${line}:${col}`)
            .toEqual(expected.originalLine === undefined ? undefined : [expected.originalLine, expected.originalColumn]);
          checked++;
        }
      }
      // A line past the end, and a map read from its last line first.
      expect(ours.find(lines.length + 1, 0)).toBeUndefined();
      const fromEnd = new Mappings(out.map!.mappings);
      const last = lines.length - 1;
      expect(fromEnd.find(last, 0)).toEqual(ours.find(last, 0));
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
