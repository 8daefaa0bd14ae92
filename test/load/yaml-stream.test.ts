import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { fieldLocation } from '../../src/load/index.ts';
import { attachLocators, readYamlFile, readYamlFiles } from '../../src/load/load-yaml.ts';

const monitor = (id: string, extra = '') =>
  `  - id: ${id}\n    type: query alert\n    name: ${id}\n    query: "avg(last_5m):avg:a{*} > 1"\n    message: { summary: s }\n${extra}`;

const files: Record<string, string> = {
  'monitors/a.yaml': `monitors:\n${monitor('a1')}${monitor('a2', '    options:\n      thresholds: { warning: 0.5 }\n')}`,
  'monitors/b.yaml': `# comments first\n\nmonitors:\n${monitor('b1', '    tags: &t [team:x]\n')}` +
    '  - id: b2\n    type: query alert\n    name: b2\n    query: "avg(last_5m):avg:a{*} > 1"\n    message:\n      summary: kept\n      details: |+\n        tail\n\n',
  'monitors/empty.yaml': '',
  'monitors/comments.yaml': '# nothing here\n',
  // Read alone: a document marker of its own, no final line break, a directive.
  'monitors/marker.yaml': `---\nmonitors:\n${monitor('m1')}`,
  'monitors/open.yaml': `monitors:\n${monitor('o1')}`.trimEnd(),
  'monitors/directive.yaml': `%YAML 1.2\n---\nmonitors:\n${monitor('d1')}`,
  // An alias to an anchor of another file fails as it does alone; a shape error is placed in its own file.
  'monitors/c.yaml': `monitors:\n${monitor('c1', '    tags: *t\n')}`,
  'monitors/shape.yaml': 'monitors: 5\n',
};

async function both(names: string[]) {
  const dir = tempProject(Object.fromEntries(names.map((n) => [n, files[n]!])));
  const paths = names.map((n) => join(dir, n));
  const together = await readYamlFiles(paths, dir);
  const alone = await Promise.all(paths.map((p) => readYamlFile(p, dir)));
  return { together, alone };
}

describe('YAML files read together as one stream', () => {
  it('give what reading each file alone gives: definitions, diagnostics, locations of definitions and fields', async () => {
    const names = Object.keys(files).filter((n) => n !== 'monitors/c.yaml');
    const { together, alone } = await both(names);
    // The stream was used for the files that fit it, not for the others.
    expect(Object.fromEntries(names.map((n, i) => [n, together[i]!.base > 0]))).toEqual({
      'monitors/a.yaml': true, 'monitors/b.yaml': true, 'monitors/empty.yaml': true, 'monitors/comments.yaml': true,
      'monitors/marker.yaml': false, 'monitors/open.yaml': false, 'monitors/directive.yaml': false, 'monitors/shape.yaml': true,
    });
    const a = together.map(attachLocators);
    const b = alone.map(attachLocators);
    expect(a).toEqual(b);
    expect(a.flatMap((r) => r.definitions.map((d) => d.id))).toEqual(['a1', 'a2', 'b1', 'b2', 'm1', 'o1', 'd1']);
    expect(a[7]!.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-structure', location: { file: 'monitors/shape.yaml', line: 1, col: 11 } })]);
    // Keep chomping at the end of a file keeps its own trailing lines, not the stream's.
    expect((a[1]!.definitions[1] as { message: { details: string } }).message.details).toBe('tail\n\n');
    for (const [r, s] of a.map((r, i) => [r, b[i]!] as const)) {
      r.definitions.forEach((def, k) => {
        for (const pointer of ['/id', '/options/thresholds/warning', '/tags/0', '/message/details']) {
          expect(fieldLocation(def, pointer), `${def.id} ${pointer}`).toEqual(fieldLocation(s.definitions[k]!, pointer));
        }
      });
    }
    expect(fieldLocation(a[0]!.definitions[1]!, '/options/thresholds/warning')).toEqual({ file: 'monitors/a.yaml', line: 13, col: 21 });
  });

  it('read every file alone when the stream has an error, so each reports its own', async () => {
    const { together, alone } = await both(['monitors/a.yaml', 'monitors/b.yaml', 'monitors/c.yaml']);
    expect(together.map((d) => d.base)).toEqual([0, 0, 0]);
    expect(together.map(attachLocators)).toEqual(alone.map(attachLocators));
    expect(together[2]!.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-syntax', location: expect.objectContaining({ file: 'monitors/c.yaml' }) })]);
  });
});
