// An on-demand lexer: a cursor over the query text that reads one token at a time. Datadog's query families
// tokenise differently (a metric scope reads `web-1.prod:*` as one tag, an arithmetic expression reads `-` as an
// operator), so each parser asks for the token it expects instead of consuming a fixed token stream.

/** A syntax error at a 0-based character offset. Parsers throw it; `parseQuery` turns it into a result. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(message: string, readonly offset: number, readonly hint?: string) {
    super(message);
  }
}

const IDENT_START = 1;
const IDENT_PART = 2;
const DIGIT = 4;
const SPACE = 8;
/** Characters shown as one "word" when an error quotes what it found. */
const WORD = 16;
/** Characters that end a tag in a metric scope. */
const TAG_END = 32;

const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_') k |= IDENT_START | IDENT_PART | WORD;
  if (ch >= '0' && ch <= '9') k |= IDENT_PART | DIGIT | WORD;
  if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') k |= SPACE;
  if ('.:*@/-$#'.includes(ch)) k |= WORD;
  if (' \t\n\r,{}()'.includes(ch)) k |= TAG_END;
  CLASSES[c] = k;
}

/** True when `code` (a char code, -1 or NaN past the end) is ASCII and in class `k`. */
function has(code: number, k: number): boolean {
  const u = code >>> 0; // NaN → 0 (no class), -1 → 2^32 - 1 (not ASCII)
  return u < 128 && ((CLASSES[u] as number) & k) !== 0;
}

export const isIdentStart = (code: number): boolean => has(code, IDENT_START);
export const isIdentPart = (code: number): boolean => has(code, IDENT_PART);
export const isDigit = (code: number): boolean => has(code, DIGIT);
export const isSpace = (code: number): boolean => has(code, SPACE);
/** True at the end of the text (-1 or NaN) or on whitespace and the scope's punctuation `,{}()`. */
export const isTagEnd = (code: number): boolean => !(code >= 0) || has(code, TAG_END);

/** Character codes the parsers compare against. */
export const Ch = {
  Bang: 33, DQuote: 34, Dollar: 36, Amp: 38, SQuote: 39, LParen: 40, RParen: 41, Star: 42, Plus: 43,
  Comma: 44, Minus: 45, Dot: 46, Slash: 47, Colon: 58, Lt: 60, Eq: 61, Gt: 62, Backslash: 92,
  LBrace: 123, Pipe: 124, RBrace: 125,
} as const;

/** A quoted string token: the unescaped value and the quote it was written with. */
export interface StringToken {
  value: string;
  quote: '"' | "'";
  offset: number;
}

/** Deepest nesting of parentheses, functions and negations a query may use; keeps recursion off the stack limit. */
export const MAX_DEPTH = 100;

export class Scanner {
  pos = 0;
  /** Current nesting depth, maintained by the recursive parsers through `enter` and `leave`. */
  depth = 0;
  readonly length: number;

  constructor(readonly text: string) {
    this.length = text.length;
  }

  /** Character code at the cursor (or `offset` characters ahead), -1 past the end. */
  peek(offset = 0): number {
    const i = this.pos + offset;
    return i < this.length ? this.text.charCodeAt(i) : -1;
  }

  atEnd(): boolean {
    return this.pos >= this.length;
  }

