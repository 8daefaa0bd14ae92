// `vigil validate --format github --findings FILE` with more findings than GitHub annotates: the rest stay visible
// in the log, a notice says how many, and the comment section lists them all.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';
import { tempProject } from '../support/temp-project.ts';

const bin = join(root, 'bin', 'vigil.js');

/** 12 monitors whose warning threshold is not below the critical one: 12 errors, and lint warnings on each. */
function project(): string {
  const monitors = Array.from({ length: 12 }, (_, i) => [
    `  - id: web-${i}`, '    type: query alert', '    name: Test monitor', '    query: "avg(last_5m):avg:system.load.1{*} > 2"',
    '    message:', '      summary: Something is wrong.', '    options:', '      thresholds:', '        warning: 4',
  ].join('\n'));
  return tempProject({ 'monitors/a.yaml': `monitors:\n${monitors.join('\n')}\n` });
}

describe('validate --format github', () => {
  it('annotates what GitHub shows, prints the rest plainly with a notice, and writes every finding for the comment', () => {
    const dir = project();
    const findings = join(dir, 'findings.md');
    const r = spawnSync(process.execPath, [bin, 'validate', '--format', 'github', '--findings', findings], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: dir } });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const findingLines = lines.filter((l) => / (error|warning) [a-z-]+ web-\d+: |^::(error|warning) /.test(l));
    const total = findingLines.length;
    expect(total).toBeGreaterThan(22); // 12 errors and more than 10 warnings (duplicate queries, no runbook…)
    expect(lines.filter((l) => l.startsWith('::error file=monitors/a.yaml,'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning file=monitors/a.yaml,'))).toHaveLength(10);
    // The errors GitHub would drop stay in the log, in the validate format.
    expect(lines.filter((l) => /^monitors\/a\.yaml:\d+:\d+ error threshold-order web-\d+: /.test(l))).toHaveLength(2);
    expect(lines).toContain(`::notice title=vigil::${total - 20} of ${total} findings are not annotated on the changed lines: GitHub shows at most 10 error and 10 warning annotations per step. They are listed in this log, and in the plan comment.`);
    const md = readFileSync(findings, 'utf8');
    expect(md).toMatch(new RegExp(`^### Findings \\(${total}\\)\n`));
    expect(md.match(/^\| `monitors\/a\.yaml:/gm)).toHaveLength(total);
    expect(md).toContain(`> ${total - 20} of ${total} findings are not annotated on the changed lines`);
  });

  it('refuses --findings without --format github, in one line', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', '--findings', 'x.md'], { cwd: project(), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('vigil validate: --findings writes the findings of a GitHub run: use it with --format github\n');
  });
});
