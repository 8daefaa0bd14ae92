/** Where each line of `text` starts (offsets); plain data, so it can cross to another thread. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Offsets → 1-based line and column, by binary search over the line starts. */
export function lineIndex(textOrStarts: string | readonly number[]): (offset: number) => { line: number; col: number } {
  const starts = typeof textOrStarts === 'string' ? lineStarts(textOrStarts) : textOrStarts;
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