  skipSpace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) i++;
      else break;
    }
    this.pos = i;
  }

  /** Skips whitespace, then consumes `code` if it is next. */
  eat(code: number): boolean {
    this.skipSpace();
    if (this.peek() !== code) return false;
    this.pos++;
    return true;
  }

  /**
   * Fails with `expected "<ch>" <context>, found …` at the cursor. Parsers write `if (!s.eat(c)) s.missing(c, …)`
   * so that the message is only built on failure.
   */
  missing(code: number, context: string, hint?: string): never {
    this.skipSpace();
    this.fail(`expected "${String.fromCharCode(code)}" ${context}, found ${this.found()}`, this.pos, hint);
  }

  /**
   * Reads `[A-Za-z_][A-Za-z0-9_]*` or returns undefined. `extra` is one more character code allowed after the
   * first character: `Ch.Dot` for metric names, `Ch.Minus` for sources such as `trace-analytics`.
   */
  readIdent(extra = -1): string | undefined {
    const start = this.pos;
    const text = this.text;
    if (!isIdentStart(text.charCodeAt(start))) return undefined;
    let i = start + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (isIdentPart(c) || c === extra) i++;
      else break;
    }
    this.pos = i;
    return text.slice(start, i);
  }

  /** Reads a decimal number with optional sign, fraction and exponent, or returns undefined. */
  readNumber(): number | undefined {
    const start = this.pos;
    let i = start;
    const text = this.text;
    if (text.charCodeAt(i) === Ch.Minus || text.charCodeAt(i) === Ch.Plus) i++;
    const digitsStart = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === Ch.Dot && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (i === digitsStart) return undefined;
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      if (text.charCodeAt(j) === Ch.Plus || text.charCodeAt(j) === Ch.Minus) j++;
      if (isDigit(text.charCodeAt(j))) {
        while (isDigit(text.charCodeAt(j))) j++;
        i = j;
      }
    }
    // `5m` or `2w` is a duration, not a number: leave it to the caller's error message.
    if (isIdentStart(text.charCodeAt(i))) return undefined;
    this.pos = i;
    return Number(text.slice(start, i));
  }

  /** Reads a `"…"` or `'…'` string with backslash escapes; fails on an unterminated string. */
  readString(): StringToken | undefined {
    const open = this.peek();
    if (open !== Ch.DQuote && open !== Ch.SQuote) return undefined;
    const start = this.pos;
    let value = '';
    let chunk = start + 1;
    let i = start + 1;
    const text = this.text;
    while (i < this.length) {
      const c = text.charCodeAt(i);
      if (c === open) {
        this.pos = i + 1;
        return { value: value + text.slice(chunk, i), quote: open === Ch.DQuote ? '"' : "'", offset: start };
      }
      if (c === Ch.Backslash && i + 1 < this.length) {
        const next = text.charCodeAt(i + 1);
        if (next === open || next === Ch.Backslash) {
          value += text.slice(chunk, i);
          chunk = i + 1;
        }
        i += 2;
        continue;
      }
      i++;
    }
    const q = String.fromCharCode(open);
    this.fail(`unterminated string: the ${q} opened here is never closed`, start, `add the closing ${q}`);
  }

  /** Describes what sits at `at` for an error message: a quoted word or `end of query`. */
  found(at = this.pos): string {
    let i = at;
    while (i < this.length && isSpace(this.text.charCodeAt(i))) i++;
    if (i >= this.length) return 'end of query';
    const text = this.text;
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (has(c, WORD)) {
      while (end < this.length && end - i < 24 && has(text.charCodeAt(end), WORD)) end++;
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      const close = text.indexOf(text[i] ?? '', i + 1);
      end = close < 0 ? Math.min(this.length, i + 24) : Math.min(close + 1, i + 24);
    } else if ('<>=!&|'.includes(text[i] ?? '')) {
      while (end < this.length && end - i < 3 && '<>=!&|'.includes(text[end] ?? '')) end++;
    }
    return JSON.stringify(text.slice(i, end));
  }

  /** The text from `start` to the cursor, trimmed and shortened, for "after …" in messages. */
  since(start: number): string {
    const s = this.text.slice(start, this.pos).trim();
    return s.length > 40 ? `…${s.slice(-39)}` : s;
  }

  /** Counts one level of nesting at `at`; fails past {@link MAX_DEPTH}. Pair with `leave()`. */
  enter(at: number): void {
    if (++this.depth > MAX_DEPTH) this.fail(`the query nests more than ${MAX_DEPTH} levels deep`, at, 'simplify the expression');
  }

  leave(): void {
    this.depth--;
  }

  fail(message: string, offset = this.pos, hint?: string): never {
    throw new QuerySyntaxError(message, offset, hint);
  }
}
