/** One line of a line-by-line diff: kept, removed (only in the old text) or added (only in the new). */
export interface DiffLine {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** A run of diff lines to show, or a count of unchanged lines left out between runs. */
export type DiffPiece = DiffLine | { op: 'skipped'; count: number };

/**
 * Line-by-line diff of two texts (longest common subsequence; messages are tens of lines). Every removed and added
 * line is kept; only unchanged lines further than `context` from a change are folded into a count.
 */
export function diffLines(oldText: string, newText: string, context = 2): DiffPiece[] {
  const a = oldText === '' ? [] : oldText.split('\n');
  const b = newText === '' ? [] : newText.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ op: 'same', text: a[i]! });
      i++, j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      lines.push({ op: 'added', text: b[j++]! });
    } else {
      lines.push({ op: 'removed', text: a[i++]! });
    }
  }
  // Removed lines before added ones within each changed run, as reviewers read a replacement.
  for (let s = 0; s < lines.length; ) {
    if (lines[s]!.op === 'same') {
      s++;
      continue;
    }
    let e = s;
    while (e < lines.length && lines[e]!.op !== 'same') e++;
    const run = lines.slice(s, e);
    lines.splice(s, e - s, ...run.filter((l) => l.op === 'removed'), ...run.filter((l) => l.op === 'added'));
    s = e;
  }
  const near = lines.map((_, k) => lines.slice(Math.max(0, k - context), k + context + 1).some((l) => l.op !== 'same'));
  const out: DiffPiece[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.op !== 'same' || near[k]) {
      out.push(lines[k]!);
      continue;
    }
    const last = out.at(-1);
    if (last?.op === 'skipped') last.count++;
    else out.push({ op: 'skipped', count: 1 });
  }
  return out;
}

/** "2 lines removed, 1 added" — the size of a change in words. */
export function describeLineChange(pieces: readonly DiffPiece[]): string {
  const removed = pieces.filter((p) => p.op === 'removed').length;
  const added = pieces.filter((p) => p.op === 'added').length;
  const parts = [removed && `${removed} ${removed === 1 ? 'line' : 'lines'} removed`, added && `${added} ${added === 1 ? 'line' : 'lines'} added`].filter(Boolean);
  return parts.join(', ') || 'no lines changed';
}
