/**
 * The `mappings` of a source map (version 3), decoded once into flat arrays for position lookups.
 *
 * Node's `SourceMap` builds an object per segment; loading thousands of definitions looks up a few positions in
 * each of hundreds of maps, and this keeps that cost to one pass over the string.
 */
export class Mappings {
  /** Index of each generated line's first segment; one extra entry closes the last line. */
  private readonly lineStarts: number[] = [];
  private readonly genCols: number[] = [];
  private readonly origLines: number[] = [];
  private readonly origCols: number[] = [];

  constructor(mappings: string) {
    let origLine = 0;
    let origCol = 0;
    let i = 0;
    const n = mappings.length;
    this.lineStarts.push(0);
    while (i <= n) {
      let genCol = 0;
      // One generated line: segments up to the next ';'.
      while (i < n && mappings.charCodeAt(i) !== SEMICOLON) {
        // A segment: generated column, then (optionally) source, original line, original column and name deltas.
        let field = 0;
        let dOrigLine = 0;
        while (i < n) {
          const c = mappings.charCodeAt(i);
          if (c === COMMA || c === SEMICOLON) break;
          let value = 0;
          let shift = 0;
          let digit: number;
          do {
            digit = BASE64[mappings.charCodeAt(i++)]!;
            value += (digit & 31) << shift;
            shift += 5;
          } while (digit & 32);
          const delta = value & 1 ? -(value >>> 1) : value >>> 1;
          if (field === 0) genCol += delta;
          else if (field === 2) dOrigLine = delta;
          else if (field === 3) {
            origLine += dOrigLine;
            origCol += delta;
            this.genCols.push(genCol);
            this.origLines.push(origLine);
            this.origCols.push(origCol);
          }
          field++;
        }
        if (i < n && mappings.charCodeAt(i) === COMMA) i++;
      }
      this.lineStarts.push(this.genCols.length);
      i++; // past the ';' (or the end)
    }
  }

  /** The original 0-based position of the last segment at or before a 0-based generated position on its line. */
  find(line: number, col: number): { line: number; col: number } | undefined {
    if (line < 0 || line + 1 >= this.lineStarts.length) return undefined;
    let lo = this.lineStarts[line]!;
    let hi = this.lineStarts[line + 1]! - 1;
    if (hi < lo || this.genCols[lo]! > col) {
      // Nothing at or before the column on this line: the last segment before it (what Node's findEntry gives).
      return lo > 0 ? { line: this.origLines[lo - 1]!, col: this.origCols[lo - 1]! } : undefined;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.genCols[mid]! <= col) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.origLines[lo]!, col: this.origCols[lo]! };
  }
}

const COMMA = 44;
const SEMICOLON = 59;
const BASE64 = new Uint8Array(128);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => { BASE64[ch.charCodeAt(0)] = i; });
