import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';
import { tempProject } from '../support/temp-project.ts';

// Definitions the loader returns must keep V8's fast properties: an accessor made of closures of its own per object
// (as the lazy `source` once was) gives every definition a hidden class of its own, and V8 then turns them all into
// dictionaries, so every later field read is a hash lookup. V8 only answers to --allow-natives-syntax: the check runs
// the loader, bundled, in a child process.
const entry = `
import { loadDefinitions } from ${JSON.stringify(join(root, 'src', 'load', 'index.ts'))};
const fast = new Function('a', 'return %HasFastProperties(a)');
const { definitions } = await loadDefinitions({ projectDir: process.argv[2] });
const before = definitions.filter(fast).length;
definitions.slice(0, 5).forEach((d) => d.source); // located: the accessor becomes a plain value
console.log(JSON.stringify({ count: definitions.length, before, after: definitions.filter(fast).length, source: definitions[0].source }));
`;

describe('definitions loaded from TypeScript', () => {
  it('keep fast properties, before and after they are located', async () => {
    const monitor = (i: number) => `export const m${i} = metricAlert({ id: 'm${i}', name: 'n', message: 's', query: 'avg(last_5m):avg:a{*} > ${i + 1}', options: { notifyNoData: false } });`;
    const project = tempProject({
      'monitors/a.ts': `import { metricAlert } from '@vigil-monitors/vigil';\n${Array.from({ length: 20 }, (_, i) => monitor(i)).join('\n')}\n`,
      'monitors/b.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nconst t: number = 1;\n${Array.from({ length: 20 }, (_, i) => monitor(100 + i)).join('\n')}\n`,
    });
    const dir = mkdtempSync(join(tmpdir(), 'vigil-fast-'));
    writeFileSync(join(dir, 'entry.ts'), entry);
    const out = join(root, 'node_modules', '.cache', 'vigil-test', 'fast-properties.mjs');
    await build({ entryPoints: [join(dir, 'entry.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'error' });
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', out, project], { encoding: 'utf8', cwd: root });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ count: 40, before: 40, after: 40, source: { file: 'monitors/a.ts', line: 2, col: 19 } });
  });
});
