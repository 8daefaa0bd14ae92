/**
 * The `mappings` of a source map (version 3), read as far as the lookups need and no further.
 *
 * Loading thousands of definitions looks up a few positions in each of hundreds of maps, and oxc maps nearly every
 * token, so a map holds thousands of segments of which a lookup needs one line's. Segments store their original
 * position as a change from the segment before, across lines, so every segment up to the wanted line is still
 * decoded; but only the wanted line's segments are kept, and the state at the start of each line passed is noted,
 * so a later lookup of an earlier line starts there instead of at the top.
 */
export class Mappings {
  /** Per generated line reached: where it starts in the text, and the original line and column in effect there. */
  private readonly lineStart: number[] = [0];
  private readonly lineOrigLine: number[] = [0];
  private readonly lineOrigCol: number[] = [0];
  /** Per generated line reached: whether any segment with an original position precedes it. */
  private readonly lineAfterSegment: boolean[] = [false];

  constructor(private readonly mappings: string) {}

  /** The original 0-based position of the last segment at or before a 0-based generated position on its line. */
  find(line: number, col: number): { line: number; col: number } | undefined {
    if (line < 0 || !this.reach(line)) return undefined;
    // Before the first segment at or before `col`, the last segment before it counts (what Node's findEntry gives).
    const at = this.walk(line, col);
    return at.any ? { line: at.origLine, col: at.origCol } : undefined;
  }

  /** Notes the start of every line up to `line`; false when the map has fewer lines. */
  private reach(line: number): boolean {
    const n = this.mappings.length;
    while (this.lineStart.length <= line) {
      const last = this.lineStart.length - 1;
      if (this.lineStart[last]! > n) return false;
      const end = this.walk(last, Infinity);
      this.lineStart.push(end.next + 1); // past the `;`; past the end (no line there) after the last line
      this.lineOrigLine.push(end.origLine);
      this.lineOrigCol.push(end.origCol);
      this.lineAfterSegment.push(end.any);
    }
    return this.lineStart[line]! <= n;
  }

  /**
   * Decodes a line already reached, up to its last segment with an original position at or before `col` (all of it
   * for Infinity): where it stopped, and the original position in effect there.
   */
  private walk(line: number, col: number): Walk {
    const text = this.mappings;
    const n = text.length;
    let i = this.lineStart[line]!;
    let origLine = this.lineOrigLine[line]!;
    let origCol = this.lineOrigCol[line]!;
    let any = this.lineAfterSegment[line]!;
    let genCol = 0;
    while (i < n && text.charCodeAt(i) !== SEMICOLON) {
      const segment = this.segment(i, genCol, origLine, origCol);
      genCol = segment.genCol;
      if (segment.original) {
        if (genCol > col) break;
        origLine = segment.origLine;
        origCol = segment.origCol;
        any = true;
      }
      i = segment.next;
    }
    return { next: i, origLine, origCol, any };
  }

  /** Decodes the segment at `i`: its generated column, and its original position when it has one. */
  private segment(i: number, genCol: number, origLine: number, origCol: number): Segment {
    const text = this.mappings;
    const n = text.length;
    let field = 0;
    let original = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        break;
      }
      if (c === SEMICOLON) break;
      let value = 0;
      let shift = 0;
      let digit: number;
      do {
        digit = BASE64[text.charCodeAt(i++)]!;
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      const delta = value & 1 ? -(value >>> 1) : value >>> 1;
      if (field === 0) genCol += delta;
      else if (field === 2) origLine += delta;
      else if (field === 3) {
        origCol += delta;
        original = true;
      }
      field++;
    }
    SEGMENT.next = i;
    SEGMENT.genCol = genCol;
    SEGMENT.original = original;
    SEGMENT.origLine = original ? origLine : 0;
    SEGMENT.origCol = origCol;
    return SEGMENT;
  }
}

interface Walk {
  next: number;
  origLine: number;
  origCol: number;
  /** A segment with an original position lies at or before this point. */
  any: boolean;
}

interface Segment {
  next: number;
  genCol: number;
  original: boolean;
  origLine: number;
  origCol: number;
}

/** Reused for every segment decoded: decoding allocates nothing. */
const SEGMENT: Segment = { next: 0, genCol: 0, original: false, origLine: 0, origCol: 0 };

const COMMA = 44;
const SEMICOLON = 59;
const BASE64 = new Uint8Array(128);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => { BASE64[ch.charCodeAt(0)] = i; });
