// What GitHub shows of vigil's findings. A step's workflow commands become annotations on the pull request's lines,
// but GitHub keeps at most 10 error and 10 warning annotations per step (50 per job) and silently drops the rest:
// https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations. vigil annotates what GitHub
// keeps, prints the rest as plain lines in the log, and says in the comment how many were left out.
import type { Diagnostic } from '../ir/diagnostic.ts';
import { findingsTable } from '../plan/render/markdown.ts';

/** Annotations GitHub shows per step, by level. */
export const ANNOTATIONS_PER_STEP = { error: 10, warning: 10 } as const;

/** The diagnostics GitHub will show as annotations (the first of each level, in order), and those it would drop. */
export function splitForAnnotations(diagnostics: readonly Diagnostic[]): { annotated: Diagnostic[]; leftOut: Diagnostic[] } {
  const used = { error: 0, warning: 0 };
  const annotated: Diagnostic[] = [], leftOut: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = d.severity === 'error' ? 'error' : 'warning';
    if (used[level] < ANNOTATIONS_PER_STEP[level]) {
      used[level]++;
      annotated.push(d);
    } else leftOut.push(d);
  }
  return { annotated, leftOut };
}

/** The sentence for a log notice and the comment: how many findings are not annotated, and where they are. */
export function leftOutSentence(leftOut: number, total: number, where: string): string {
  return `${leftOut} of ${total} findings ${leftOut === 1 ? 'is' : 'are'} not annotated on the changed lines: GitHub shows at most `
    + `${ANNOTATIONS_PER_STEP.error} error and ${ANNOTATIONS_PER_STEP.warning} warning annotations per step. ${where}`;
}

/**
 * The findings section of the pull-request comment, written by `vigil validate --format github --findings FILE`:
 * every finding (type-check ones included) in a table, and how many of them GitHub does not show as annotations.
 * Empty when there are none.
 */
export function findingsMarkdown(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const { leftOut } = splitForAnnotations(diagnostics);
  const lines = findingsTable(diagnostics);
  if (leftOut.length) lines.push('', `> [!NOTE]`, `> ${leftOutSentence(leftOut.length, diagnostics.length, 'All of them are listed above.')}`);
  return `${lines.join('\n')}\n`;
}
