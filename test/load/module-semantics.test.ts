import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { loadDefinitions } from '../../src/load/index.ts';

// Definition files are ES modules and behave as Node says modules behave, whichever file imports which: these are the
// places where running a file any other way (as a function given its imports' values, say) shows.

const monitor = (id: string) => `metricAlert({ id: ${id}, name: 'n', message: 'm', query: 'avg(last_5m):avg:a{*} > 1' })`;

describe('definition files as ES modules', () => {
  it("sees another file's exported let as it is now, not as it was when imported (live bindings)", async () => {
    const dir = tempProject({
      'monitors/lib/counter.ts': 'export let count = 0;\nexport function bump(): void {\n  count++;\n}\n',
      'monitors/a.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { bump, count } from './lib/counter.ts';",
        'bump();',
        `export const a = ${monitor('`a-${count}`')};`,
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([['a-1', { file: 'monitors/a.ts', line: 4, col: 18 }]]);
  });

  it('runs a file without top-level await before a sibling import that awaits has finished, as Node orders them', async () => {
    const dir = tempProject({
      // Outside the definitions directory: only a.ts imports them, so nothing else decides when they run.
      'lib/log.ts': 'export const log: string[] = [];\n',
      'lib/slow.ts': "import { log } from './log.ts';\nawait new Promise((done) => setTimeout(done, 20));\nlog.push('slow');\n",
      'lib/quick.ts': "import { log } from './log.ts';\nlog.push('quick');\n",
      // This file awaits nothing itself; the module it imports first does.
      'monitors/a.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { log } from '../lib/log.ts';",
        "import '../lib/slow.ts';",
        "import '../lib/quick.ts';",
        `export const a = ${monitor("log.join('-')")};`,
      ].join('\n'),
      // Top-level await in a definition file: its definitions are located in it as any others.
      'monitors/b.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nconst id = await Promise.resolve('b');\n\nexport const b = ${monitor('id')};\n`,
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    // An async module's siblings evaluate while it waits: quick runs before slow finishes.
    expect(result.definitions.map((d) => [d.id, d.source])).toEqual([
      ['quick-slow', { file: 'monitors/a.ts', line: 5, col: 18 }],
      ['b', { file: 'monitors/b.ts', line: 4, col: 18 }],
    ]);
  });

  it('behaves the same whether or not the words await and arguments appear in a file', async () => {
    const counter = 'export let count = 0;\nexport function bump(): void {\n  count++;\n}\n';
    const body = (id: string) => [
      "import { metricAlert } from '@vigil-monitors/vigil';",
      `import { bump, count } from '../lib/${id}-counter.ts';`,
      'bump();',
      `export const zeta = ${monitor(`\`${id}-zeta-\${count}\``)};`,
      `export const alpha = ${monitor(`'${id}-alpha'`)};`,
    ];
    const dir = tempProject({
      // One counter each, outside the definitions directory: which file Node runs first must not change the result.
      'lib/plain-counter.ts': counter,
      'lib/words-counter.ts': counter,
      'monitors/plain.ts': body('plain').join('\n'),
      // The same module, with both words: in a comment, and `arguments` inside a function where it belongs.
      'monitors/words.ts': [
        ...body('words'),
        '// nothing here is awaited',
        'export function arity(..._xs: unknown[]): number {',
        '  return arguments.length;',
        '}',
      ].join('\n'),
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.diagnostics).toEqual([]);
    // Both see the bump; both give their exports in the order of a module namespace (by name), not of the source.
    expect(result.definitions.map((d) => [d.id, d.source?.line])).toEqual([
      ['plain-alpha', 5], ['plain-zeta-1', 4], ['words-alpha', 5], ['words-zeta-1', 4],
    ]);
  });
});
