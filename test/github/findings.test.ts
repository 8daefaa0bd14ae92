import { describe, expect, it } from 'vitest';
import { findingsMarkdown, splitForAnnotations } from '../../src/github/findings.ts';
import type { Diagnostic } from '../../src/ir/diagnostic.ts';

const finding = (severity: 'error' | 'warning', i: number): Diagnostic => ({
  severity, code: severity === 'error' ? 'threshold-order' : 'missing-runbook', id: `m-${i}`,
  message: `problem ${i}`, location: { file: 'monitors/a.yaml', line: i, col: 3 },
});

describe('findings beyond what GitHub annotates', () => {
  it('annotates the first 10 errors and the first 10 warnings, in order, and leaves out the rest', () => {
    const diags = [...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 11 }, (_, i) => finding('warning', 20 + i))];
    const { annotated, leftOut } = splitForAnnotations(diags);
    expect(annotated.map((d) => d.id)).toEqual([...Array.from({ length: 10 }, (_, i) => `m-${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `m-${20 + i}`)]);
    expect(leftOut.map((d) => d.id)).toEqual(['m-11', 'm-12', 'm-30']);
  });

  it('the comment lists every finding and says how many are not annotated', () => {
    const diags = Array.from({ length: 13 }, (_, i) => finding('warning', i + 1));
    const md = findingsMarkdown(diags);
    expect(md.split('\n').slice(0, 4)).toEqual(['### Findings (13)', '', '| where | severity | rule | id | message |', '|---|---|---|---|---|']);
    expect(md.match(/^\| `monitors\/a\.yaml:\d+:3` \| warning \|/gm)).toHaveLength(13);
    expect(md.trimEnd().split('\n').slice(-2)).toEqual([
      '> [!NOTE]',
      '> 3 of 13 findings are not annotated on the changed lines: GitHub shows at most 10 error and 10 warning annotations per step. All of them are listed above.',
    ]);
  });

  it('says nothing about annotations when GitHub shows them all, and nothing at all without findings', () => {
    expect(findingsMarkdown([finding('error', 1)])).not.toContain('not annotated');
    expect(findingsMarkdown([])).toBe('');
  });
});
