import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { loadDefinitions } from '../../src/load/index.ts';
import { findDefinitionFiles } from '../../src/load/find-files.ts';
import { buildModuleGraph } from '../../src/load/module-graph.ts';
import { VIGIL_URL } from '../../src/load/vigil-package.ts';

const monitor = (id: string) => `metricAlert({ id: ${id}, name: 'n', message: 'm', query: 'avg(last_5m):avg:a{*} > 1' })`;

/** Which files of a project run from their own text, as the loader decides it. */
async function ownFiles(dir: string): Promise<Record<string, boolean>> {
  const files = await findDefinitionFiles(`${dir}/monitors`);
  const graph = await buildModuleGraph(files.typescript, { projectDir: dir, vigilUrl: VIGIL_URL });
  return Object.fromEntries([...graph.values()].map((m) => [relative(dir, m.file), m.own === true]));
}

describe('TypeScript files that are JavaScript as written', () => {
  it('run from their own text; anything TypeScript reads differently is transformed', async () => {
    const dir = tempProject({
      // On the import's line, and on a later line: both placed at the user's columns (the form's prefix undone).
      'monitors/plain.ts': `import { metricAlert } from '@vigil-monitors/vigil'; export const a = ${monitor("'plain-a'")};\n\nexport const b =\n  ${monitor("'plain-b'")};\n`,
      // Type syntax of its own kind: V8 rejects it (an annotation with a built-in type is caught before, in shortcut).
      'monitors/typed.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nconst id = 'typed' as Id;\nexport const t = ${monitor('id')};\n`,
      'monitors/annotated.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nconst id: string = 'annotated';\nexport const n = ${monitor('id')};\n`,
      // JavaScript reads `f<T>(2)` as `(f < T) > 2`, which is false; TypeScript calls f.
      'monitors/generic.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nconst f = (x) => x;\nconst T = 1;\nexport const g = ${monitor('`generic-${f<T>(2)}`')};\n`,
      // An import nothing uses is dropped by the transform, as TypeScript drops it; run as written, it would be looked up.
      'monitors/unused.ts': `import { metricAlert, MonitorProps } from '@vigil-monitors/vigil';\nexport const u = ${monitor("'unused'")};\n`,
      // The same for a value nothing uses: the module it comes from is then never run, and this one throws.
      'monitors/unused-value.ts': `import { boom } from '../lib/explodes.ts';\nimport { metricAlert } from '@vigil-monitors/vigil';\nexport const v = ${monitor("'unused-value'")};\n`,
      'lib/explodes.ts': "export const boom = 1;\nthrow new Error('explodes');\n",
      // Named, but only in a comment: the name is looked up in vigil's exports, is not there, and the file is transformed.
      'monitors/comment.ts': `import { metricAlert, MonitorProps } from '@vigil-monitors/vigil';\n// built from MonitorProps\nexport const c = ${monitor("'comment'")};\n`,
    });
    expect(await ownFiles(dir)).toEqual({
      'monitors/annotated.ts': false, 'monitors/comment.ts': false, 'monitors/generic.ts': false, 'monitors/plain.ts': true, 'monitors/typed.ts': false,
      'monitors/unused.ts': false, 'monitors/unused-value.ts': false,
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([
      ['annotated', { file: 'monitors/annotated.ts', line: 3, col: 18 }],
      ['comment', { file: 'monitors/comment.ts', line: 3, col: 18 }],
      ['generic-2', { file: 'monitors/generic.ts', line: 4, col: 18 }],
      ['plain-a', { file: 'monitors/plain.ts', line: 1, col: 71 }],
      ['plain-b', { file: 'monitors/plain.ts', line: 4, col: 3 }],
      ['typed', { file: 'monitors/typed.ts', line: 3, col: 18 }],
      ['unused-value', { file: 'monitors/unused-value.ts', line: 3, col: 18 }],
      ['unused', { file: 'monitors/unused.ts', line: 2, col: 18 }],
    ]);
  });

  it('run as modules from their own text when another file imports them, and place what they throw', async () => {
    const dir = tempProject({
      'monitors/shared.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const s = ${monitor("'shared'")};\nexport function named(id) {\n  return ${monitor('id')};\n}\n`,
      'monitors/user.ts': `import { named, s } from './shared.ts';\nexport const again = s;\nexport const n = named('named');\n`,
      'monitors/throws.ts': "export const ok = 1;\nconst limits = {};\n\nexport const x = limits.errors.toFixed(2);\n",
    });
    expect(await ownFiles(dir)).toEqual({ 'monitors/shared.ts': true, 'monitors/throws.ts': true, 'monitors/user.ts': true });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.failedFiles).toEqual(['monitors/throws.ts']);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      code: 'load-throw', location: { file: 'monitors/throws.ts', line: 4, col: 32 },
      message: expect.stringMatching(/^this file threw while loading: TypeError: Cannot read properties of undefined/),
    })]);
    // The imported module is one module: its monitor counts once, located in its own file.
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([
      ['shared', { file: 'monitors/shared.ts', line: 2, col: 18 }],
      ['named', { file: 'monitors/user.ts', line: 3, col: 18 }],
    ]);
  });
});
