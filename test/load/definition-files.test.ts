import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '../../src/load/index.ts';
import { tempProject } from '../support/temp-project.ts';

const yamlMonitor = (id: string) =>
  `monitors:\n  - id: ${id}\n    type: query alert\n    name: x\n    query: "avg(last_5m):avg:a{*} > 1"\n    message: x\n`;

describe('files in the definitions directory', () => {
  it('follows symbolic links to directories and files, and reports a link that loops instead of following it', async () => {
    const dir = tempProject({
      'shared/team.yaml': yamlMonitor('shared-team'),
      'shared/file.yaml': yamlMonitor('shared-file'),
      'monitors/own.yaml': yamlMonitor('own'),
    });
    symlinkSync(join(dir, 'shared'), join(dir, 'monitors', 'linked-dir'));
    symlinkSync(join(dir, 'shared', 'file.yaml'), join(dir, 'monitors', 'linked-file.yaml'));
    mkdirSync(join(dir, 'monitors', 'nested'));
    symlinkSync(join(dir, 'monitors'), join(dir, 'monitors', 'nested', 'back-up')); // a loop
    symlinkSync(join(dir, 'monitors', 'self'), join(dir, 'monitors', 'self')); // a link to itself
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'monitors', 'dangling.yaml'));

    const result = await loadDefinitions({ projectDir: dir });
    // linked-file.yaml and linked-dir/file.yaml are one file: loaded once, the second path reported.
    expect(result.definitions.map((d) => d.id).sort()).toEqual(['own', 'shared-file', 'shared-team']);
    const skipped = Object.fromEntries(result.diagnostics.map((d) => [d.location?.file, `${d.severity} ${d.code}: ${d.message}`]));
    expect(skipped).toEqual({
      'monitors/dangling.yaml': 'warning load-skipped: "monitors/dangling.yaml" is a symbolic link to something that cannot be read (ENOENT)',
      'monitors/linked-file.yaml': 'warning load-skipped: "monitors/linked-file.yaml" is a link to a file already loaded (linked-dir/file.yaml)',
      'monitors/nested/back-up': 'warning load-skipped: "monitors/nested/back-up" is a symbolic link to a directory already loaded (.)',
      'monitors/self': 'warning load-skipped: "monitors/self" is a symbolic link that loops back to itself',
    });
    expect(result.skippedFiles.map((s) => s.file).sort()).toEqual(Object.keys(skipped).sort());
  });

  it('names files vigil does not load, but not the helpers definition files import nor documentation', async () => {
    const dir = tempProject({
      'monitors/a.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { team } from './helpers/team.js';",
        "import legacy from './helpers/legacy.cjs';",
        "import limits from './helpers/limits.json';",
        "export const a = metricAlert({ id: 'a', name: 'a', message: 'm', team, env: legacy.env, query: `avg(last_5m):avg:a{*} > ${limits.max}` });",
      ].join('\n'),
      'monitors/helpers/team.js': "export const team = 'web';\n",
      'monitors/helpers/legacy.cjs': "module.exports = { env: require('./env.cjs') };\n",
      'monitors/helpers/env.cjs': "module.exports = 'prod';\n",
      'monitors/helpers/limits.json': '{ "max": 5 }\n',
      'monitors/README.md': '# Our monitors\n',
      'monitors/old/b.js': "export const b = 'renamed from .ts by mistake';\n",
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.definitions.map((d) => d.id)).toEqual(['a']);
    expect(result.diagnostics.map((d) => `${d.location?.file} ${d.code}`)).toEqual(['monitors/old/b.js load-skipped']);
    expect(result.skippedFiles).toEqual([{ file: 'monitors/old/b.js', reason: expect.stringContaining('vigil loads only TypeScript') }]);
  });
});
