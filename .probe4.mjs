// ../../tmp/imp/p4.ts
import { readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
import { v1 as v15 } from "@datadog/datadog-api-client";

// src/plan/references.ts
var REF = /\$\{([a-z0-9.-]+)\}/g;
function resolveReferences(query, ids) {
  const missing = [];
  const out = query.replace(REF, (whole, id) => {
    const remote = ids[id];
    if (remote === void 0) {
      missing.push(id);
      return whole;
    }
    return String(remote);
  });
  return { query: out, missing };
}

// src/providers/errors.ts
var ProviderError = class extends Error {
  constructor(message2, status, retryable, options) {
    super(message2, options);
    this.status = status;
    this.retryable = retryable;
  }
  status;
  retryable;
  name = "ProviderError";
};
var ConfigError = class extends Error {
  name = "ConfigError";
};
function isRetryableStatus(status) {
  return status === void 0 || status === 429 || status >= 500;
}
function describeBody(body) {
  if (body && typeof body === "object") {
    const b = body;
    if (Array.isArray(b.errors)) return b.errors.map(String).join("; ");
    if (b.error) return [b.error.message, ...Array.isArray(b.error.errors) ? b.error.errors : []].filter(Boolean).join(": ");
  }
  const text2 = typeof body === "string" ? body : JSON.stringify(body);
  return (text2 ?? "").replace(/\s+/g, " ").slice(0, 300);
}

// src/providers/http/rate-limiter.ts
var PROBE_MS = 2e3;
var POLL_MS = 10;
var RateLimiter = class {
  constructor(now = Date.now, sleep2 = defaultSleep) {
    this.now = now;
    this.sleep = sleep2;
  }
  now;
  sleep;
  buckets = /* @__PURE__ */ new Map();
  /** How often, and for how long in total, requests waited for a window to reset. */
  waits = 0;
  waitedMs = 0;
  /** Reserves one request in the bucket, waiting for the next window first when the budget is spent. */
  async acquire(bucket) {
    for (; ; ) {
      const s = this.buckets.get(bucket);
      const now = this.now();
      if (!s) {
        this.buckets.set(bucket, { remaining: 0, resetAt: now + PROBE_MS, probing: true });
        return;
      }
      if (s.probing && now < s.resetAt) {
        await this.sleep(POLL_MS);
        continue;
      }
      if (now >= s.resetAt) {
        if (s.limit === void 0 || !s.periodMs) {
          this.buckets.delete(bucket);
          return;
        }
        const windows = Math.floor((now - s.resetAt) / s.periodMs) + 1;
        s.resetAt += windows * s.periodMs;
        s.remaining = s.limit;
      }
      if (s.remaining > 0) {
        s.remaining--;
        return;
      }
      const wait = Math.max(1, s.resetAt - now);
      this.waits++;
      this.waitedMs += wait;
      await this.sleep(wait);
    }
  }
  /** Records what the server said. Within a window the lower count and the earlier reset win. */
  observe(bucket, o) {
    if (!Number.isFinite(o.remaining) || !Number.isFinite(o.resetSeconds)) return;
    const now = this.now();
    const resetAt = now + Math.max(0, o.resetSeconds) * 1e3;
    const limit = Number.isFinite(o.limit) ? o.limit : void 0;
    const periodMs = Number.isFinite(o.periodSeconds) && o.periodSeconds > 0 ? o.periodSeconds * 1e3 : void 0;
    const s = this.buckets.get(bucket);
    if (!s || s.probing || now >= s.resetAt) {
      this.buckets.set(bucket, { remaining: o.remaining, resetAt, ...limit !== void 0 ? { limit } : {}, ...periodMs ? { periodMs } : {} });
      return;
    }
    s.remaining = Math.min(s.remaining, o.remaining);
    s.resetAt = Math.min(s.resetAt, resetAt);
    if (limit !== void 0) s.limit = limit;
    if (periodMs) s.periodMs = periodMs;
  }
  /** The answer carried no rate-limit headers: this endpoint is not limited, stop holding requests back. */
  unlimited(bucket) {
    if (this.buckets.get(bucket)?.probing) this.buckets.delete(bucket);
  }
  /** After a 429: nothing is left in this window. */
  exhausted(bucket, resetSeconds) {
    const s = this.buckets.get(bucket);
    const resetAt = this.now() + Math.max(resetSeconds, 1) * 1e3;
    if (s && !s.probing) {
      s.remaining = 0;
      s.resetAt = Math.max(s.resetAt, resetAt);
    } else this.buckets.set(bucket, { remaining: 0, resetAt });
  }
};
function defaultSleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/validate/query/lexer.ts
var QuerySyntaxError = class extends Error {
  constructor(message2, offset, hint) {
    super(message2);
    this.offset = offset;
    this.hint = hint;
  }
  offset;
  hint;
  name = "QuerySyntaxError";
};
var IDENT_START = 1;
var IDENT_PART = 2;
var DIGIT = 4;
var SPACE = 8;
var WORD = 16;
var TAG_END = 32;
var CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  if (ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch === "_") k |= IDENT_START | IDENT_PART | WORD;
  if (ch >= "0" && ch <= "9") k |= IDENT_PART | DIGIT | WORD;
  if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") k |= SPACE;
  if (".:*@/-$#".includes(ch)) k |= WORD;
  if (" 	\n\r,{}()".includes(ch)) k |= TAG_END;
  CLASSES[c] = k;
}
function has(code, k) {
  const u = code >>> 0;
  return u < 128 && (CLASSES[u] & k) !== 0;
}
var isIdentStart = (code) => has(code, IDENT_START);
var isIdentPart = (code) => has(code, IDENT_PART);
var isDigit = (code) => has(code, DIGIT);
var isSpace = (code) => has(code, SPACE);
var isTagEnd = (code) => !(code >= 0) || has(code, TAG_END);
var Ch = {
  Bang: 33,
  DQuote: 34,
  Dollar: 36,
  Amp: 38,
  SQuote: 39,
  LParen: 40,
  RParen: 41,
  Star: 42,
  Plus: 43,
  Comma: 44,
  Minus: 45,
  Dot: 46,
  Slash: 47,
  Colon: 58,
  Lt: 60,
  Eq: 61,
  Gt: 62,
  Backslash: 92,
  LBrace: 123,
  Pipe: 124,
  RBrace: 125
};
var MAX_DEPTH = 100;
var Scanner = class {
  constructor(text2) {
    this.text = text2;
    this.length = text2.length;
  }
  text;
  pos = 0;
  /** Current nesting depth, maintained by the recursive parsers through `enter` and `leave`. */
  depth = 0;
  length;
  /** Character code at the cursor (or `offset` characters ahead), -1 past the end. */
  peek(offset = 0) {
    const i = this.pos + offset;
    return i < this.length ? this.text.charCodeAt(i) : -1;
  }
  atEnd() {
    return this.pos >= this.length;
  }
  skipSpace() {
    const text2 = this.text;
    let i = this.pos;
    for (; ; ) {
      const c = text2.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) i++;
      else break;
    }
    this.pos = i;
  }
  /** Skips whitespace, then consumes `code` if it is next. */
  eat(code) {
    this.skipSpace();
    if (this.peek() !== code) return false;
    this.pos++;
    return true;
  }
  /**
   * Fails with `expected "<ch>" <context>, found …` at the cursor. Parsers write `if (!s.eat(c)) s.missing(c, …)`
   * so that the message is only built on failure.
   */
  missing(code, context, hint) {
    this.skipSpace();
    this.fail(`expected "${String.fromCharCode(code)}" ${context}, found ${this.found()}`, this.pos, hint);
  }
  /**
   * Reads `[A-Za-z_][A-Za-z0-9_]*` or returns undefined. `extra` is one more character code allowed after the
   * first character: `Ch.Dot` for metric names, `Ch.Minus` for sources such as `trace-analytics`.
   */
  readIdent(extra = -1) {
    const start = this.pos;
    const text2 = this.text;
    if (!isIdentStart(text2.charCodeAt(start))) return void 0;
    let i = start + 1;
    for (; ; ) {
      const c = text2.charCodeAt(i);
      if (isIdentPart(c) || c === extra) i++;
      else break;
    }
    this.pos = i;
    return text2.slice(start, i);
  }
  /** Reads a decimal number with optional sign, fraction and exponent, or returns undefined. */
  readNumber() {
    const start = this.pos;
    let i = start;
    const text2 = this.text;
    if (text2.charCodeAt(i) === Ch.Minus || text2.charCodeAt(i) === Ch.Plus) i++;
    const digitsStart = i;
    while (isDigit(text2.charCodeAt(i))) i++;
    if (text2.charCodeAt(i) === Ch.Dot && isDigit(text2.charCodeAt(i + 1))) {
      i++;
      while (isDigit(text2.charCodeAt(i))) i++;
    }
    if (i === digitsStart) return void 0;
    const e = text2.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      if (text2.charCodeAt(j) === Ch.Plus || text2.charCodeAt(j) === Ch.Minus) j++;
      if (isDigit(text2.charCodeAt(j))) {
        while (isDigit(text2.charCodeAt(j))) j++;
        i = j;
      }
    }
    if (isIdentStart(text2.charCodeAt(i))) return void 0;
    this.pos = i;
    return Number(text2.slice(start, i));
  }
  /** Reads a `"…"` or `'…'` string with backslash escapes; fails on an unterminated string. */
  readString() {
    const open = this.peek();
    if (open !== Ch.DQuote && open !== Ch.SQuote) return void 0;
    const start = this.pos;
    let value = "";
    let chunk = start + 1;
    let i = start + 1;
    const text2 = this.text;
    while (i < this.length) {
      const c = text2.charCodeAt(i);
      if (c === open) {
        this.pos = i + 1;
        return { value: value + text2.slice(chunk, i), quote: open === Ch.DQuote ? '"' : "'", offset: start };
      }
      if (c === Ch.Backslash && i + 1 < this.length) {
        const next = text2.charCodeAt(i + 1);
        if (next === open || next === Ch.Backslash) {
          value += text2.slice(chunk, i);
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
  found(at = this.pos) {
    let i = at;
    while (i < this.length && isSpace(this.text.charCodeAt(i))) i++;
    if (i >= this.length) return "end of query";
    const text2 = this.text;
    const c = text2.charCodeAt(i);
    let end = i + 1;
    if (has(c, WORD)) {
      while (end < this.length && end - i < 24 && has(text2.charCodeAt(end), WORD)) end++;
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      const close = text2.indexOf(text2[i] ?? "", i + 1);
      end = close < 0 ? Math.min(this.length, i + 24) : Math.min(close + 1, i + 24);
    } else if ("<>=!&|".includes(text2[i] ?? "")) {
      while (end < this.length && end - i < 3 && "<>=!&|".includes(text2[end] ?? "")) end++;
    }
    return JSON.stringify(text2.slice(i, end));
  }
  /** The text from `start` to the cursor, trimmed and shortened, for "after …" in messages. */
  since(start) {
    const s = this.text.slice(start, this.pos).trim();
    return s.length > 40 ? `\u2026${s.slice(-39)}` : s;
  }
  /** Counts one level of nesting at `at`; fails past {@link MAX_DEPTH}. Pair with `leave()`. */
  enter(at) {
    if (++this.depth > MAX_DEPTH) this.fail(`the query nests more than ${MAX_DEPTH} levels deep`, at, "simplify the expression");
  }
  leave() {
    this.depth--;
  }
  fail(message2, offset = this.pos, hint) {
    throw new QuerySyntaxError(message2, offset, hint);
  }
};

// src/validate/query/balance.ts
var CLOSER = { [Ch.LParen]: Ch.RParen, [Ch.LBrace]: Ch.RBrace, 91: 93 };
var OPENER = { [Ch.RParen]: Ch.LParen, [Ch.RBrace]: Ch.LBrace, 93: 91 };
function checkBalanced(text2) {
  const stack = [];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === Ch.DQuote || c === Ch.SQuote) {
      let j = i + 1;
      while (j < text2.length && text2.charCodeAt(j) !== c) j += text2.charCodeAt(j) === Ch.Backslash ? 2 : 1;
      if (j >= text2.length) {
        const q = String.fromCharCode(c);
        throw new QuerySyntaxError(`unterminated string: the ${q} opened here is never closed`, i, `add the closing ${q}`);
      }
      i = j;
    } else if (CLOSER[c] !== void 0) {
      stack.push(i);
    } else if (OPENER[c] !== void 0) {
      const open2 = stack.pop();
      const ch = String.fromCharCode(c);
      if (open2 === void 0) throw new QuerySyntaxError(`"${ch}" has no matching "${String.fromCharCode(OPENER[c] ?? 0)}"`, i);
      if (CLOSER[text2.charCodeAt(open2)] !== c) {
        const expected = String.fromCharCode(CLOSER[text2.charCodeAt(open2)] ?? 0);
        throw new QuerySyntaxError(`expected "${expected}" to close "${text2[open2]}" at offset ${open2}, found "${ch}"`, i);
      }
    }
  }
  const open = stack.pop();
  if (open !== void 0) {
    throw new QuerySyntaxError(
      `"${text2[open]}" at offset ${open} is never closed`,
      open,
      `add the matching "${String.fromCharCode(CLOSER[text2.charCodeAt(open)] ?? 0)}"`
    );
  }
}

// src/validate/query/threshold.ts
var COMPARATOR_CHARS = "<>=!";
var LIKELY = { "=": "==", "=>": ">=", "=<": "<=", "<>": "!=", "===": "==", "!==": "!=" };
function parseCondition(s, afterWhat, required) {
  const after = () => typeof afterWhat === "string" ? afterWhat : `"${s.since(afterWhat)}"`;
  s.skipSpace();
  if (s.atEnd()) {
    if (!required) return void 0;
    s.fail(
      `expected a comparator such as ">" after ${after()}, found end of query`,
      s.pos,
      'end the query with a comparator and the critical threshold, e.g. "> 90"'
    );
  }
  const at = s.pos;
  let end = at;
  while (end < s.length && COMPARATOR_CHARS.includes(s.text[end] ?? "")) end++;
  const op = s.text.slice(at, end);
  if (op === "") {
    if (!required) {
      expectEnd(s, after());
      return void 0;
    }
    s.fail(
      `expected a comparator such as ">" after ${after()}, found ${s.found()}`,
      at,
      'metric, search and SLO queries end with a comparator and the critical threshold, e.g. "> 90"'
    );
  }
  if (!isComparator(op)) {
    const likely = LIKELY[op];
    s.fail(
      `"${op}" is not a comparator; expected one of >, >=, <, <=, ==, !=`,
      at,
      likely ? `write "${likely}"` : void 0
    );
  }
  s.pos = end;
  s.skipSpace();
  const numberAt = s.pos;
  const threshold = s.readNumber();
  if (threshold === void 0 || !Number.isFinite(threshold)) {
    s.fail(
      `expected a number after "${op}", found ${s.found(numberAt)}`,
      numberAt,
      "the threshold is a plain number such as 90, 0.5 or -20"
    );
  }
  s.skipSpace();
  if (!s.atEnd()) expectEnd(s, `the threshold "${s.text.slice(numberAt, s.pos).trim()}"`);
  return { comparator: op, threshold };
}
function expectEnd(s, after, hint) {
  s.skipSpace();
  if (s.atEnd()) return;
  s.fail(`unexpected ${s.found()} after ${after}; the query should end here`, s.pos, hint);
}
function isComparator(op) {
  return op === ">" || op === ">=" || op === "<" || op === "<=" || op === "==" || op === "!=";
}
function atComparator(s) {
  let i = s.pos;
  while (i < s.length && isSpace(s.text.charCodeAt(i))) i++;
  return i < s.length && COMPARATOR_CHARS.includes(s.text[i] ?? "");
}

// src/validate/query/composite-parser.ts
var OPERAND = 'a monitor id or "${logical-id}"';
var CompositeParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  refs = [];
  parse() {
    const expr = this.or("the start of the query");
    expectEnd(this.s, "the composite expression", this.wordOperatorHint());
    return { kind: "composite", expr };
  }
  or(after) {
    let left = this.and(after);
    while (this.operator(Ch.Pipe)) left = { kind: "or", left, right: this.and('"||"') };
    return left;
  }
  and(after) {
    let left = this.unary(after);
    while (this.operator(Ch.Amp)) left = { kind: "and", left, right: this.unary('"&&"') };
    return left;
  }
  /** Consumes `&&` or `||`; a single `&` or `|` is an error. */
  operator(ch) {
    const s = this.s;
    s.skipSpace();
    if (s.peek() !== ch) return false;
    const doubled = String.fromCharCode(ch, ch);
    if (s.peek(1) !== ch) s.fail(`expected "${doubled}", found "${String.fromCharCode(ch)}"`, s.pos, `write ${doubled}`);
    s.pos += 2;
    return true;
  }
  unary(after) {
    const s = this.s;
    s.skipSpace();
    s.enter(s.pos);
    const e = this.operand(after);
    s.leave();
    return e;
  }
  operand(after) {
    const s = this.s;
    const at = s.pos;
    const c = s.peek();
    if (c === Ch.Bang) {
      s.pos++;
      return { kind: "not", operand: this.unary('"!"') };
    }
    if (c === Ch.LParen) {
      s.pos++;
      const inner = this.or('"("');
      s.skipSpace();
      if (s.peek() !== Ch.RParen) {
        s.fail(
          `expected ")" to close the "(" at offset ${at}, found ${s.found()}`,
          s.pos,
          s.atEnd() ? 'every "(" needs a matching ")"' : this.wordOperatorHint()
        );
      }
      s.pos++;
      return { kind: "group", inner };
    }
    if (isDigit(c)) {
      while (isDigit(s.peek())) s.pos++;
      if (isIdentPart(s.peek())) s.fail(`expected ${OPERAND} after ${after}, found ${s.found(at)}`, at);
      return { kind: "monitor-id", id: Number(s.text.slice(at, s.pos)) };
    }
    if (c === Ch.Dollar && s.peek(1) === Ch.LBrace) return { kind: "ref", ref: this.ref() };
    s.fail(
      `expected ${OPERAND} after ${after}, found ${s.found()}`,
      at,
      s.atEnd() ? "an operator must be followed by another monitor" : "refer to monitors by logical id, e.g. ${checkout-errors} && ${checkout-latency}"
    );
  }
  /** `${logical-id}`; the cursor is on `$`. */
  ref() {
    const s = this.s;
    const at = s.pos;
    s.pos += 2;
    const start = s.pos;
    while (s.pos < s.length) {
      const c = s.peek();
      if (c === Ch.RBrace || isSpace(c) || c === Ch.LBrace || c === Ch.Dollar || c === Ch.DQuote || c === Ch.SQuote) break;
      s.pos++;
    }
    const ref2 = s.text.slice(start, s.pos);
    if (s.peek() !== Ch.RBrace) {
      s.fail(
        `expected "}" to close the reference opened at offset ${at}, found ${s.found()}`,
        s.pos,
        "a reference reads ${logical-id}"
      );
    }
    if (ref2 === "") s.fail('empty reference "${}"; expected a logical id such as ${checkout-errors}', at);
    s.pos++;
    if (!this.refs.includes(ref2)) this.refs.push(ref2);
    return ref2;
  }
  wordOperatorHint() {
    const s = this.s;
    s.skipSpace();
    const i = s.pos;
    const word = s.text.slice(i, i + 4).toLowerCase();
    if (word.startsWith("and")) return "write && instead of AND";
    if (word.startsWith("or")) return "write || instead of OR";
    if (word.startsWith("not")) return "write ! instead of NOT";
    return void 0;
  }
};
function parseComposite(s) {
  const parser = new CompositeParser(s);
  return { ast: parser.parse(), refs: parser.refs };
}

// src/validate/query/chain-parser.ts
var STRICT = {};
function readLiteral(s, bareWords = false) {
  s.skipSpace();
  const str = s.readString();
  if (str) return { kind: "string", value: str.value };
  const n = s.readNumber();
  if (n !== void 0) return { kind: "number", value: n };
  if (bareWords) {
    const start = s.pos;
    while (isBareWordPart(s.peek())) s.pos++;
    return s.pos > start ? { kind: "ident", name: s.text.slice(start, s.pos) } : void 0;
  }
  const name = s.readIdent();
  if (name !== void 0) return { kind: "ident", name };
  return void 0;
}
function isBareWordPart(c) {
  return isIdentPart(c) || c === 64 || c === Ch.Dot || c === Ch.Colon || c === Ch.Minus || c === Ch.Slash || c === Ch.Star;
}
function parseLiteralArgs(s, method, syntax = STRICT) {
  const args = [];
  const offsets = [];
  let named;
  if (s.eat(Ch.RParen)) return { args, offsets };
  for (; ; ) {
    s.skipSpace();
    const at = s.pos;
    const lit = readLiteral(s, syntax.bareWords);
    if (!lit) {
      const call2 = `.${method}(`;
      if (s.atEnd()) s.fail(`expected ")" to close "${call2}", found end of query`, at, 'every "(" needs a matching ")"');
      s.fail(
        `expected a quoted string, a number or a word as an argument of "${call2}", found ${s.found()}`,
        at,
        isDigit(s.peek()) ? `quote durations, e.g. ${call2}"5m")` : void 0
      );
    }
    if (syntax.named && lit.kind === "ident" && atAssign(s)) {
      s.skipSpace();
      s.pos++;
      s.skipSpace();
      const valueAt2 = s.pos;
      const value = readLiteral(s, syntax.bareWords);
      if (!value) s.fail(`expected a value after "${lit.name}=" in ".${method}(", found ${s.found(valueAt2)}`, valueAt2);
      named ??= [];
      if (named.some((n) => n.name === lit.name)) s.fail(`"${lit.name}=" appears twice in ".${method}("`, at);
      named.push({ name: lit.name, value });
    } else if (named !== void 0) {
      s.fail(`positional argument after a named one in ".${method}("`, at, "put name=value arguments last");
    } else {
      args.push(lit);
      offsets.push(at);
    }
    if (s.eat(Ch.Comma)) continue;
    if (s.eat(Ch.RParen)) return named === void 0 ? { args, offsets } : { args, offsets, named };
    s.fail(
      `expected "," or ")" after an argument of ".${method}(", found ${s.found()}`,
      s.pos,
      s.atEnd() ? 'every "(" needs a matching ")"' : void 0
    );
  }
}
function atAssign(s) {
  let i = s.pos;
  while (isSpace(s.text.charCodeAt(i))) i++;
  return s.text.charCodeAt(i) === Ch.Eq && s.text.charCodeAt(i + 1) !== Ch.Eq;
}
function parseChain(s, syntax = STRICT) {
  const calls = [];
  const offsets = [];
  while (s.eat(Ch.Dot)) {
    s.skipSpace();
    const at = s.pos;
    const name = s.readIdent();
    if (name === void 0) s.fail(`expected a method name after ".", found ${s.found()}`, at);
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after ".${name}"`, `call it: .${name}(\u2026)`);
    const parsed = parseLiteralArgs(s, name, syntax);
    const call2 = { name, args: parsed.args, offset: at };
    if (parsed.named !== void 0) call2.named = parsed.named;
    calls.push(call2);
    offsets.push(parsed.offsets);
  }
  return { calls, offsets };
}
function literalText(lit) {
  return lit.kind === "string" ? lit.value : lit.kind === "ident" ? lit.name : void 0;
}
function stringArgs(s, call2, offsets, min, max = Infinity) {
  const values = [];
  call2.args.forEach((arg, i) => {
    if (arg.kind !== "string") {
      s.fail(
        `expected a quoted string as argument ${i + 1} of ".${call2.name}(", found ${s.found(offsets[i])}`,
        offsets[i],
        `quote it: .${call2.name}("\u2026")`
      );
    }
    values.push(arg.value);
  });
  if (values.length < min) {
    s.fail(`".${call2.name}()" needs at least ${min} argument${min === 1 ? "" : "s"}, found ${values.length}`, call2.offset);
  }
  if (values.length > max) {
    s.fail(
      `".${call2.name}()" takes at most ${max} argument${max === 1 ? "" : "s"}, found ${values.length}`,
      offsets[max] ?? call2.offset
    );
  }
  return values;
}
function isDuration(text2) {
  let i = 0;
  while (i < text2.length && text2.charCodeAt(i) >= 48 && text2.charCodeAt(i) <= 57) i++;
  if (i === 0) return false;
  const unit = text2.slice(i);
  return unit === "s" || unit === "m" || unit === "h" || unit === "d" || unit === "w" || unit === "mo";
}

// src/validate/query/formula-parser.ts
var EXAMPLE = 'formula("query1 / query2 * 100").last("5m") > 10';
var FORMULA_CHAIN = { named: true, bareWords: true };
function atFormula(s) {
  s.skipSpace();
  const text2 = s.text;
  const i = s.pos;
  if (text2.charCodeAt(i) !== 102 || !text2.startsWith("formula", i)) return false;
  let j = i + 7;
  while (isSpace(text2.charCodeAt(j))) j++;
  return text2.charCodeAt(j) === Ch.LParen;
}
function parseFormulaQuery(s, type) {
  s.skipSpace();
  const start = s.pos;
  s.readIdent();
  s.eat(Ch.LParen);
  s.skipSpace();
  const stringAt = s.pos;
  const str = s.readString();
  if (!str) s.fail(`expected the formula in quotes after "formula(", found ${s.found(stringAt)}`, stringAt, `e.g. ${EXAMPLE}`);
  const { expr, variables } = parseFormulaText(s.text, str, s.pos - 1);
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, "after the formula string", "the formula is one quoted string");
  const { calls, offsets } = parseChain(s, FORMULA_CHAIN);
  const groupBy = [];
  let windowCall;
  let window;
  calls.forEach((call2, i) => {
    const at = offsets[i] ?? [];
    if (call2.name === "by") {
      noNamed(s, call2);
      if (call2.args.length === 0) s.fail('".by()" needs at least 1 group', call2.offset, 'e.g. .by("service") or .by(service,env)');
      call2.args.forEach((arg, k) => {
        const text2 = literalText(arg);
        if (text2 === void 0) s.fail(`expected a tag key as argument ${k + 1} of ".by(", found ${s.found(at[k])}`, at[k]);
        for (const group of text2.split(",")) {
          const g = group.trim();
          if (g !== "" && g !== "*" && !groupBy.includes(g)) groupBy.push(g);
        }
      });
    } else if (call2.name === "last" || call2.name === "current") {
      noNamed(s, call2);
      if (windowCall) {
        s.fail(
          `a formula query takes one evaluation window, found ".${windowCall.name}()" and ".${call2.name}()"`,
          call2.offset,
          `keep one, e.g. ${EXAMPLE}`
        );
      }
      const value = call2.args.length === 1 && call2.args[0] ? literalText(call2.args[0]) : void 0;
      if (value === void 0 || !isDuration(value)) {
        s.fail(
          `expected one window such as "5m", "1h" or "7d" in ".${call2.name}(", found ${s.found(at[0] ?? call2.offset)}`,
          at[0] ?? call2.offset,
          `e.g. .${call2.name}("5m")`
        );
      }
      windowCall = call2;
      window = value;
    } else if (call2.name === "rollup") {
      noNamed(s, call2);
      const method = call2.args[0];
      if (method === void 0 || literalText(method) === void 0) {
        s.fail(
          `expected the rollup method as argument 1 of ".rollup(", found ${s.found(at[0] ?? call2.offset)}`,
          at[0] ?? call2.offset,
          'e.g. .rollup("sum")'
        );
      }
    }
  });
  if (window === void 0) {
    s.fail(
      `expected ".last("5m")" (the evaluation window) in the ${type} formula query, found ${s.found()}`,
      s.pos,
      `e.g. ${EXAMPLE}`
    );
  }
  const cond = parseCondition(s, start, true);
  if (!cond) s.fail(`expected a comparator such as ">" after "${s.since(start)}"`, s.pos);
  return {
    kind: "formula",
    formula: str.value,
    expr,
    variables,
    calls,
    groupBy,
    window,
    comparator: cond.comparator,
    threshold: cond.threshold
  };
}
function noNamed(s, call2) {
  const first = call2.named?.[0];
  if (first) s.fail(`".${call2.name}()" takes no name=value arguments, found "${first.name}="`, call2.offset);
}
function parseFormulaText(text2, str, close) {
  const parser = new FormulaParser(new Scanner(str.value));
  try {
    return { expr: parser.parse(), variables: parser.variables };
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    const raw2 = text2.slice(str.offset + 1, close);
    throw new QuerySyntaxError(err.message, str.offset + 1 + rawOffset(raw2, err.offset), err.hint);
  }
}
function rawOffset(raw2, offset) {
  let r2 = 0;
  for (let v = 0; v < offset && r2 < raw2.length; v++) {
    r2 += raw2.charCodeAt(r2) === Ch.Backslash && `"'\\`.includes(raw2[r2 + 1] ?? "x") ? 2 : 1;
  }
  return r2;
}
var FormulaParser = class {
  constructor(f) {
    this.f = f;
  }
  f;
  /** Query names read by the formula, in order of first use. */
  variables = [];
  parse() {
    const f = this.f;
    f.skipSpace();
    if (f.atEnd()) f.fail("the formula is empty; expected query names joined by +, -, * or /", f.pos, `e.g. ${EXAMPLE}`);
    const e = this.sum();
    f.skipSpace();
    if (!f.atEnd()) {
      const c = f.peek();
      f.fail(
        c === Ch.RParen ? '")" in the formula has no matching "("' : `unexpected ${this.found()} in the formula`,
        f.pos,
        c === Ch.RParen ? void 0 : "join query names with +, -, * or /, e.g. query1 / query2 * 100"
      );
    }
    return e;
  }
  sum() {
    const f = this.f;
    let left = this.product();
    for (; ; ) {
      f.skipSpace();
      const c = f.peek();
      if (c !== Ch.Plus && c !== Ch.Minus) return left;
      f.pos++;
      left = { kind: "binary", op: c === Ch.Plus ? "+" : "-", left, right: this.product() };
    }
  }
  product() {
    const f = this.f;
    let left = this.unary();
    for (; ; ) {
      f.skipSpace();
      const c = f.peek();
      if (c !== Ch.Star && c !== Ch.Slash) return left;
      f.pos++;
      left = { kind: "binary", op: c === Ch.Star ? "*" : "/", left, right: this.unary() };
    }
  }
  unary() {
    const f = this.f;
    f.skipSpace();
    f.enter(f.pos);
    let e;
    if (f.peek() === Ch.Minus) {
      const n = f.readNumber();
      if (n !== void 0) {
        e = { kind: "number", value: n };
      } else {
        f.pos++;
        e = { kind: "negate", operand: this.unary() };
      }
    } else {
      e = this.primary();
    }
    f.leave();
    return e;
  }
  primary() {
    const f = this.f;
    const at = f.pos;
    const c = f.peek();
    if (c === Ch.LParen) {
      f.pos++;
      const inner = this.sum();
      f.skipSpace();
      if (f.peek() !== Ch.RParen) {
        f.fail(
          `expected ")" to close the "(" at character ${at + 1} of the formula, found ${this.found()}`,
          f.pos,
          f.atEnd() ? 'every "(" needs a matching ")"' : "join query names with +, -, * or /"
        );
      }
      f.pos++;
      return { kind: "paren", inner };
    }
    if (isDigit(c) || c === Ch.Dot) {
      const n = f.readNumber();
      if (n === void 0) f.fail(`expected a number in the formula, found ${this.found()}`, at);
      return { kind: "number", value: n };
    }
    const name = f.readIdent();
    if (name === void 0) {
      f.fail(
        `expected a query name such as "query1", a number, a function or "(" in the formula, found ${this.found()}`,
        at,
        f.atEnd() ? "an operator must be followed by another operand" : void 0
      );
    }
    f.skipSpace();
    if (f.peek() === Ch.LParen) return this.call(name, at);
    if (!this.variables.includes(name)) this.variables.push(name);
    return { kind: "variable", name };
  }
  /** `name(args)`; the cursor is on `(`. */
  call(name, at) {
    const f = this.f;
    f.pos++;
    const args = [];
    if (f.eat(Ch.RParen)) return { kind: "call", name, args };
    let sawNamed = false;
    for (; ; ) {
      f.skipSpace();
      const argAt = f.pos;
      const arg = this.argument(name);
      if (arg.name !== void 0) sawNamed = true;
      else if (sawNamed) f.fail(`positional argument after a named one in "${name}("`, argAt, "put name=value arguments last");
      args.push(arg);
      if (f.eat(Ch.Comma)) continue;
      if (f.eat(Ch.RParen)) return { kind: "call", name, args };
      f.fail(
        `expected "," or ")" in the arguments of "${name}(", found ${this.found()}`,
        f.pos,
        f.atEnd() ? `close the "(" at character ${at + name.length + 1} of the formula` : void 0
      );
    }
  }
  /** `'basic'`, `direction='above'` or a formula expression. */
  argument(fn) {
    const f = this.f;
    const c = f.peek();
    if (c === Ch.DQuote || c === Ch.SQuote) return { value: { kind: "string", value: f.readString()?.value ?? "" } };
    if (isIdentStart(c)) {
      const save = f.pos;
      const word = f.readIdent() ?? "";
      f.skipSpace();
      if (f.peek() === Ch.Eq && f.peek(1) !== Ch.Eq) {
        f.pos++;
        const valueAt2 = f.pos;
        const value = readLiteral(f);
        if (!value) f.fail(`expected a value after "${word}=" in "${fn}(", found ${this.found(valueAt2)}`, valueAt2);
        return { name: word, value };
      }
      f.pos = save;
    }
    if (f.atEnd()) f.fail(`expected an argument or ")" after "${fn}(", found the end of the formula`, f.pos);
    return { value: this.sum() };
  }
  /** Like Scanner.found, but names the end of the formula rather than the end of the query. */
  found(at = this.f.pos) {
    let i = at;
    while (isSpace(this.f.text.charCodeAt(i))) i++;
    return i >= this.f.length ? "the end of the formula" : this.f.found(at);
  }
};

// src/validate/query/functions.ts
var EXPR = { what: "a metric expression", kind: "expr" };
var NUMBER = (what) => ({ what, kind: "number" });
var WORD2 = (what, oneOf) => ({ what, kind: "word", ...oneOf && { oneOf } });
var UNARY = { params: [EXPR], required: 1, example: "diff(avg:system.load.1{*})" };
var CLAMP = (name) => ({
  params: [EXPR, NUMBER("the bound")],
  required: 2,
  example: `${name}(avg:system.load.1{*}, 0)`
});
var FUNCTIONS = {
  anomalies: {
    params: [EXPR, WORD2("the algorithm", ["basic", "agile", "robust"]), NUMBER("the bounds")],
    required: 3,
    example: "anomalies(avg:system.load.1{*}, 'basic', 2)"
  },
  forecast: {
    params: [EXPR, WORD2("the algorithm", ["linear", "seasonal"]), NUMBER("the deviations")],
    required: 3,
    example: "forecast(avg:system.disk.in_use{*}, 'linear', 1)"
  },
  outliers: {
    params: [
      EXPR,
      WORD2("the algorithm", ["DBSCAN", "MAD", "scaledMAD", "scaledDBSCAN"]),
      NUMBER("the tolerance"),
      NUMBER("the percentage")
    ],
    required: 3,
    example: "outliers(avg:system.load.1{*} by {host}, 'DBSCAN', 3)"
  },
  timeshift: { params: [EXPR, NUMBER("the shift in seconds")], required: 2, example: "timeshift(avg:system.load.1{*}, -3600)" },
  top: {
    params: [
      EXPR,
      NUMBER("the limit"),
      WORD2("the ranking", ["max", "min", "last", "l2norm", "area", "mean", "norm"]),
      WORD2("the order", ["asc", "desc"])
    ],
    required: 1,
    example: "top(avg:system.load.1{*} by {host}, 10, 'mean', 'desc')"
  },
  clamp_min: CLAMP("clamp_min"),
  clamp_max: CLAMP("clamp_max"),
  cutoff_min: CLAMP("cutoff_min"),
  cutoff_max: CLAMP("cutoff_max")
};
for (const name of [
  "abs",
  "log2",
  "log10",
  "cumsum",
  "integral",
  "diff",
  "monotonic_diff",
  "derivative",
  "per_second",
  "per_minute",
  "per_hour",
  "hour_before",
  "day_before",
  "week_before",
  "month_before",
  "ewma_3",
  "ewma_5",
  "ewma_7",
  "ewma_10",
  "ewma_20",
  "median_3",
  "median_5",
  "median_7",
  "median_9",
  "count_nonzero",
  "count_not_null",
  "default_zero",
  "robust_trend",
  "trend_line",
  "piecewise_constant"
]) FUNCTIONS[name] = { ...UNARY, example: `${name}(avg:system.load.1{*})` };
function isExpr(value) {
  return value.kind !== "string" && value.kind !== "ident";
}
function wordOf(value) {
  return value.kind === "string" ? value.value : value.kind === "ident" ? value.name : void 0;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function checkFunction(s, name, args, offsets, close) {
  let positional = 0;
  let sawNamed = false;
  args.forEach((arg, i) => {
    if (arg.name !== void 0) sawNamed = true;
    else if (sawNamed) s.fail(`positional argument after a named one in "${name}("`, offsets[i], "put name=value arguments last");
    else positional++;
  });
  const sig = FUNCTIONS[name];
  if (!sig) return;
  if (positional === 0 && sig.params[0]?.kind === "expr") {
    s.fail(
      `expected a metric expression as the first argument of "${name}(", found ${s.found(offsets[0] ?? close)}`,
      offsets[0] ?? close,
      `e.g. ${sig.example}`
    );
  }
  for (let i = 0; i < positional; i++) {
    const param = sig.params[i];
    const value = args[i]?.value;
    if (!param || !value) continue;
    const at = offsets[i];
    if (param.kind === "expr" && !isExpr(value)) {
      s.fail(`expected a metric expression as argument ${i + 1} of "${name}(", found ${s.found(at)}`, at, `e.g. ${sig.example}`);
    }
    if (param.kind === "number" && value.kind !== "number") {
      s.fail(`expected a number as argument ${i + 1} of "${name}(" (${param.what}), found ${s.found(at)}`, at, `e.g. ${sig.example}`);
    }
    if (param.kind === "word") {
      const word = wordOf(value);
      if (word === void 0) {
        s.fail(
          `expected a quoted word as argument ${i + 1} of "${name}(" (${param.what}), found ${s.found(at)}`,
          at,
          `e.g. ${sig.example}`
        );
      }
      if (param.oneOf && !param.oneOf.includes(word)) {
        s.fail(`unknown ${name} ${param.what.replace(/^the /, "")} '${word}'; expected ${listOf(param.oneOf)}`, at);
      }
    }
  }
  if (positional < sig.required) {
    const what = joinAnd(sig.params.slice(positional, sig.required).map((p) => p.what));
    s.fail(
      `"${name}(" needs ${plural(sig.required, "argument")}, found ${positional}; missing ${what}`,
      close,
      `e.g. ${sig.example}`
    );
  }
  if (positional > sig.params.length) {
    s.fail(
      `"${name}(" takes at most ${plural(sig.params.length, "positional argument")}, found ${positional}`,
      offsets[sig.params.length],
      `e.g. ${sig.example}`
    );
  }
}
function listOf(values) {
  return joinWith(values.map((v) => `'${v}'`), "or");
}
function joinAnd(values) {
  return joinWith(values, "and");
}
function joinWith(values, word) {
  return values.length <= 1 ? values[0] ?? "" : `${values.slice(0, -1).join(", ")} ${word} ${values[values.length - 1]}`;
}
var METHODS = {
  as_count: { params: [], required: 0, example: ".as_count()" },
  as_rate: { params: [], required: 0, example: ".as_rate()" },
  weighted: { params: [], required: 0, example: ".weighted()" },
  rollup: {
    params: [WORD2("the rollup method", ["avg", "sum", "min", "max", "count"]), NUMBER("the interval in seconds")],
    required: 1,
    example: ".rollup(sum, 60)"
  },
  fill: {
    params: [WORD2("the fill method", ["null", "zero", "linear", "last"]), NUMBER("the limit in seconds")],
    required: 1,
    example: ".fill(zero, 0)"
  }
};
function checkMethod(s, name, at, args, offsets, close) {
  if (name === "by") return;
  const sig = METHODS[name];
  if (!sig) {
    s.fail(
      `unknown method ".${name}()"; expected .as_count(), .as_rate(), .rollup(), .fill(), .weighted() or .by()`,
      at,
      name === "as_cnt" || name === "count" ? "write .as_count()" : void 0
    );
  }
  if (args.length < sig.required) {
    s.fail(`".${name}()" needs ${plural(sig.required, "argument")}, found ${args.length}`, close, `e.g. ${sig.example}`);
  }
  if (args.length > sig.params.length) {
    s.fail(
      `".${name}()" takes ${sig.params.length === 0 ? "no arguments" : `at most ${plural(sig.params.length, "argument")}`}, found ${args.length}`,
      offsets[sig.params.length],
      `e.g. ${sig.example}`
    );
  }
  args.forEach((arg, i) => {
    const param = sig.params[i];
    if (!param) return;
    const word = wordOf(arg);
    if (param.kind === "number" && arg.kind !== "number") {
      s.fail(
        `expected a number as argument ${i + 1} of ".${name}(" (${param.what}), found ${s.found(offsets[i])}`,
        offsets[i],
        `e.g. ${sig.example}`
      );
    }
    if (param.kind === "word" && (word === void 0 || param.oneOf && !param.oneOf.includes(word))) {
      s.fail(
        `expected ${param.what} as argument ${i + 1} of ".${name}(", one of ${param.oneOf?.join(", ")}; found ${s.found(offsets[i])}`,
        offsets[i],
        `e.g. ${sig.example}`
      );
    }
  });
}

// src/validate/query/scope-parser.ts
var ScopeParser = class {
  constructor(s, metric) {
    this.s = s;
    this.metric = metric;
  }
  s;
  metric;
  /** Offset of the first `,`/`!` and of the first keyword, to report mixing the two styles. */
  symbolic = -1;
  keywords = -1;
  parse() {
    const s = this.s;
    s.skipSpace();
    const open = s.pos;
    if (!s.eat(Ch.LBrace)) {
      s.missing(
        Ch.LBrace,
        `after the metric name "${this.metric}"`,
        "add a scope: {*} for every source, or tags such as {env:prod}"
      );
    }
    s.skipSpace();
    if (s.peek() === Ch.RBrace) {
      s.fail(
        `empty scope "{}" after "${this.metric}"; expected a tag such as "env:prod" or "*"`,
        s.pos,
        "use {*} to select every source"
      );
    }
    const items = [this.or()];
    for (; ; ) {
      s.skipSpace();
      const c = s.peek();
      if (c === Ch.RBrace) break;
      if (c === Ch.Comma) {
        this.markSymbolic(s.pos);
        s.pos++;
        items.push(this.or());
        continue;
      }
      if (c < 0) {
        s.fail(
          `expected "}" to close the scope opened at offset ${open}, found end of query`,
          s.pos,
          'every "{" needs a matching "}"'
        );
      }
      s.fail(
        `expected "," or "}" in the scope of "${this.metric}", found ${s.found()}`,
        s.pos,
        'separate tags with "," (or with AND / OR), e.g. {env:prod,service:web}'
      );
    }
    s.pos++;
    return { items };
  }
  or() {
    const first = this.and();
    const operands = [first];
    while (this.keyword("OR")) operands.push(this.and());
    return operands.length === 1 ? first : { kind: "or", operands };
  }
  and() {
    const first = this.unary();
    const operands = [first];
    while (this.keyword("AND")) operands.push(this.unary());
    return operands.length === 1 ? first : { kind: "and", operands };
  }
  unary() {
    const s = this.s;
    s.skipSpace();
    s.enter(s.pos);
    const node = this.operand();
    s.leave();
    return node;
  }
  operand() {
    const s = this.s;
    if (this.keyword("NOT")) return { kind: "not", operand: this.unary() };
    const c = s.peek();
    if (c === Ch.Bang) {
      this.markSymbolic(s.pos);
      s.pos++;
      return { kind: "tag", tag: this.tag("!"), negated: true };
    }
    if (c === Ch.LParen) {
      const open = s.pos;
      s.pos++;
      const inner = this.or();
      s.skipSpace();
      if (s.peek() !== Ch.RParen) {
        s.fail(`expected ")" to close the "(" at offset ${open} in the scope, found ${s.found()}`, s.pos);
      }
      s.pos++;
      return { kind: "group", inner };
    }
    const key = this.tag();
    const save = s.pos;
    const negated = this.keyword("NOT");
    if (this.keyword("IN")) return { kind: "in", key, values: this.list(key), negated };
    if (negated) s.fail(`expected IN after "${key} NOT", found ${s.found()}`, s.pos, 'write "key NOT IN (a,b)"');
    s.pos = save;
    return { kind: "tag", tag: key, negated: false };
  }
  /** `(a, b, c)` after IN. */
  list(key) {
    const s = this.s;
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${key} IN"`, `write the values in parentheses: ${key} IN (a,b)`);
    s.skipSpace();
    if (s.peek() === Ch.RParen) s.fail(`empty list after "${key} IN"; expected at least one value`, s.pos);
    const values = [this.tag(key)];
    while (s.eat(Ch.Comma)) values.push(this.tag(key));
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `to close the list after "${key} IN"`);
    return values;
  }
  /** One tag such as `env:prod`, `host:web-*` or `*`; `after` is `!` or the key of an IN list, for messages. */
  tag(after) {
    const s = this.s;
    s.skipSpace();
    const start = s.pos;
    while (!isTagEnd(s.peek())) s.pos++;
    const tag = s.text.slice(start, s.pos);
    if (tag === "" || keywordOf(tag) !== void 0) {
      s.pos = start;
      const where = after === void 0 ? "in the scope" : after === "!" ? 'after "!"' : `in the list after "${after} IN"`;
      s.fail(`expected a tag such as "env:prod" ${where}, found ${s.found()}`, start);
    }
    return tag;
  }
  /** Consumes the keyword `kw` (any case) if it is the next word. */
  keyword(kw) {
    const s = this.s;
    s.skipSpace();
    const start = s.pos;
    const end = start + kw.length;
    const text2 = s.text;
    if (end > s.length || !isTagEnd(text2.charCodeAt(end))) return false;
    if ((text2.charCodeAt(start) | 32) !== (kw.charCodeAt(0) | 32)) return false;
    if (keywordOf(text2.slice(start, end)) !== kw) return false;
    if (this.symbolic >= 0) this.mixed(start);
    if (this.keywords < 0) this.keywords = start;
    s.pos = end;
    return true;
  }
  markSymbolic(at) {
    if (this.keywords >= 0) this.mixed(at);
    if (this.symbolic < 0) this.symbolic = at;
  }
  mixed(at) {
    this.s.fail(
      'a scope cannot mix "," or "!" with AND, OR, NOT or IN',
      at,
      "use one style: {env:prod AND NOT region:us-east} or {env:prod,!region:us-east}"
    );
  }
};
function keywordOf(word) {
  switch (word) {
    case "AND":
    case "and":
      return "AND";
    case "OR":
    case "or":
      return "OR";
    case "NOT":
    case "not":
      return "NOT";
    case "IN":
    case "in":
      return "IN";
    default:
      return void 0;
  }
}
function parseScope(s, metric) {
  return new ScopeParser(s, metric).parse();
}
function parseGroupBy(s) {
  if (!s.eat(Ch.LBrace)) s.missing(Ch.LBrace, 'after "by"', `write the groups in braces, e.g. by {host}`);
  s.skipSpace();
  if (s.peek() === Ch.RBrace) {
    s.fail('empty group-by "by {}"; expected a tag key such as "host"', s.pos, 'remove "by {}" or name a tag key');
  }
  const groups = [];
  for (; ; ) {
    s.skipSpace();
    const start = s.pos;
    while (!isTagEnd(s.peek())) s.pos++;
    if (s.pos === start) s.fail(`expected a tag key such as "host" in "by {\u2026}", found ${s.found()}`, start);
    groups.push(s.text.slice(start, s.pos));
    if (s.eat(Ch.Comma)) continue;
    if (s.eat(Ch.RBrace)) return groups;
    s.fail(
      `expected "," or "}" in "by {\u2026}", found ${s.found()}`,
      s.pos,
      s.atEnd() ? 'every "{" needs a matching "}"' : 'separate group tags with ",", e.g. by {host,env}'
    );
  }
}
function atBy(s) {
  s.skipSpace();
  if (s.peek() !== 98 || s.peek(1) !== 121) return false;
  const after = s.peek(2);
  return after < 0 || isSpace(after) || after === Ch.LBrace;
}

// src/validate/query/metric-parser.ts
var TIME_AGGREGATIONS = /* @__PURE__ */ new Set(["avg", "sum", "min", "max", "percentile"]);
var SPACE_AGGREGATIONS = /* @__PURE__ */ new Set(["avg", "sum", "min", "max", "count"]);
var WINDOW_HINT = "windows look like last_<n><unit> with unit m, h, d, w or mo, e.g. last_5m, last_1h, current_1mo";
function parseMetricQuery(s) {
  s.skipSpace();
  const start = s.pos;
  const time = parseTimeAggregation(s);
  if (!s.eat(Ch.Colon)) {
    s.missing(Ch.Colon, `after "${s.since(start)}"`, "a metric query reads <time aggregation>(<window>):<metric expression>");
  }
  const expr = parseExpr(s);
  const cond = parseCondition(s, "the metric expression", true);
  return cond ? { kind: "metric", time, expr, comparator: cond.comparator, threshold: cond.threshold } : { kind: "metric", time, expr };
}
function parseTimeAggregation(s) {
  const start = s.pos;
  const name = s.readIdent();
  if (name === void 0) {
    s.fail(
      `expected a time aggregation such as "avg(last_5m):" at the start of the query, found ${s.found()}`,
      start,
      "a metric query starts with avg, sum, min, max or percentile and a window, e.g. avg(last_5m):"
    );
  }
  if (name === "change" || name === "pct_change") {
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${name}"`, `e.g. ${name}(avg(last_5m),last_1h):`);
    s.skipSpace();
    const innerAt = s.pos;
    const aggregation = s.readIdent();
    if (aggregation === void 0 || !TIME_AGGREGATIONS.has(aggregation)) {
      s.fail(
        `expected a time aggregation such as "avg(last_5m)" after "${name}(", found ${s.found(innerAt)}`,
        innerAt,
        `e.g. ${name}(avg(last_5m),last_1h):`
      );
    }
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${s.since(start)}"`);
    const window2 = readWindow(s, start);
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the window "${window2}"`);
    if (!s.eat(Ch.Comma)) s.missing(Ch.Comma, `after "${s.since(start)}"`, `the change window follows, e.g. ${name}(avg(last_5m),last_1h):`);
    const shift = readWindow(s, start, true);
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the change window "${shift}"`);
    return { kind: "change", change: name, aggregation, window: window2, shift };
  }
  if (!TIME_AGGREGATIONS.has(name)) {
    s.fail(`unknown time aggregation "${name}"; expected avg, sum, min, max, percentile, change or pct_change`, start);
  }
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${name}"`, `write the window in parentheses, e.g. ${name}(last_5m):`);
  const window = readWindow(s, start);
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the window "${window}"`);
  return { kind: "window", aggregation: name, window };
}
function readWindow(s, start, shift = false) {
  s.skipSpace();
  const at = s.pos;
  while (isIdentPart(s.peek())) s.pos++;
  const word = s.text.slice(at, s.pos);
  if (!isWindow(word, shift)) {
    s.pos = at;
    s.fail(
      `expected a time window such as "last_5m" after "${s.since(start)}", found ${s.found(at)}`,
      at,
      shift ? `${WINDOW_HINT}; the change window may also read 5m_ago` : WINDOW_HINT
    );
  }
  return word;
}
function isWindow(word, shift) {
  const sep = word.indexOf("_");
  if (sep < 0) return false;
  const head = word.slice(0, sep);
  const tail = word.slice(sep + 1);
  if (head === "last" || head === "current" || head === "next") return isAmount(tail);
  return shift && tail === "ago" && isAmount(head);
}
function isAmount(text2) {
  let i = 0;
  while (i < text2.length && isDigit(text2.charCodeAt(i))) i++;
  if (i === 0 || Number(text2.slice(0, i)) === 0) return false;
  const unit = text2.slice(i);
  return unit === "m" || unit === "h" || unit === "d" || unit === "w" || unit === "mo";
}
function parseExpr(s) {
  let left = parseProduct(s);
  for (; ; ) {
    s.skipSpace();
    const c = s.peek();
    if (c !== Ch.Plus && c !== Ch.Minus) return left;
    s.pos++;
    left = { kind: "binary", op: c === Ch.Plus ? "+" : "-", left, right: parseProduct(s) };
  }
}
function parseProduct(s) {
  let left = parseUnary(s);
  for (; ; ) {
    s.skipSpace();
    const c = s.peek();
    if (c !== Ch.Star && c !== Ch.Slash) return left;
    s.pos++;
    left = { kind: "binary", op: c === Ch.Star ? "*" : "/", left, right: parseUnary(s) };
  }
}
function parseUnary(s) {
  s.skipSpace();
  s.enter(s.pos);
  let e;
  if (s.peek() === Ch.Minus) {
    const n = s.readNumber();
    if (n !== void 0) {
      e = { kind: "number", value: n };
    } else {
      s.pos++;
      e = { kind: "negate", operand: parseUnary(s) };
    }
  } else {
    e = parsePrimary(s);
  }
  s.leave();
  return e;
}
function parsePrimary(s) {
  const at = s.pos;
  const c = s.peek();
  if (c === Ch.LParen) {
    s.pos++;
    const inner = parseExpr(s);
    s.skipSpace();
    if (s.peek() !== Ch.RParen) {
      s.fail(
        `expected ")" to close the "(" at offset ${at}, found ${s.found()}`,
        s.pos,
        s.atEnd() ? 'every "(" needs a matching ")"' : "join metric terms with +, -, * or /"
      );
    }
    s.pos++;
    return { kind: "paren", inner };
  }
  if (isDigit(c) || c === Ch.Dot) {
    const n = s.readNumber();
    if (n === void 0) s.fail(`expected a number, found ${s.found(at)}`, at);
    return { kind: "number", value: n };
  }
  if (isIdentStart(c)) {
    const name = s.readIdent(Ch.Dot) ?? "";
    const next = s.peek();
    if (next === Ch.Colon) return parseTerm(s, name, at);
    if (next === Ch.LParen && !name.includes(".")) return parseCall(s, name, at);
    if (next === Ch.LBrace || name.includes(".")) {
      s.fail(
        `expected a space aggregation before the metric "${name}"`,
        at,
        `write the aggregation across sources first, e.g. avg:${name}{*}`
      );
    }
    s.fail(`expected a metric such as "avg:system.cpu.user{*}", a number, a function or "(", found "${name}"`, at);
  }
  s.fail(
    `expected a metric such as "avg:system.cpu.user{*}", a number, a function or "(", found ${s.found()}`,
    at,
    s.atEnd() ? "an operator must be followed by another operand" : void 0
  );
}
function parseTerm(s, aggregation, at) {
  if (!SPACE_AGGREGATIONS.has(aggregation) && !isPercentile(aggregation)) {
    s.fail(`unknown space aggregation "${aggregation}"; expected avg, sum, min, max, count or a percentile such as p95`, at);
  }
  s.pos++;
  const nameAt = s.pos;
  const metric = s.readIdent(Ch.Dot);
  if (metric === void 0) s.fail(`expected a metric name after "${aggregation}:", found ${s.found(nameAt)}`, nameAt);
  const scope = parseScope(s, metric);
  let groupBy = [];
  if (atBy(s)) {
    s.pos += 2;
    groupBy = parseGroupBy(s);
  }
  const methods = [];
  while (s.eat(Ch.Dot)) {
    s.skipSpace();
    const methodAt = s.pos;
    const name = s.readIdent();
    if (name === void 0) s.fail(`expected a method such as "as_count" after ".", found ${s.found(methodAt)}`, methodAt);
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after ".${name}"`, `call it: .${name}()`);
    const { args, offsets } = parseLiteralArgs(s, name);
    checkMethod(s, name, methodAt, args, offsets, s.pos - 1);
    methods.push({ name, args });
  }
  if (atBy(s)) {
    if (groupBy.length > 0) s.fail(`"${metric}" is already grouped by {${groupBy.join(",")}}`, s.pos, 'use one "by {\u2026}"');
    s.pos += 2;
    groupBy = parseGroupBy(s);
  }
  return { kind: "metric", aggregation, metric, scope, groupBy, methods };
}
function isPercentile(name) {
  if (name.length < 2 || name.charCodeAt(0) !== 112 || !isDigit(name.charCodeAt(1))) return false;
  const n = Number(name.slice(1));
  return Number.isFinite(n) && n > 0 && n <= 100;
}
function parseCall(s, name, at) {
  s.pos++;
  const args = [];
  const offsets = [];
  if (!s.eat(Ch.RParen)) {
    for (; ; ) {
      s.skipSpace();
      offsets.push(s.pos);
      args.push(parseArgument(s, name));
      if (s.eat(Ch.Comma)) continue;
      if (s.eat(Ch.RParen)) break;
      s.fail(
        `expected "," or ")" in the arguments of "${name}(", found ${s.found()}`,
        s.pos,
        s.atEnd() ? `close the "(" opened at offset ${at + name.length}` : void 0
      );
    }
  }
  checkFunction(s, name, args, offsets, s.pos - 1);
  return { kind: "call", name, args };
}
function parseArgument(s, fn) {
  const c = s.peek();
  if (c === Ch.DQuote || c === Ch.SQuote) {
    const str = s.readString();
    return { value: { kind: "string", value: str?.value ?? "" } };
  }
  if (isIdentStart(c)) {
    const save = s.pos;
    const word = s.readIdent() ?? "";
    const next = s.peek();
    if (next !== Ch.Colon && next !== Ch.LParen && next !== Ch.Dot && next !== Ch.LBrace) {
      s.skipSpace();
      if (s.peek() === Ch.Eq && s.peek(1) !== Ch.Eq) {
        s.pos++;
        s.skipSpace();
        const valueAt2 = s.pos;
        const value = readLiteral(s);
        if (!value) s.fail(`expected a value after "${word}=" in "${fn}(", found ${s.found(valueAt2)}`, valueAt2);
        return { name: word, value };
      }
      const after = s.peek();
      if (after === Ch.Comma || after === Ch.RParen) return { value: { kind: "ident", name: word } };
    }
    s.pos = save;
  }
  if (s.atEnd()) s.fail(`expected an argument or ")" after "${fn}(", found end of query`, s.pos, 'every "(" needs a matching ")"');
  return { value: parseExpr(s) };
}

// src/validate/query/search-parser.ts
var SOURCES = {
  "log alert": ["logs", "formula"],
  "event alert": ["events"],
  "event-v2 alert": ["events", "formula"],
  "process alert": ["processes"],
  "rum alert": ["rum", "formula"],
  "trace-analytics alert": ["trace-analytics", "formula"],
  "audit alert": ["audits", "formula"],
  "ci-pipelines alert": ["ci-pipelines", "formula"],
  "ci-tests alert": ["ci-tests", "formula"]
};
function acceptsFormula(type) {
  return SOURCES[type]?.includes("formula") ?? true;
}
function parseSearch(s, type, strict) {
  s.skipSpace();
  const start = s.pos;
  const allowed = strict ? SOURCES[type] : void 0;
  const example = `${allowed?.[0] ?? "logs"}("status:error")`;
  const source = s.readIdent(Ch.Minus);
  if (source === void 0) {
    s.fail(
      `expected a search such as ${example} at the start of a ${type} query, found ${s.found()}`,
      start,
      `e.g. ${example}.rollup("count").last("5m") > 10`
    );
  }
  if (allowed && !allowed.includes(source)) {
    s.fail(
      `a ${type} query starts with ${allowed.map((a) => `${a}(\u2026)`).join(" or ")}, found "${source}"`,
      start,
      `e.g. ${example}.rollup("count").last("5m") > 10`
    );
  }
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${source}"`, `e.g. ${example}`);
  s.skipSpace();
  const searchAt = s.pos;
  const search = s.readString();
  if (!search) {
    s.fail(`expected a quoted search after "${source}(", found ${s.found(searchAt)}`, searchAt, `quote it, e.g. ${example}`);
  }
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the search string of "${source}("`, "the search is one quoted string");
  const { calls, offsets } = parseChain(s);
  const query = { kind: "search", source, search: search.value, calls, groupBy: [] };
  calls.forEach((call2, i) => {
    const at = offsets[i] ?? [];
    if (call2.name === "by") {
      for (const value of stringArgs(s, call2, at, 1)) {
        for (const group of value.split(",")) {
          const g = group.trim();
          if (g !== "" && g !== "*") query.groupBy.push(g);
        }
      }
    } else if (call2.name === "last" && (strict || call2.args[0]?.kind === "string")) {
      const [window] = stringArgs(s, call2, at, 1, 1);
      if (window === void 0 || !isDuration(window)) {
        s.fail(
          `expected a window such as "5m", "1h" or "1d" in ".last(", found ${s.found(at[0])}`,
          at[0],
          'e.g. .last("5m")'
        );
      }
      query.window = window;
    } else if (strict && (call2.name === "rollup" || call2.name === "index" || call2.name === "over" || call2.name === "exclude")) {
      stringArgs(s, call2, at, 1);
    }
  });
  if (strict && query.window === void 0) {
    s.fail(
      `expected ".last("5m")" (the evaluation window) in the ${type} query, found ${s.found()}`,
      s.pos,
      `e.g. ${example}.rollup("count").last("5m") > 10`
    );
  }
  const cond = parseCondition(s, start, strict);
  if (cond) {
    query.comparator = cond.comparator;
    query.threshold = cond.threshold;
  }
  return query;
}

// src/validate/query/service-check-parser.ts
var EXAMPLE2 = '"http.can_connect".over("*").by("host").last(2).count_by_status()';
function parseServiceCheck(s) {
  s.skipSpace();
  const start = s.pos;
  const check = s.readString();
  if (!check) {
    s.fail(
      `expected the check name in double quotes at the start of a service check query, found ${s.found()}`,
      start,
      `e.g. ${EXAMPLE2}`
    );
  }
  if (check.value.trim() === "") s.fail("the check name is empty", start, `e.g. ${EXAMPLE2}`);
  const { calls, offsets } = parseChain(s);
  const query = { kind: "service-check", check: check.value, over: [], exclude: [], by: [], last: 0 };
  let counted = false;
  let sawLast = false;
  calls.forEach((call2, i) => {
    const at = offsets[i] ?? [];
    if (counted) s.fail(`".count_by_status()" must end the query, found ".${call2.name}(" after it`, call2.offset);
    switch (call2.name) {
      case "over":
        query.over.push(...stringArgs(s, call2, at, 1));
        break;
      case "exclude":
        query.exclude.push(...stringArgs(s, call2, at, 1));
        break;
      case "by":
        query.by.push(...stringArgs(s, call2, at, 1));
        break;
      case "last": {
        const n = call2.args[0];
        if (call2.args.length !== 1 || n?.kind !== "number" || !Number.isInteger(n.value) || n.value < 1) {
          s.fail(
            `expected ".last(<n>)" with a whole number of check runs, found ${s.found(at[0] ?? call2.offset)}`,
            at[0] ?? call2.offset,
            "e.g. .last(2)"
          );
        }
        query.last = n.value;
        sawLast = true;
        break;
      }
      case "count_by_status":
        if (call2.args.length > 0) s.fail('".count_by_status()" takes no arguments', at[0] ?? call2.offset);
        counted = true;
        break;
      default:
        s.fail(
          `unknown method ".${call2.name}()" in a service check query; expected over, exclude, by, last or count_by_status`,
          call2.offset,
          `e.g. ${EXAMPLE2}`
        );
    }
  });
  if (!sawLast) {
    s.fail(`expected ".last(<n>)" in the service check query, found ${s.found()}`, s.pos, `e.g. ${EXAMPLE2}`);
  }
  if (!counted) {
    s.fail(
      `expected ".count_by_status()" at the end of the service check query, found ${s.found()}`,
      s.pos,
      `e.g. ${EXAMPLE2}`
    );
  }
  expectEnd(s, '".count_by_status()"', atComparator(s) ? "service check queries have no comparator; set options.thresholds (ok, warning, critical counts) instead" : void 0);
  return query;
}

// src/validate/query/slo-parser.ts
var TIMEFRAMES = ["7d", "30d", "90d"];
var EXAMPLES = {
  burn_rate: 'burn_rate("${checkout-availability}").over("30d").long_window("1h").short_window("5m") > 14.4',
  error_budget: 'error_budget("${checkout-availability}").over("30d") > 75'
};
function parseSlo(s) {
  s.skipSpace();
  const start = s.pos;
  const measure = s.readIdent();
  if (measure !== "burn_rate" && measure !== "error_budget") {
    s.pos = start;
    s.fail(
      `expected burn_rate("\u2026") or error_budget("\u2026") at the start of an SLO alert query, found ${s.found()}`,
      start,
      `e.g. ${EXAMPLES.burn_rate}`
    );
  }
  const example = EXAMPLES[measure];
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${measure}"`, `e.g. ${example}`);
  s.skipSpace();
  const idAt = s.pos;
  const id = s.readString();
  if (!id) s.fail(`expected the SLO id in quotes after "${measure}(", found ${s.found(idAt)}`, idAt, `e.g. ${example}`);
  const slo = id.value.trim();
  if (slo === "") s.fail(`the SLO id in "${measure}(" is empty`, idAt, `e.g. ${example}`);
  let ref2;
  if (slo.startsWith("${")) {
    if (!slo.endsWith("}") || slo.length === 3) {
      s.fail(`expected a reference such as "\${checkout-availability}" in "${measure}(", found ${s.found(idAt)}`, idAt);
    }
    ref2 = slo.slice(2, -1);
  }
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the SLO id`, "the SLO id is one quoted string");
  const { calls, offsets } = parseChain(s);
  const windows = {};
  calls.forEach((call2, i) => {
    const at = offsets[i] ?? [];
    const name = call2.name;
    if (name !== "over" && name !== "long_window" && name !== "short_window") {
      s.fail(
        `unknown method ".${name}()" in an SLO alert query; expected ${measure === "burn_rate" ? "over, long_window or short_window" : "over"}`,
        call2.offset,
        `e.g. ${example}`
      );
    }
    if (name !== "over" && measure === "error_budget") {
      s.fail(`".${name}()" applies to burn_rate alerts only`, call2.offset, `e.g. ${EXAMPLES.error_budget}`);
    }
    if (windows[name] !== void 0) s.fail(`".${name}()" appears twice`, call2.offset);
    const [value] = stringArgs(s, call2, at, 1, 1);
    if (value === void 0) return;
    if (name === "over" && !TIMEFRAMES.includes(value)) {
      s.fail(
        `unknown SLO timeframe "${value}" in ".over("; expected "7d", "30d" or "90d"`,
        at[0],
        "use the timeframe of the SLO target the alert watches"
      );
    }
    if (name !== "over" && !isDuration(value)) {
      s.fail(`expected a window such as "1h" or "5m" in ".${name}(", found ${s.found(at[0])}`, at[0], `e.g. ${example}`);
    }
    windows[name] = value;
  });
  if (windows.over === void 0) {
    s.fail(
      `expected ".over("7d")", ".over("30d")" or ".over("90d")" after "${measure}(\u2026)", found ${s.found()}`,
      s.pos,
      `e.g. ${example}`
    );
  }
  if (windows.long_window === void 0 !== (windows.short_window === void 0)) {
    s.fail('a burn rate alert takes both ".long_window()" and ".short_window()" or neither', s.pos, `e.g. ${example}`);
  }
  const cond = parseCondition(s, start, true);
  if (!cond) s.fail(`expected a comparator such as ">" after "${s.since(start)}"`, s.pos);
  const ast = {
    kind: "slo",
    measure,
    slo,
    over: windows.over,
    comparator: cond.comparator,
    threshold: cond.threshold
  };
  if (ref2 !== void 0) ast.ref = ref2;
  if (windows.long_window !== void 0) ast.longWindow = windows.long_window;
  if (windows.short_window !== void 0) ast.shortWindow = windows.short_window;
  return { ast, refs: ref2 === void 0 ? [] : [ref2] };
}

// src/validate/query/index.ts
var FAMILIES = {
  "metric alert": "metric",
  "query alert": "metric",
  "service check": "service-check",
  "log alert": "search",
  "event alert": "search",
  "event-v2 alert": "search",
  "process alert": "search",
  "rum alert": "search",
  "trace-analytics alert": "search",
  "audit alert": "search",
  "ci-pipelines alert": "search",
  "ci-tests alert": "search",
  "error-tracking alert": "search",
  "database-monitoring alert": "search",
  composite: "composite",
  "slo alert": "slo",
  "synthetics alert": "generic",
  "cost alert": "generic",
  "data-quality alert": "generic",
  "network-path alert": "generic",
  "network-performance alert": "generic",
  "data-jobs alert": "generic",
  "llm-observability alert": "generic"
};
function parseQuery(type, query) {
  const family = FAMILIES[type];
  if (family === void 0) {
    return {
      ok: false,
      error: { message: `unknown monitor type "${type}"`, offset: 0, hint: `use one of: ${Object.keys(FAMILIES).join(", ")}` }
    };
  }
  try {
    if (query.trim() === "") throw new QuerySyntaxError("the query is empty", 0, "write the monitor query");
    return parseFamily(family, type, query);
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    const error = { message: err.message, offset: err.offset };
    if (err.hint !== void 0) error.hint = err.hint;
    return { ok: false, error };
  }
}
function parseFamily(family, type, query) {
  const s = new Scanner(query);
  switch (family) {
    case "metric": {
      if (atFormula(s)) return formula(s, type);
      const ast = parseMetricQuery(s);
      return success(ast, exprIsGrouped(ast.expr), [], ast.comparator, ast.threshold);
    }
    case "service-check": {
      const ast = parseServiceCheck(s);
      return success(ast, ast.by.some((g) => g !== "*"), []);
    }
    case "search": {
      if (acceptsFormula(type) && atFormula(s)) return formula(s, type);
      const ast = parseSearch(s, type, true);
      return success(ast, ast.groupBy.length > 0, [], ast.comparator, ast.threshold);
    }
    case "composite": {
      const { ast, refs } = parseComposite(s);
      return success(ast, false, refs);
    }
    case "slo": {
      const { ast, refs } = parseSlo(s);
      return success(ast, false, refs, ast.comparator, ast.threshold);
    }
    case "generic":
      return parseGeneric(s, type, query);
  }
}
function parseGeneric(s, type, query) {
  if (atFormula(s)) return formula(s, type);
  if (isIdentStart(s.peek())) {
    try {
      const ast = parseSearch(s, type, false);
      return success(ast, ast.groupBy.length > 0, [], ast.comparator, ast.threshold);
    } catch (err) {
      if (!(err instanceof QuerySyntaxError)) throw err;
    }
  }
  checkBalanced(query);
  return success({ kind: "opaque", text: query }, false, []);
}
function formula(s, type) {
  const ast = parseFormulaQuery(s, type);
  return success(ast, ast.groupBy.length > 0, [], ast.comparator, ast.threshold);
}
function success(ast, multi, refs, comparator, threshold) {
  const result = { ok: true, ast, multi, refs };
  if (comparator !== void 0 && threshold !== void 0) {
    result.comparator = comparator;
    result.threshold = threshold;
  }
  return result;
}
function exprIsGrouped(e) {
  switch (e.kind) {
    case "metric":
      return e.groupBy.length > 0 || e.methods.some((m) => m.name === "by" && m.args.length > 0);
    case "binary":
      return exprIsGrouped(e.left) || exprIsGrouped(e.right);
    case "negate":
      return exprIsGrouped(e.operand);
    case "paren":
      return exprIsGrouped(e.inner);
    case "call":
      return e.args.some((a) => a.value.kind !== "string" && a.value.kind !== "ident" && exprIsGrouped(a.value));
    case "number":
      return false;
  }
}
function offsetToLineCol(text2, offset) {
  const end = Math.max(0, Math.min(offset, text2.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

// src/validate/parsed-query.ts
var cache = /* @__PURE__ */ new WeakMap();
function parsedQuery(def) {
  const hit = cache.get(def);
  if (hit && hit.query === def.query && hit.type === def.type) return hit.result;
  const result = parseQuery(def.type, def.query);
  cache.set(def, { type: def.type, query: def.query, result });
  return result;
}

// src/compile/canonical.ts
import { createHash } from "node:crypto";
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v !== void 0) out[key] = sortKeys(v);
  }
  return out;
}
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function contentHash(value) {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 16);
}
function snakeCase(key) {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

// src/compile/ownership.ts
var MANAGED_TAG = "managed-by:vigil";
var ID_TAG_PREFIX = "vigil-id:";
var HASH_TAG_PREFIX = "vigil-hash:";
function ownershipTags(logicalId) {
  return [MANAGED_TAG, `${ID_TAG_PREFIX}${logicalId}`];
}

// src/compile/datadog/normalize.ts
var OPTION_DEFAULTS = {
  notify_no_data: false,
  notify_audit: false,
  include_tags: true,
  new_host_delay: 300,
  silenced: {},
  groupby_simple_monitor: false
};
function normalizeMonitor(input) {
  const type = input.type === "metric alert" ? "query alert" : String(input.type ?? "");
  const out = {
    message: trimmed(input.message),
    name: trimmed(input.name),
    options: normalizeOptions(type, input.options ?? {}),
    priority: input.priority ?? null,
    query: trimmed(input.query),
    restricted_roles: normalizeRoles(input.restricted_roles),
    tags: normalizeTags(input.tags),
    type
  };
  return out;
}
function trimmed(v) {
  return typeof v === "string" ? v.trim() : "";
}
function normalizeRoles(v) {
  return Array.isArray(v) && v.length > 0 ? [...new Set(v.map(String))].sort() : null;
}
function normalizeTags(v) {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.map(String).filter((t) => !t.startsWith(HASH_TAG_PREFIX)))].sort();
}
function normalizeOptions(type, options) {
  const out = {};
  for (const key of Object.keys(options).sort()) {
    const value = options[key];
    if (value === null || value === void 0) continue;
    if (key in OPTION_DEFAULTS && deepEqual(value, OPTION_DEFAULTS[key])) continue;
    out[key] = key === "variables" ? value : sortDeep(value);
  }
  const thresholds = normalizeThresholds(type, out.thresholds);
  if (thresholds) out.thresholds = thresholds;
  else delete out.thresholds;
  if (out.notify_no_data !== true) delete out.no_data_timeframe;
  const scheduling = out.scheduling_options;
  if (scheduling && scheduling.custom_schedule) delete out.require_full_window;
  if (scheduling && Object.keys(scheduling).length === 0) delete out.scheduling_options;
  return out;
}
function normalizeThresholds(type, value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v === null || v === void 0) continue;
    if ((key === "ok" || key === "unknown") && type !== "service check") continue;
    out[key] = typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : v;
  }
  return Object.keys(out).length ? out : void 0;
}
function sortDeep(v) {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v === null || typeof v !== "object") return v;
  const out = {};
  for (const k of Object.keys(v).sort()) out[k] = sortDeep(v[k]);
  return out;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual(a[k], b[k]));
}

// src/routing/handles.ts
function handleOf(d) {
  switch (d.type) {
    case "pagerduty":
      return `@pagerduty-${d.service}`;
    case "slack":
      return `@slack-${d.channel.replace(/^#/, "")}`;
    case "email":
      return `@${d.address}`;
    case "webhook":
      return `@webhook-${d.name}`;
  }
}
function notificationBlock(destinations) {
  const pagers = destinations.filter((d) => d.type === "pagerduty").map(handleOf);
  const others = destinations.filter((d) => d.type !== "pagerduty").map(handleOf);
  if (pagers.length === 0 && others.length === 0) return "";
  const block = (tag, handles) => handles.length ? `{{#${tag}}}${handles.join(" ")}{{/${tag}}}` : "";
  return [
    block("is_alert", [...pagers, ...others]),
    block("is_warning", others),
    block("is_no_data", [...pagers, ...others]),
    block("is_recovery", [...pagers, ...others])
  ].filter(Boolean).join("\n");
}

// src/compile/message.ts
function composeMessage(def, routed = []) {
  const m = def.message;
  const parts = [m.summary.trim()];
  if (m.impact) parts.push(`Customer impact: ${m.impact.trim()}`);
  if (m.firstSteps?.length) parts.push(["First steps:", ...m.firstSteps.map((s, i) => `${i + 1}. ${s.trim()}`)].join("\n"));
  if (def.runbook) parts.push(`Runbook: ${def.runbook}`);
  const owner = [
    def.team && `team ${def.team}`,
    def.service && `service ${def.service}`,
    def.env && `env ${def.env}`,
    def.severity && `severity ${def.severity}`
  ].filter(Boolean);
  if (owner.length) parts.push(`Owner: ${owner.join(", ")}`);
  if (m.details?.trim()) parts.push(m.details.trim());
  if (m.notify?.length) parts.push([...new Set(m.notify)].join(" "));
  const block = notificationBlock(routed);
  if (block) parts.push(block);
  return parts.join("\n\n");
}

// src/compile/datadog/monitor.ts
var WIRE_SHAPED = /* @__PURE__ */ new Set(["variables"]);
function compileMonitor(def, routed = []) {
  const parsed = parsedQuery(def);
  const options = toWireOptions(def, parsed.ok ? parsed.threshold : void 0);
  const payload = {
    message: composeMessage(def, routed),
    name: def.name.trim(),
    query: def.query.trim(),
    // Datadog stores `metric alert` as `query alert`; sending the stored form keeps plans free of a false diff.
    type: def.type === "metric alert" ? "query alert" : def.type
  };
  payload.options = options ?? {};
  const priority = def.priority !== void 0 ? def.priority : def.severity ? Number(def.severity.slice(3)) : null;
  payload.priority = priority;
  payload.restricted_roles = def.restrictedRoles ? [...def.restrictedRoles].sort() : null;
  if (def.overrides) applyOverrides(payload, def.overrides);
  const tags = new Set(def.tags ?? []);
  for (const [key, value] of [["team", def.team], ["service", def.service], ["env", def.env], ["severity", def.severity]]) {
    if (value) tags.add(`${key}:${value}`);
  }
  for (const tag of ownershipTags(def.id)) tags.add(tag);
  payload.tags = [...tags].sort();
  const hash = contentHash(normalizeMonitor(payload));
  payload.tags = [...payload.tags, `${HASH_TAG_PREFIX}${hash}`].sort();
  const dependsOn = parsed.ok ? [...new Set(parsed.refs)].sort() : [];
  const compiled2 = { id: def.id, payload: sortKeys(payload), dependsOn };
  if (def.adopt) compiled2.adopt = def.adopt.datadogId;
  return compiled2;
}
function applyOverrides(payload, overrides) {
  const { options, ...fields } = overrides;
  for (const [key, value] of Object.entries(fields)) if (value !== void 0) payload[key] = value;
  if (options) payload.options = mergeDeep(payload.options, options);
}
function mergeDeep(base, over) {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeDeep(out[key], value);
  return out;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function toWireOptions(def, queryThreshold) {
  const options = { ...def.options };
  if (queryThreshold !== void 0 && def.type !== "service check" && options.thresholds?.critical === void 0) {
    options.thresholds = { ...options.thresholds, critical: queryThreshold };
  }
  if (Object.keys(options).length === 0) return void 0;
  return toWire(options);
}
function toWire(value) {
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === void 0) continue;
    out[snakeCase(key)] = WIRE_SHAPED.has(key) ? v : toWire(v);
  }
  return out;
}

// src/compile/decimal.ts
function dec(value) {
  if (typeof value === "object") return value;
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text2 = typeof value === "number" ? expandExponent(String(value)) : value.trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text2);
  if (!m || m[2] === "" && (m[3] ?? "") === "") throw new RangeError(`not a decimal: ${text2}`);
  const frac = m[3] ?? "";
  return trim({ mantissa: BigInt(`${m[1]}${m[2] || "0"}${frac}`), scale: frac.length });
}
function decimalPlaces(value) {
  return dec(value).scale;
}
function sub(a, b) {
  const [x, y, scale] = align(a, b);
  return trim({ mantissa: x - y, scale });
}
function mul(a, b) {
  return trim({ mantissa: a.mantissa * b.mantissa, scale: a.scale + b.scale });
}
function div(a, b, places) {
  if (b.mantissa === 0n) throw new RangeError("division by zero");
  const shift = places + b.scale - a.scale;
  let num = a.mantissa * (shift >= 0 ? 10n ** BigInt(shift) : 1n);
  let den = b.mantissa * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r2 = num % den;
  const roundAway = 2n * (r2 < 0n ? -r2 : r2) >= den;
  const mantissa = roundAway ? q + (num < 0n ? -1n : 1n) : q;
  return trim({ mantissa, scale: places });
}
function cmp(a, b) {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function toText(d) {
  const negative = d.mantissa < 0n;
  const digits = (negative ? -d.mantissa : d.mantissa).toString().padStart(d.scale + 1, "0");
  const int = digits.slice(0, digits.length - d.scale);
  const frac = digits.slice(digits.length - d.scale);
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}
function toNumber(d) {
  return Number(toText(d));
}
function align(a, b) {
  const scale = Math.max(a.scale, b.scale);
  return [a.mantissa * 10n ** BigInt(scale - a.scale), b.mantissa * 10n ** BigInt(scale - b.scale), scale];
}
function trim(d) {
  let { mantissa, scale } = d;
  while (scale > 0 && mantissa % 10n === 0n) {
    mantissa /= 10n;
    scale--;
  }
  return { mantissa, scale };
}
function expandExponent(text2) {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text2);
  if (!m) return text2;
  const digits = `${m[2]}${m[3] ?? ""}`;
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${m[1]}${digits}${"0".repeat(point - digits.length)}`;
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}

// src/compile/slo/windows.ts
var TIMEFRAME_MINUTES = { "7d": 7 * 1440, "30d": 30 * 1440, "90d": 90 * 1440 };
var LONG_WINDOW_MIN_MINUTES = 60;
var LONG_WINDOW_MAX_MINUTES = 48 * 60;
function parseWindow(text2) {
  const m = /^(\d+)(m|h|d)$/.exec(text2.trim());
  if (!m) return void 0;
  return Number(m[1]) * (m[2] === "m" ? 1 : m[2] === "h" ? 60 : 1440);
}
function formatWindow(minutes) {
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

// src/compile/slo/tiers.ts
var RATE_PLACES = 4;
var RECOMMENDED_TIERS = {
  "7d": [["16.8", 1], ["5.6", 6], ["2.8", 24]],
  "30d": [["14.4", 1], ["6", 6], ["3", 24]],
  "90d": [["21.6", 1], ["10.8", 6], ["4.5", 24]]
};
var PAGE_SEVERITY = "sev2";
var TICKET_SEVERITY = "sev4";
function primaryTimeframe(slo) {
  return slo.timeframe ?? slo.thresholds[0]?.timeframe ?? "30d";
}
function resolveTiers(slo) {
  const alerts = slo.alerts;
  if (!alerts) return [];
  const primary = primaryTimeframe(slo);
  const out = [];
  const burn = alerts.burnRate ?? "default";
  if (burn === "default") {
    for (const [rate, hours] of RECOMMENDED_TIERS[primary]) {
      const long = hours * 60;
      out.push({
        kind: "burn-rate",
        name: `burn-${formatWindow(long)}`,
        path: "/alerts",
        isDefault: true,
        timeframe: primary,
        severity: PAGE_SEVERITY,
        longWindow: formatWindow(long),
        shortWindow: formatWindow(long / 12),
        longMinutes: long,
        shortMinutes: long / 12,
        rate: dec(rate)
      });
    }
  } else if (Array.isArray(burn)) {
    burn.forEach((tier, i) => {
      const timeframe = tier.timeframe ?? primary;
      const long = parseWindow(tier.longWindow);
      const short = tier.shortWindow !== void 0 ? parseWindow(tier.shortWindow) : long !== void 0 && long % 12 === 0 ? long / 12 : void 0;
      const resolved = {
        kind: "burn-rate",
        path: `/alerts/burnRate/${i}`,
        isDefault: false,
        timeframe,
        name: tier.name ?? `burn-${long !== void 0 ? formatWindow(long) : tier.longWindow}${timeframe === primary ? "" : `-${timeframe}`}`,
        severity: tier.severity ?? PAGE_SEVERITY,
        longWindow: long !== void 0 ? formatWindow(long) : tier.longWindow
      };
      if (long !== void 0) resolved.longMinutes = long;
      if (short !== void 0) {
        resolved.shortMinutes = short;
        resolved.shortWindow = formatWindow(short);
      }
      const rate = rateOf(tier.burnRate, tier.budgetConsumed, timeframe, long);
      if (rate) resolved.rate = rate;
      out.push(resolved);
    });
  }
  const burnTiers = out.filter((t) => t.kind === "burn-rate" && t.longMinutes !== void 0);
  if (burnTiers.length >= 2) {
    const slowest = Math.max(...burnTiers.map((t) => t.longMinutes));
    for (const t of burnTiers) {
      const explicit = !t.isDefault && alerts.burnRate[Number(t.path.split("/").pop())]?.severity;
      if (t.longMinutes === slowest && !explicit) t.severity = TICKET_SEVERITY;
    }
  }
  (alerts.errorBudget ?? []).forEach((alert, i) => {
    const timeframe = alert.timeframe ?? primary;
    const consumed = typeof alert.consumed === "number" && Number.isFinite(alert.consumed) ? dec(alert.consumed) : void 0;
    const label2 = consumed ? toText(consumed).replace(".", "-").replace(/^-/, "minus-") : "x";
    const tier = {
      kind: "error-budget",
      path: `/alerts/errorBudget/${i}`,
      isDefault: false,
      timeframe,
      name: alert.name ?? `budget-${label2}${timeframe === primary ? "" : `-${timeframe}`}`,
      severity: alert.severity ?? TICKET_SEVERITY
    };
    if (consumed) tier.consumed = consumed;
    out.push(tier);
  });
  return out;
}
function rateOf(burnRate, budgetConsumed, timeframe, longMinutes) {
  if (typeof burnRate === "number" && Number.isFinite(burnRate)) return dec(burnRate);
  if (typeof budgetConsumed !== "number" || !Number.isFinite(budgetConsumed) || !longMinutes) return void 0;
  return div(mul(dec(budgetConsumed), dec(TIMEFRAME_MINUTES[timeframe])), dec(100 * longMinutes), RATE_PLACES);
}
function budgetSpentAtFiring(rate, longMinutes, timeframe) {
  return div(mul(mul(rate, dec(longMinutes)), dec(100)), dec(TIMEFRAME_MINUTES[timeframe]), 2);
}
function hoursToExhaustion(rate, timeframe) {
  return div(dec(TIMEFRAME_MINUTES[timeframe] / 60), rate, 1);
}

// src/ir/source.ts
function formatLocation(loc) {
  if (!loc) return "<unknown>:0:0";
  return `${loc.file}:${loc.line}:${loc.col}`;
}

// src/load/load-typescript.ts
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/dsl/capture.ts
var FRAME_LIMIT = 10;
function captureFrames() {
  const holder = {};
  const prevPrepare = Error.prepareStackTrace;
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAME_LIMIT;
  Error.prepareStackTrace = (_err, sites) => sites;
  try {
    Error.captureStackTrace(holder, captureFrames);
    const sites = holder.stack;
    const frames = [];
    for (const site of sites ?? []) {
      const file = site.getFileName();
      const line = site.getLineNumber();
      const col = site.getColumnNumber();
      if (file && line && col) frames.push({ file, line, col });
    }
    return frames;
  } finally {
    Error.prepareStackTrace = prevPrepare;
    Error.stackTraceLimit = prevLimit;
  }
}
var FRAMES = /* @__PURE__ */ Symbol.for("vigil.frames");
function attachFrames(def, frames) {
  Object.defineProperty(def, FRAMES, { value: frames, enumerable: false });
  return def;
}

// src/load/load-typescript.ts
var VIGIL_ENTRY = join(vigilRoot(dirname(fileURLToPath(import.meta.url))), "dist", "index.js");
function vigilRoot(from) {
  for (let dir2 = from; ; dir2 = dirname(dir2)) {
    try {
      if (JSON.parse(readFileSync(join(dir2, "package.json"), "utf8")).name === "vigil") return dir2;
    } catch {
    }
    if (dirname(dir2) === dir2) throw new Error("cannot find the vigil package root above " + from);
  }
}

// src/load/load-yaml.ts
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

// src/load/field-locations.ts
var FIELDS = /* @__PURE__ */ Symbol.for("vigil.fieldLocations");
function fieldLocation(def, pointer) {
  const fields = def[FIELDS];
  if (!fields) return void 0;
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf("/"))) {
    const loc = fields.get(p);
    if (loc) return loc;
  }
  return void 0;
}

// src/validate/schema.ts
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// schemas/monitor.schema.json
var monitor_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vigil.dev/schemas/monitor.schema.json",
  title: "vigil monitor",
  description: "One Datadog monitor as vigil's intermediate representation. The same schema checks TypeScript- and YAML-authored monitors.",
  type: "object",
  required: [
    "id",
    "type",
    "name",
    "query",
    "message"
  ],
  additionalProperties: false,
  properties: {
    kind: {
      const: "monitor",
      description: "Set by the loader; YAML files omit it."
    },
    id: {
      type: "string",
      minLength: 1,
      maxLength: 100,
      description: "Logical id: lowercase letters, digits and dashes; dots separate derived children. Stable across renames.",
      examples: [
        "checkout-api-error-rate"
      ]
    },
    type: {
      enum: [
        "metric alert",
        "query alert",
        "service check",
        "event alert",
        "event-v2 alert",
        "log alert",
        "process alert",
        "rum alert",
        "trace-analytics alert",
        "slo alert",
        "composite",
        "synthetics alert",
        "audit alert",
        "ci-pipelines alert",
        "ci-tests alert",
        "error-tracking alert",
        "database-monitoring alert",
        "network-performance alert",
        "cost alert",
        "data-quality alert",
        "network-path alert",
        "data-jobs alert",
        "llm-observability alert"
      ],
      description: "Datadog monitor type. `metric alert` is stored by Datadog as `query alert`."
    },
    name: {
      type: "string",
      minLength: 1,
      maxLength: 1e3,
      description: "Title shown in Datadog and in notifications."
    },
    query: {
      type: "string",
      minLength: 1,
      description: "The Datadog query. Composite monitors refer to other monitors as ${logical-id}; SLO alerts refer to SLOs the same way."
    },
    team: {
      $ref: "#/$defs/tagValue",
      description: "Owning team; becomes the team: tag and drives routing."
    },
    service: {
      $ref: "#/$defs/tagValue",
      description: "Service watched; becomes the service: tag."
    },
    env: {
      $ref: "#/$defs/tagValue",
      description: "Environment; becomes the env: tag. Non-production never pages."
    },
    severity: {
      enum: [
        "sev1",
        "sev2",
        "sev3",
        "sev4",
        "sev5"
      ],
      description: "Sev1 (complete outage) to Sev5 (informational); sets priority 1-5."
    },
    runbook: {
      type: "string",
      format: "uri",
      pattern: "^https?://",
      description: "Runbook URL linked in every notification."
    },
    tags: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        pattern: "^[^\\s,]+$"
      },
      uniqueItems: true,
      description: "Extra key:value tags."
    },
    message: {
      $ref: "#/$defs/message"
    },
    options: {
      $ref: "#/$defs/options"
    },
    priority: {
      type: [
        "integer",
        "null"
      ],
      minimum: 1,
      maximum: 5,
      description: "Datadog priority 1 (highest) to 5; defaults to the severity's number."
    },
    restrictedRoles: {
      type: [
        "array",
        "null"
      ],
      items: {
        type: "string"
      },
      description: "Role UUIDs allowed to edit the monitor."
    },
    suppress: {
      type: "object",
      additionalProperties: {
        type: "string",
        minLength: 10
      },
      description: "Lint rule id -> the written reason it does not apply (at least 10 characters)."
    },
    adopt: {
      type: "object",
      required: [
        "datadogId"
      ],
      additionalProperties: false,
      description: "Take over this existing Datadog monitor on the next apply instead of creating one (written by vigil import). Not part of the payload.",
      properties: {
        datadogId: {
          type: "integer",
          minimum: 1,
          description: "The monitor's numeric id in Datadog."
        }
      }
    },
    overrides: {
      type: "object",
      additionalProperties: false,
      description: "Escape hatch: fields in Datadog wire shape (snake_case) laid over the compiled payload, unchecked. vigil import writes it only so that adoption changes nothing.",
      properties: {
        name: {
          type: "string",
          description: "Sent instead of the trimmed name."
        },
        message: {
          type: "string",
          description: "Sent instead of the composed message."
        },
        query: {
          type: "string",
          description: "Sent instead of the trimmed query."
        },
        options: {
          type: "object",
          description: "Merged into the compiled options key by key (nested objects too)."
        },
        restricted_roles: {
          type: [
            "array",
            "null"
          ],
          items: {
            type: "string"
          },
          description: "Sent in this order instead of sorted."
        }
      }
    },
    source: {
      type: "object",
      description: "Set by the loader: where the definition was written.",
      properties: {
        file: {
          type: "string"
        },
        line: {
          type: "integer"
        },
        col: {
          type: "integer"
        }
      }
    }
  },
  $defs: {
    tagValue: {
      type: "string",
      minLength: 1,
      maxLength: 100,
      pattern: "^[a-z][a-z0-9_./-]*$"
    },
    message: {
      description: "The notification: vigil lays out summary, customer impact, first steps and runbook in a fixed order.",
      type: "object",
      required: [
        "summary"
      ],
      additionalProperties: false,
      properties: {
        summary: {
          type: "string",
          minLength: 1,
          description: "What is wrong, in words an on-call engineer understands at 3 a.m."
        },
        impact: {
          type: "string",
          minLength: 1,
          description: "Who is hurt and how."
        },
        firstSteps: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1,
          description: "First things to check or do, in order."
        },
        details: {
          type: "string",
          description: "Free text appended after the structured sections."
        },
        notify: {
          type: "array",
          items: {
            type: "string",
            pattern: "^@\\S+$"
          },
          description: "Extra notification handles, e.g. @slack-payments."
        }
      }
    },
    thresholds: {
      type: "object",
      additionalProperties: false,
      properties: {
        critical: {
          type: "number",
          description: "Value at which the monitor alerts."
        },
        warning: {
          type: "number",
          description: "Value at which the monitor warns."
        },
        ok: {
          type: "number",
          description: "Service checks: consecutive OK results to recover."
        },
        unknown: {
          type: "number",
          description: "Service checks: consecutive UNKNOWN results."
        },
        criticalRecovery: {
          type: "number",
          description: "Value at which an alert recovers."
        },
        warningRecovery: {
          type: "number",
          description: "Value at which a warning recovers."
        }
      }
    },
    options: {
      type: "object",
      additionalProperties: false,
      description: "Datadog monitor options, camelCase of the wire names (notifyNoData is sent as notify_no_data).",
      properties: {
        thresholds: {
          $ref: "#/$defs/thresholds"
        },
        thresholdWindows: {
          type: "object",
          additionalProperties: false,
          properties: {
            recoveryWindow: {
              type: "string"
            },
            triggerWindow: {
              type: "string"
            }
          }
        },
        notifyNoData: {
          type: "boolean",
          description: "Notify when the query stops reporting data."
        },
        noDataTimeframe: {
          description: "Minutes without data before a no-data notification.",
          type: [
            "integer",
            "null"
          ],
          minimum: 1
        },
        onMissingData: {
          enum: [
            "default",
            "show_no_data",
            "show_and_notify_no_data",
            "resolve"
          ]
        },
        renotifyInterval: {
          description: "Minutes between re-notifications; 0 or null means never.",
          type: [
            "integer",
            "null"
          ],
          minimum: 0
        },
        renotifyOccurrences: {
          description: "How many times to re-notify.",
          type: [
            "integer",
            "null"
          ],
          minimum: 1
        },
        renotifyStatuses: {
          type: "array",
          items: {
            enum: [
              "alert",
              "warn",
              "no data"
            ]
          },
          uniqueItems: true
        },
        evaluationDelay: {
          description: "Seconds to delay evaluation.",
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 86400
        },
        newGroupDelay: {
          description: "Seconds before a new group is evaluated.",
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 86400
        },
        newHostDelay: {
          description: "Deprecated: seconds before a new host is evaluated.",
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 86400
        },
        requireFullWindow: {
          type: "boolean"
        },
        includeTags: {
          type: "boolean"
        },
        timeoutH: {
          type: [
            "number",
            "null"
          ],
          minimum: 0,
          maximum: 24,
          description: "Hours after which a non-reporting alert resolves."
        },
        notifyBy: {
          type: "array",
          items: {
            type: "string"
          }
        },
        notifyAudit: {
          type: "boolean"
        },
        schedulingOptions: {
          type: "object",
          additionalProperties: false,
          properties: {
            customSchedule: {
              type: "object",
              required: [
                "recurrences"
              ],
              additionalProperties: false,
              properties: {
                recurrences: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    required: [
                      "rrule",
                      "timezone"
                    ],
                    additionalProperties: false,
                    properties: {
                      rrule: {
                        type: "string",
                        pattern: "^FREQ="
                      },
                      start: {
                        type: "string"
                      },
                      timezone: {
                        type: "string"
                      }
                    }
                  }
                }
              }
            },
            evaluationWindow: {
              type: "object",
              additionalProperties: false,
              properties: {
                dayStarts: {
                  type: "string",
                  pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                hourStarts: {
                  type: "integer",
                  minimum: 0,
                  maximum: 59
                },
                monthStarts: {
                  type: "integer",
                  minimum: 1,
                  maximum: 1
                },
                timezone: {
                  type: "string"
                }
              }
            }
          }
        },
        variables: {
          type: "array",
          items: {
            type: "object"
          }
        },
        notificationPresetName: {
          enum: [
            "show_all",
            "hide_query",
            "hide_handles",
            "hide_all",
            "hide_query_and_handles",
            "show_only_snapshot",
            "hide_handles_and_footer"
          ]
        },
        escalationMessage: {
          type: "string"
        },
        groupRetentionDuration: {
          type: "string",
          pattern: "^[0-9]+[mhdw]$"
        },
        enableLogsSample: {
          type: "boolean"
        },
        enableSamples: {
          type: "boolean"
        },
        groupbySimpleMonitor: {
          type: "boolean"
        },
        minFailureDuration: {
          description: "Synthetics: seconds a test must fail before alerting.",
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 7200
        },
        minLocationFailed: {
          description: "Synthetics: locations that must fail.",
          type: [
            "integer",
            "null"
          ],
          minimum: 1
        },
        aggregation: {
          type: "object",
          additionalProperties: false,
          properties: {
            groupBy: {
              type: "string"
            },
            metric: {
              type: "string"
            },
            type: {
              type: "string"
            }
          }
        },
        locked: {
          type: "boolean",
          deprecated: true,
          description: "Deprecated edit lock; use restrictedRoles."
        }
      }
    }
  }
};

// schemas/routing.schema.json
var routing_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vigil.dev/schemas/routing.schema.json",
  title: "vigil routing",
  description: "Severity routing: ordered rules from severity, team, service, env and tags to PagerDuty services, Slack channels, email and webhooks.",
  type: "object",
  required: [
    "id",
    "rules"
  ],
  additionalProperties: false,
  properties: {
    kind: {
      const: "routing"
    },
    id: {
      type: "string",
      minLength: 1
    },
    rules: {
      type: "array",
      items: {
        $ref: "#/$defs/rule"
      }
    },
    default: {
      type: "array",
      items: {
        $ref: "#/$defs/destination"
      }
    },
    productionEnvs: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      minItems: 1
    },
    cases: {
      type: "array",
      items: {
        $ref: "#/$defs/case"
      }
    },
    source: {
      type: "object"
    }
  },
  $defs: {
    destination: {
      oneOf: [
        {
          type: "object",
          required: [
            "type",
            "service"
          ],
          additionalProperties: false,
          properties: {
            type: {
              const: "pagerduty"
            },
            service: {
              type: "string",
              minLength: 1,
              description: "PagerDuty service name as in @pagerduty-<name>; {team}, {service}, {env} are filled from the monitor."
            },
            urgency: {
              enum: [
                "high",
                "low"
              ]
            }
          }
        },
        {
          type: "object",
          required: [
            "type",
            "channel"
          ],
          additionalProperties: false,
          properties: {
            type: {
              const: "slack"
            },
            channel: {
              type: "string",
              minLength: 1
            }
          }
        },
        {
          type: "object",
          required: [
            "type",
            "address"
          ],
          additionalProperties: false,
          properties: {
            type: {
              const: "email"
            },
            address: {
              type: "string",
              pattern: "^[^@\\s]+@[^@\\s]+$|\\{"
            }
          }
        },
        {
          type: "object",
          required: [
            "type",
            "name"
          ],
          additionalProperties: false,
          properties: {
            type: {
              const: "webhook"
            },
            name: {
              type: "string",
              minLength: 1
            }
          }
        }
      ]
    },
    rule: {
      type: "object",
      required: [
        "name",
        "match",
        "notify"
      ],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        match: {
          type: "object",
          additionalProperties: false,
          properties: {
            severity: {
              type: "array",
              items: {
                enum: [
                  "sev1",
                  "sev2",
                  "sev3",
                  "sev4",
                  "sev5"
                ]
              },
              minItems: 1
            },
            team: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              minItems: 1
            },
            service: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              minItems: 1
            },
            env: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              minItems: 1
            },
            tags: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              minItems: 1
            }
          }
        },
        notify: {
          type: "array",
          items: {
            $ref: "#/$defs/destination"
          }
        },
        continue: {
          type: "boolean"
        },
        allowNonProdPaging: {
          type: "boolean"
        }
      }
    },
    case: {
      type: "object",
      required: [
        "monitor",
        "expect"
      ],
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        monitor: {
          type: "object",
          additionalProperties: false,
          properties: {
            severity: {
              enum: [
                "sev1",
                "sev2",
                "sev3",
                "sev4",
                "sev5"
              ]
            },
            team: {
              type: "string"
            },
            service: {
              type: "string"
            },
            env: {
              type: "string"
            },
            tags: {
              type: "array",
              items: {
                type: "string"
              }
            }
          }
        },
        expect: {
          type: "array",
          items: {
            type: "string",
            pattern: "^(pagerduty|slack|email|webhook):.+$"
          }
        }
      }
    }
  }
};

// schemas/slo.schema.json
var slo_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vigil.dev/schemas/slo.schema.json",
  title: "vigil SLO",
  description: "One Datadog SLO and the burn-rate and error-budget alerts derived from it, as vigil's intermediate representation. The same schema checks TypeScript- and YAML-authored SLOs; Datadog's numeric limits (target range and precision, 20 monitors, 1-48 h windows, maximum burn rate) are checked by vigil's SLO rules, which report them with their own codes.",
  type: "object",
  required: ["id", "name", "type", "thresholds"],
  additionalProperties: false,
  properties: {
    kind: { const: "slo", description: "Set by the loader; YAML files omit it." },
    id: {
      type: "string",
      minLength: 1,
      maxLength: 100,
      description: "Logical id: lowercase letters, digits and dashes. Derived alerts get <id>.<tier>.",
      examples: ["checkout-availability"]
    },
    name: { type: "string", minLength: 1, maxLength: 1e3, description: "Title shown in Datadog." },
    type: {
      enum: ["metric", "monitor", "time_slice"],
      description: "metric: good/total event counts; monitor: uptime of monitors; time_slice: share of good 1- or 5-minute slices."
    },
    description: { type: "string", description: "Shown with the SLO in Datadog." },
    team: { $ref: "#/$defs/tagValue", description: "Owning team; becomes the team: tag." },
    service: { $ref: "#/$defs/tagValue", description: "Service; becomes the service: tag." },
    env: { $ref: "#/$defs/tagValue", description: "Environment; becomes the env: tag." },
    runbook: { type: "string", format: "uri", pattern: "^https?://", description: "Runbook URL linked from every derived alert." },
    tags: {
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1, maxLength: 200, pattern: "^[^\\s,]+$" },
      description: "Extra key:value tags. Datadog lowercases SLO tags."
    },
    thresholds: {
      type: "array",
      minItems: 1,
      maxItems: 3,
      items: { $ref: "#/$defs/threshold" },
      description: "One objective per timeframe (7d, 30d, 90d)."
    },
    timeframe: { $ref: "#/$defs/timeframe", description: "The primary timeframe; one of the thresholds'. Default: the first threshold's." },
    good: { type: "string", minLength: 1, description: "Metric SLOs: query counting good events, e.g. sum:trace.http.request.hits{service:checkout,!http.status_class:5xx}.as_count()." },
    bad: { type: "string", minLength: 1, description: "Metric SLOs: query counting bad events." },
    total: { type: "string", minLength: 1, description: "Metric SLOs: query counting all events." },
    formulas: {
      type: "object",
      additionalProperties: false,
      required: ["queries"],
      description: "Metric SLOs: named queries combined by good/bad/total formulas (Datadog sli_specification.count).",
      properties: {
        queries: { $ref: "#/$defs/namedQueries" },
        good: { type: "string", minLength: 1 },
        bad: { type: "string", minLength: 1 },
        total: { type: "string", minLength: 1 }
      }
    },
    monitors: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", minLength: 1 },
      description: "Monitor SLOs: logical ids of the monitors whose uptime counts (at most 20)."
    },
    groups: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", minLength: 1 },
      description: "Monitor SLOs with exactly one multi-alert monitor: the groups to count."
    },
    timeSlice: {
      type: "object",
      additionalProperties: false,
      required: ["comparator", "threshold"],
      description: "Time-slice SLOs: a slice is good when the query's value compares well with the threshold.",
      properties: {
        query: { type: "string", minLength: 1 },
        queries: { $ref: "#/$defs/namedQueries" },
        formula: { type: "string", minLength: 1 },
        comparator: { enum: [">", ">=", "<", "<="] },
        threshold: { type: "number" },
        intervalSeconds: { enum: [60, 300], description: "Slice length in seconds. Default 300." }
      }
    },
    alerts: {
      type: "object",
      additionalProperties: false,
      description: "Alerting derived from the SLO: each tier compiles to one slo alert monitor.",
      properties: {
        burnRate: {
          description: "'default' (also when omitted): Datadog's recommended tiers for the primary timeframe; false: none; or a list of tiers.",
          if: { type: "array" },
          then: { items: { $ref: "#/$defs/burnRateTier" } },
          else: { enum: ["default", false] }
        },
        errorBudget: { type: "array", items: { $ref: "#/$defs/errorBudgetAlert" } },
        message: {
          type: "object",
          additionalProperties: false,
          description: "Added to every derived alert's generated message.",
          properties: {
            impact: { type: "string", minLength: 1 },
            firstSteps: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
            details: { type: "string" },
            notify: { type: "array", items: { type: "string", pattern: "^@\\S+$" } }
          }
        }
      }
    },
    source: {
      type: "object",
      description: "Set by the loader: where the definition was written.",
      properties: { file: { type: "string" }, line: { type: "integer" }, col: { type: "integer" } }
    }
  },
  $defs: {
    tagValue: { type: "string", minLength: 1, maxLength: 100, pattern: "^[a-z][a-z0-9_./-]*$" },
    timeframe: { enum: ["7d", "30d", "90d"] },
    severity: { enum: ["sev1", "sev2", "sev3", "sev4", "sev5"] },
    tierName: { type: "string", minLength: 1, maxLength: 60, pattern: "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$" },
    namedQueries: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[a-zA-Z][a-zA-Z0-9_]*$" },
      additionalProperties: { type: "string", minLength: 1 },
      description: "Query name -> metric query."
    },
    threshold: {
      type: "object",
      additionalProperties: false,
      required: ["timeframe", "target"],
      properties: {
        timeframe: { $ref: "#/$defs/timeframe" },
        target: { type: "number", description: "Percent, strictly between 0 and 100; at most 3 decimals (monitor SLOs: 2 on 7d and 30d)." },
        warning: { type: "number", description: "Stricter percent than target, below 100." }
      }
    },
    burnRateTier: {
      type: "object",
      additionalProperties: false,
      required: ["longWindow"],
      properties: {
        name: { $ref: "#/$defs/tierName", description: "Default burn-<longWindow>." },
        longWindow: { type: "string", description: "1h to 48h, e.g. 1h, 6h, 24h." },
        shortWindow: { type: "string", description: "Shorter than longWindow. Default longWindow/12." },
        burnRate: { type: "number", description: "Above 0 and at most 1/(1 - target)." },
        budgetConsumed: { type: "number", description: "Percent of the budget spent within the long window; the burn rate is computed from it." },
        severity: { $ref: "#/$defs/severity" },
        timeframe: { $ref: "#/$defs/timeframe" }
      }
    },
    errorBudgetAlert: {
      type: "object",
      additionalProperties: false,
      required: ["consumed"],
      properties: {
        name: { $ref: "#/$defs/tierName", description: "Default budget-<consumed>." },
        consumed: { type: "number", description: "Percent of the budget spent, above 0 and at most 100." },
        severity: { $ref: "#/$defs/severity" },
        timeframe: { $ref: "#/$defs/timeframe" }
      }
    }
  }
};

// schemas/pagerduty.schema.json
var pagerduty_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://vigil.dev/schemas/pagerduty.schema.json",
  title: "vigil PagerDuty objects",
  description: "PagerDuty teams, escalation policies and services managed as code.",
  $defs: {
    team: {
      type: "object",
      required: [
        "id",
        "name"
      ],
      additionalProperties: false,
      properties: {
        kind: {
          const: "pagerduty-team"
        },
        id: {
          type: "string",
          minLength: 1,
          maxLength: 100
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 255
        },
        description: {
          type: "string",
          maxLength: 1e3
        },
        source: {
          type: "object"
        }
      }
    },
    escalationPolicy: {
      type: "object",
      required: [
        "id",
        "name",
        "rules"
      ],
      additionalProperties: false,
      properties: {
        kind: {
          const: "pagerduty-escalation-policy"
        },
        id: {
          type: "string",
          minLength: 1,
          maxLength: 100
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 255
        },
        description: {
          type: "string",
          maxLength: 1e3
        },
        source: {
          type: "object"
        },
        rules: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: [
              "delayMinutes",
              "targets"
            ],
            additionalProperties: false,
            properties: {
              delayMinutes: {
                type: "integer",
                minimum: 1,
                description: "Minutes before escalating to the next rule."
              },
              targets: {
                type: "array",
                minItems: 1,
                items: {
                  oneOf: [
                    {
                      type: "object",
                      required: [
                        "user"
                      ],
                      additionalProperties: false,
                      properties: {
                        user: {
                          type: "string",
                          minLength: 1,
                          description: "Email of an existing PagerDuty user, or a user id."
                        }
                      }
                    },
                    {
                      type: "object",
                      required: [
                        "schedule"
                      ],
                      additionalProperties: false,
                      properties: {
                        schedule: {
                          type: "string",
                          minLength: 1,
                          description: "Name of an existing schedule, or a schedule id."
                        }
                      }
                    }
                  ]
                }
              }
            }
          }
        },
        loops: {
          type: "integer",
          minimum: 0,
          maximum: 9
        },
        teams: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    },
    service: {
      type: "object",
      required: [
        "id",
        "name",
        "escalationPolicy"
      ],
      additionalProperties: false,
      properties: {
        kind: {
          const: "pagerduty-service"
        },
        id: {
          type: "string",
          minLength: 1,
          maxLength: 100
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 255
        },
        description: {
          type: "string",
          maxLength: 1e3
        },
        source: {
          type: "object"
        },
        escalationPolicy: {
          type: "string",
          minLength: 1
        },
        urgency: {
          enum: [
            "high",
            "low",
            "severity_based"
          ]
        },
        autoResolveTimeout: {
          type: [
            "integer",
            "null"
          ],
          minimum: 1
        },
        acknowledgementTimeout: {
          type: [
            "integer",
            "null"
          ],
          minimum: 1
        }
      }
    }
  }
};

// src/validate/suggest.ts
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/validate/schema.ts
var validators;
function compiled() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    const addFormats = addFormatsModule;
    addFormats(ajv);
    validators = { monitor: ajv.compile(monitor_schema_default), routing: ajv.compile(routing_schema_default), slo: ajv.compile(slo_schema_default) };
    ajv.addSchema(pagerduty_schema_default);
    const pd = (name) => ajv.compile({ $ref: `${pagerduty_schema_default.$id}#/$defs/${name}` });
    Object.assign(validators, { "pagerduty-team": pd("team"), "pagerduty-escalation-policy": pd("escalationPolicy"), "pagerduty-service": pd("service") });
  }
  return validators;
}
function checkSchema(def) {
  const validate3 = compiled()[def.kind];
  if (!validate3 || validate3(def)) return [];
  return (validate3.errors ?? []).filter(notNoise).map((err) => toDiagnostic(def, err));
}
function notNoise(err) {
  return err.keyword !== "if" && err.keyword !== "anyOf";
}
function toDiagnostic(def, err) {
  const pointer = err.keyword === "additionalProperties" ? `${err.instancePath}/${String(err.params.additionalProperty)}` : err.keyword === "required" ? `${err.instancePath}/${String(err.params.missingProperty)}` : err.instancePath;
  const { message: message2, hint } = describe(err, def);
  return {
    severity: "error",
    code: "schema",
    id: typeof def.id === "string" && def.id ? def.id : "-",
    message: `"${dotted(pointer)}" ${message2}`,
    ...hint ? { hint } : {},
    path: pointer,
    location: fieldLocation(def, pointer) ?? def.source
  };
}
function describe(err, def) {
  const got = valueAt(def, err.instancePath);
  const p = err.params;
  switch (err.keyword) {
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const known = Object.keys(err.parentSchema?.properties ?? {}).filter((k) => !LOADER_SET.has(k));
      const guess = closest(name, known);
      return { message: "is not a known field", hint: guess ? `did you mean "${guess}"?` : `known fields: ${known.join(", ")}` };
    }
    case "required":
      return { message: "is required but missing", hint: `add "${String(p.missingProperty)}"` };
    case "type":
      return { message: `must be ${article(String(p.type))} (got ${show(got)})` };
    case "enum": {
      const allowed = p.allowedValues.map((v) => JSON.stringify(v));
      const guess = typeof got === "string" ? closest(got, p.allowedValues.map(String)) : void 0;
      return { message: `must be one of ${allowed.join(", ")} (got ${show(got)})`, ...guess ? { hint: `did you mean "${guess}"?` } : {} };
    }
    case "const":
      return { message: `must be ${JSON.stringify(p.allowedValue)} (got ${show(got)})` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { message: `must be ${COMPARISON_WORDS[String(p.comparison)] ?? String(p.comparison)} ${String(p.limit)} (got ${show(got)})` };
    case "minLength":
      return { message: Number(p.limit) === 1 ? "must not be empty" : `must be at least ${String(p.limit)} characters` };
    case "maxLength":
      return { message: `must be at most ${String(p.limit)} characters (got ${String(got.length)})` };
    case "pattern":
      return { message: `does not have the expected form (got ${show(got)})`, hint: `it must match ${String(p.pattern)}` };
    case "format":
      return { message: `must be a valid ${String(p.format)} (got ${show(got)})` };
    case "uniqueItems":
      return { message: `has duplicate entries (items ${String(p.j)} and ${String(p.i)})`, hint: "remove the repeated entry" };
    case "minItems":
      return { message: `must have at least ${String(p.limit)} entr${Number(p.limit) === 1 ? "y" : "ies"}` };
    default:
      return { message: err.message ?? `fails the "${err.keyword}" rule` };
  }
}
var LOADER_SET = /* @__PURE__ */ new Set(["kind", "source"]);
var COMPARISON_WORDS = { "<=": "at most", ">=": "at least", "<": "below", ">": "above" };
function valueAt(root2, pointer) {
  let v = root2;
  for (const part of pointer.split("/").slice(1)) {
    v = v?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}
function dotted(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".") || "(definition)";
}
function show(v) {
  if (v === void 0) return "nothing";
  const json = JSON.stringify(v);
  const kind = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  const text2 = json.length > 40 ? `${json.slice(0, 37)}...` : json;
  return kind === "string" || kind === "number" || kind === "boolean" || kind === "null" ? `${kind} ${text2}` : `${kind} ${text2}`;
}
function article(type) {
  const t = type.replace(/,/g, " or ");
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

// src/validate/semantic/context.ts
function problem(def, path, code, message2, hint, severity = "error") {
  return {
    severity,
    code,
    id: def.id || "-",
    message: message2,
    path,
    ...hint ? { hint } : {},
    location: fieldLocation(def, path) ?? def.source
  };
}

// src/validate/semantic/ids.ts
var LOGICAL_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
function checkIds(definitions) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const def of definitions) {
    if (typeof def.id !== "string" || def.id === "") continue;
    if (!LOGICAL_ID.test(def.id)) {
      out.push(problem(
        def,
        "/id",
        "id-pattern",
        `logical id "${def.id}" may only use lowercase letters, digits, dashes and dots`,
        `try "${suggestId(def.id)}"`
      ));
    }
    const list4 = seen.get(def.id) ?? [];
    list4.push(def);
    seen.set(def.id, list4);
  }
  for (const [id, defs2] of seen) {
    if (defs2.length < 2) continue;
    for (const def of defs2) {
      const others = defs2.filter((d) => d !== def).map((d) => formatLocation(d.source)).join(", ");
      out.push(problem(
        def,
        "/id",
        "duplicate-id",
        `logical id "${id}" is also defined at ${others}`,
        "every monitor and SLO needs its own id; rename one of them"
      ));
    }
  }
  return out;
}
function suggestId(id) {
  return id.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || "my-monitor";
}

// src/validate/semantic/options.ts
var O = "/options";
var NO_MISSING_DATA_OPTION = /* @__PURE__ */ new Set(["service check", "composite", "slo alert"]);
var UNIT_MINUTES = { m: 1, h: 60, d: 1440, w: 10080, mo: 43200 };
function evaluationWindowMinutes(query) {
  const m = /^\s*\w+\((?:last|current)_(\d+)(mo|m|h|d|w)\)/.exec(query);
  return m ? Number(m[1]) * UNIT_MINUTES[m[2]] : void 0;
}
function checkOptions(def) {
  const o = def.options ?? {};
  const out = [];
  const isMetric = def.type === "query alert" || def.type === "metric alert";
  if ((o.renotifyOccurrences ?? null) !== null && !o.renotifyInterval) {
    out.push(problem(
      def,
      `${O}/renotifyOccurrences`,
      "option-needs",
      '"renotifyOccurrences" needs "renotifyInterval"',
      'set "renotifyInterval" (minutes) or remove "renotifyOccurrences"'
    ));
  }
  if (o.renotifyStatuses && !o.renotifyInterval) {
    out.push(problem(
      def,
      `${O}/renotifyStatuses`,
      "option-needs",
      '"renotifyStatuses" needs "renotifyInterval"',
      'set "renotifyInterval" (minutes) or remove "renotifyStatuses"'
    ));
  }
  if (o.noDataTimeframe != null) {
    if (!o.notifyNoData) {
      out.push(problem(
        def,
        `${O}/noDataTimeframe`,
        "option-ignored",
        '"noDataTimeframe" has no effect unless "notifyNoData" is true; Datadog ignores it',
        'set "notifyNoData: true" or remove "noDataTimeframe"',
        "warning"
      ));
    }
    const window = isMetric ? evaluationWindowMinutes(def.query) : void 0;
    if (window !== void 0 && o.noDataTimeframe < 2 * window) {
      out.push(problem(
        def,
        `${O}/noDataTimeframe`,
        "option-range",
        `"noDataTimeframe" must be at least twice the evaluation window (${window} min), so at least ${2 * window} (got ${o.noDataTimeframe})`,
        `set it to ${2 * window} or more`
      ));
    }
  }
  if (o.onMissingData !== void 0) {
    if (NO_MISSING_DATA_OPTION.has(def.type)) {
      out.push(problem(
        def,
        `${O}/onMissingData`,
        "option-type",
        `"onMissingData" is not available for ${def.type} monitors`,
        def.type === "service check" ? 'use "notifyNoData" and "noDataTimeframe" instead' : "remove it"
      ));
    }
    if (o.notifyNoData !== void 0) {
      out.push(problem(
        def,
        `${O}/notifyNoData`,
        "option-conflict",
        '"notifyNoData" and "onMissingData" both decide no-data behaviour',
        'keep "onMissingData" and remove "notifyNoData"'
      ));
    }
  }
  if (o.thresholdWindows && !/anomalies\(/.test(def.query)) {
    out.push(problem(
      def,
      `${O}/thresholdWindows`,
      "option-type",
      '"thresholdWindows" only applies to anomaly monitors',
      "remove it, or use an anomalies() query"
    ));
  }
  if (o.schedulingOptions?.evaluationWindow && !/^\s*\w+\(current_/.test(def.query)) {
    out.push(problem(
      def,
      `${O}/schedulingOptions/evaluationWindow`,
      "option-type",
      '"schedulingOptions.evaluationWindow" needs a cumulative window such as current_1d or current_1mo in the query'
    ));
  }
  if (o.schedulingOptions?.customSchedule && o.requireFullWindow) {
    out.push(problem(
      def,
      `${O}/requireFullWindow`,
      "option-conflict",
      '"requireFullWindow" cannot be combined with a custom schedule; Datadog forces it to false',
      'remove "requireFullWindow"',
      "warning"
    ));
  }
  if (o.newHostDelay != null && o.newGroupDelay != null) {
    out.push(problem(
      def,
      `${O}/newHostDelay`,
      "option-deprecated",
      '"newHostDelay" is deprecated and overlaps "newGroupDelay"',
      'keep "newGroupDelay" only',
      "warning"
    ));
  }
  if (o.timeoutH != null && !Number.isInteger(o.timeoutH)) {
    out.push(problem(def, `${O}/timeoutH`, "option-range", `"timeoutH" must be a whole number of hours (got ${o.timeoutH})`));
  }
  return out;
}

// src/validate/semantic/query.ts
function checkQuery(def, parsed) {
  if (parsed.ok) return [];
  const { message: message2, offset, hint } = parsed.error;
  const start = Math.max(0, offset - 20);
  const excerpt = `${start > 0 ? "\u2026" : ""}${def.query.slice(start, offset)}\u27E8here\u27E9${def.query.slice(offset, offset + 20)}${offset + 20 < def.query.length ? "\u2026" : ""}`;
  return [problem(
    def,
    "/query",
    "query-syntax",
    `"query" is not a valid ${def.type} query at character ${offset + 1}: ${message2}`,
    `${hint ? `${hint}; ` : ""}near: ${excerpt}`
  )];
}

// src/validate/semantic/references.ts
function checkReferences(def, ctx) {
  const parsed = ctx.queries.get(def);
  if (!parsed?.ok) return [];
  const out = [];
  const wanted = def.type === "slo alert" ? "slo" : "monitor";
  for (const ref2 of parsed.refs) {
    const target = ctx.byId.get(ref2);
    if (ref2 === def.id) {
      out.push(problem(
        def,
        "/query",
        "reference-self",
        `the query refers to this monitor itself ("\${${ref2}}")`,
        "a composite combines other monitors"
      ));
    } else if (!target) {
      const guess = closest(ref2, [...ctx.byId.keys()]);
      out.push(problem(
        def,
        "/query",
        "reference-unknown",
        `the query refers to "\${${ref2}}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a ${wanted} with id "${ref2}"`
      ));
    } else if (target.kind !== wanted) {
      out.push(problem(def, "/query", "reference-kind", `"\${${ref2}}" is a ${target.kind}, but a ${def.type} refers to ${wanted}s`));
    }
  }
  if (def.type === "composite" && parsed.refs.length === 0 && !/\d/.test(def.query)) {
    out.push(problem(def, "/query", "reference-none", "a composite monitor must refer to at least one monitor"));
  }
  return out;
}

// src/validate/semantic/thresholds.ts
var T = "/options/thresholds";
function checkThresholds(def, parsed) {
  const t = def.options?.thresholds ?? {};
  const out = [];
  if (def.type === "service check") {
    for (const key of ["critical", "warning", "ok", "unknown"]) {
      const v = t[key];
      if (v !== void 0 && (!Number.isInteger(v) || v < 1)) {
        out.push(problem(
          def,
          `${T}/${key}`,
          "threshold-range",
          `"thresholds.${key}" of a service check counts consecutive check results and must be a whole number \u2265 1 (got ${v})`
        ));
      }
    }
    return out;
  }
  for (const key of ["ok", "unknown"]) {
    if (t[key] !== void 0) {
      out.push(problem(
        def,
        `${T}/${key}`,
        "threshold-ignored",
        `"thresholds.${key}" only applies to service checks; Datadog ignores it on a ${def.type} monitor`,
        `remove "thresholds.${key}"`,
        "warning"
      ));
    }
  }
  if (!parsed?.ok || parsed.threshold === void 0 || !parsed.comparator) return out;
  const { comparator, threshold } = parsed;
  if (t.critical !== void 0 && t.critical !== threshold) {
    out.push(problem(
      def,
      `${T}/critical`,
      "threshold-mismatch",
      `"thresholds.critical" must equal the threshold in the query (query says ${comparator} ${threshold}, critical is ${t.critical})`,
      `set "thresholds.critical" to ${threshold} or change the query`
    ));
  }
  const critical = t.critical ?? threshold;
  const above = comparator === ">" || comparator === ">=";
  if (!above && comparator !== "<" && comparator !== "<=") return out;
  const before = above ? "below" : "above";
  const ok3 = (v, limit) => above ? v < limit : v > limit;
  const sign = above ? "\u2265" : "\u2264";
  if (t.warning !== void 0 && !ok3(t.warning, critical)) {
    out.push(problem(
      def,
      `${T}/warning`,
      "threshold-order",
      `"thresholds.warning" must be ${before} "thresholds.critical" for comparator "${comparator}" (got ${t.warning} ${sign} ${critical})`,
      `a warning fires before the alert: swap them, or move the warning ${before} ${critical}`
    ));
  }
  if (t.criticalRecovery !== void 0 && !ok3(t.criticalRecovery, critical)) {
    out.push(problem(
      def,
      `${T}/criticalRecovery`,
      "threshold-order",
      `"thresholds.criticalRecovery" must be ${before} "thresholds.critical" for comparator "${comparator}" (got ${t.criticalRecovery} ${sign} ${critical})`,
      "the alert recovers on the non-alerting side of the threshold"
    ));
  }
  if (t.warningRecovery !== void 0) {
    if (t.warning === void 0) {
      out.push(problem(
        def,
        `${T}/warningRecovery`,
        "threshold-order",
        '"thresholds.warningRecovery" needs "thresholds.warning"',
        "add a warning threshold or remove the recovery"
      ));
    } else if (!ok3(t.warningRecovery, t.warning)) {
      out.push(problem(
        def,
        `${T}/warningRecovery`,
        "threshold-order",
        `"thresholds.warningRecovery" must be ${before} "thresholds.warning" for comparator "${comparator}" (got ${t.warningRecovery} ${sign} ${t.warning})`,
        "the warning recovers on the non-warning side of its threshold"
      ));
    }
  }
  return out;
}

// src/validate/semantic/message.ts
var MESSAGE_MAX = 4e3;
var PAGERDUTY_MAX = 1024;
function checkMessage(def) {
  const length = composeMessage(def).length;
  if (length > MESSAGE_MAX) {
    return [problem(
      def,
      "/message",
      "message-length",
      `the compiled message is ${length} characters; the limit is ${MESSAGE_MAX}`,
      "move detail into the runbook and keep the message to what on-call needs first"
    )];
  }
  if (length > PAGERDUTY_MAX) {
    return [problem(
      def,
      "/message",
      "message-length",
      `the compiled message is ${length} characters; PagerDuty keeps only the first ${PAGERDUTY_MAX}`,
      "shorten it so the first steps survive on the pager",
      "warning"
    )];
  }
  return [];
}

// src/validate/semantic/routing.ts
function checkRouting(routings) {
  const out = [];
  if (routings.length > 1) {
    for (const r2 of routings.slice(1)) {
      out.push(problem(
        r2,
        "/id",
        "routing-multiple",
        `a second routing table ("${r2.id}"); the first is at ${formatLocation(routings[0].source)}`,
        "merge the rules into one routing table"
      ));
    }
  }
  for (const r2 of routings) {
    r2.rules.forEach((rule, i) => {
      if (rule.notify.length === 0 && !rule.continue) {
        out.push(problem(
          r2,
          `/rules/${i}/notify`,
          "routing-silent-rule",
          `rule "${rule.name}" matches monitors but notifies nobody`,
          "add a destination, or remove the rule so later rules apply",
          "warning"
        ));
      }
    });
  }
  return out;
}

// src/validate/semantic/pagerduty.ts
var PD_ID = /^P[A-Z0-9]{6}$/;
function checkPagerDuty(defs2) {
  const out = [];
  const pd = defs2.filter((d) => d.kind.startsWith("pagerduty-"));
  const ids = (kind) => pd.filter((d) => d.kind === kind).map((d) => d.id);
  const refer = (def, path, value, kind, what) => {
    if (PD_ID.test(value) || ids(kind).includes(value)) return;
    const guess = closest(value, ids(kind));
    out.push(problem(
      def,
      path,
      "pagerduty-reference",
      `refers to the ${what} "${value}", which is not defined`,
      guess ? `did you mean "${guess}"?` : `define a ${what} with id "${value}", or use an existing one's PagerDuty id (P\u2026)`
    ));
  };
  const names = /* @__PURE__ */ new Map();
  for (const def of pd) {
    if (def.kind === "pagerduty-service") refer(def, "/escalationPolicy", def.escalationPolicy, "pagerduty-escalation-policy", "escalation policy");
    if (def.kind === "pagerduty-escalation-policy") def.teams?.forEach((t, i) => refer(def, `/teams/${i}`, t, "pagerduty-team", "team"));
    const key = `${def.kind}:${def.name.toLowerCase()}`;
    const twin = names.get(key);
    if (twin) {
      out.push(problem(
        def,
        "/name",
        "pagerduty-duplicate-name",
        `another ${def.kind.replace("pagerduty-", "")} ("${twin.id}") already has the name "${def.name}"`,
        "PagerDuty names are unique per account; rename one"
      ));
    } else names.set(key, def);
  }
  return out;
}

// src/lint/rules/handles.ts
var KNOWN_PREFIXES = ["slack-", "webhook-", "opsgenie-", "teams-", "victorops-", "jira-", "servicenow-", "team-", "oncall-", "workflow-", "case-"];
var handlesResolve = {
  id: "handles-resolve",
  severity: "error",
  description: "Every @ handle in a message is a routed destination, a managed PagerDuty service, a known integration or an email address.",
  hint: "fix the handle, route it, or declare the PagerDuty service",
  check: (def, ctx) => {
    const out = [];
    for (const handle of new Set(ctx.message(def).match(/(?<![\w{])@[\w.+-]+(?:@[\w.-]+)?/g) ?? [])) {
      const name = handle.slice(1);
      if (name.startsWith("pagerduty-")) {
        const service = name.slice("pagerduty-".length);
        if (!ctx.pagerDutyServices.has(service)) out.push({ message: `${handle} names a PagerDuty service that is neither routed nor managed`, path: "/message" });
      } else if (!name.includes("@") && !KNOWN_PREFIXES.some((p) => name.startsWith(p))) {
        out.push({ message: `${handle} is not a known integration handle or an email address`, path: "/message" });
      }
    }
    return out;
  }
};

// src/lint/rules/data.ts
var NO_DATA_TYPES = /* @__PURE__ */ new Set(["query alert", "metric alert", "service check", "log alert", "event-v2 alert", "process alert", "rum alert", "trace-analytics alert"]);
var noDataExplicit = {
  id: "no-data-explicit",
  severity: "warning",
  description: "What happens when data stops arriving is chosen explicitly.",
  hint: 'set "options.onMissingData" (or "options.notifyNoData" for service checks)',
  check: (def) => {
    if (!NO_DATA_TYPES.has(def.type)) return [];
    const o = def.options ?? {};
    return o.notifyNoData === void 0 && o.onMissingData === void 0 ? [{ message: "no-data behaviour is left to the default", path: "/options" }] : [];
  }
};
var noDuplicateQuery = {
  id: "no-duplicate-query",
  severity: "warning",
  description: "No two monitors watch the same query in the same scope (they would alert twice for one problem).",
  hint: "merge them, or give them different thresholds through one monitor with warning and critical",
  check: (def, ctx) => {
    const key = (q) => q.replace(/\s+/g, "").replace(/[<>]=?-?[\d.]+$/, "");
    const twins = ctx.monitors.filter((m) => m !== def && m.type === def.type && m.env === def.env && key(m.query) === key(def.query));
    return twins.map((t) => ({ message: `watches the same query as "${t.id}"`, path: "/query" }));
  }
};

// src/lint/rules/ownership.ts
var teamPresent = {
  id: "team-present",
  severity: "warning",
  description: "Every monitor names the team that owns it.",
  hint: 'set "team"; routing and the catalog depend on it',
  check: (def) => def.team ? [] : [{ message: "the monitor has no owning team", path: "/team" }]
};
var runbookPresent = {
  id: "runbook-present",
  severity: "warning",
  description: "Every monitor links a runbook.",
  hint: 'set "runbook" to the page on-call should open first',
  check: (def) => def.runbook ? [] : [{ message: "the monitor links no runbook", path: "/runbook" }]
};
var severitySet = {
  id: "severity-set",
  severity: "warning",
  description: "Every monitor has a severity (sev1\u2026sev5), which drives priority and routing.",
  hint: 'set "severity"; sev1 is a complete outage, sev5 informational',
  check: (def) => def.severity ? [] : [{ message: "the monitor has no severity", path: "/severity" }]
};
var messageActionable = {
  id: "message-actionable",
  severity: "warning",
  description: "The message states the customer impact and the first steps.",
  hint: 'add "message.impact" and "message.firstSteps"',
  check: (def) => {
    const missing = [!def.message.impact && "customer impact", !def.message.firstSteps?.length && "first steps"].filter(Boolean);
    return missing.length ? [{ message: `the message does not state ${missing.join(" or ")}`, path: "/message" }] : [];
  }
};

// src/lint/rules/paging.ts
var PAGER = /@pagerduty-[\w.-]+/g;
var highSeverityPages = {
  id: "high-severity-pages",
  severity: "warning",
  description: "Sev1 and Sev2 monitors in production reach a pager.",
  hint: "add a routing rule that pages for this team, or lower the severity",
  check: (def, ctx) => {
    if (def.severity !== "sev1" && def.severity !== "sev2" || !ctx.isProduction(def.env)) return [];
    return /@pagerduty-[\w.-]+/.test(ctx.message(def)) ? [] : [{ message: `a ${def.severity} monitor in ${def.env} notifies no pager`, path: "/severity" }];
  }
};
var nonProductionNeverPages = {
  id: "nonprod-never-pages",
  severity: "error",
  description: "Monitors outside production never page anyone.",
  hint: "notify a chat channel instead, or set the env to a production one",
  check: (def, ctx) => {
    if (ctx.isProduction(def.env)) return [];
    const pagers = [...new Set(ctx.message(def).match(PAGER) ?? [])];
    return pagers.length ? [{ message: `a ${def.env ?? "env-less"} monitor pages ${pagers.join(", ")}`, path: "/message" }] : [];
  }
};
var pagesNotifyRecovery = {
  id: "pages-notify-recovery",
  severity: "warning",
  description: "Paging monitors also notify the pager on recovery, so incidents resolve themselves.",
  hint: "put the @pagerduty handle outside the conditional blocks, or also inside {{#is_recovery}}",
  check: (def, ctx) => {
    const message2 = ctx.message(def);
    const outside = stripBlocks(message2);
    const recovery = [...message2.matchAll(/\{\{#is_recovery\}\}([\s\S]*?)\{\{\/is_recovery\}\}/g)].map((m) => m[1]).join(" ");
    const missing = [...new Set(message2.match(PAGER) ?? [])].filter((h) => !outside.includes(h) && !recovery.includes(h));
    return missing.map((h) => ({ message: `${h} is notified of alerts but not of the recovery`, path: "/message" }));
  }
};
function stripBlocks(message2) {
  return message2.replace(/\{\{#(\w+)\}\}[\s\S]*?\{\{\/\1\}\}/g, "");
}

// src/lint/index.ts
var LINT_RULES = [
  teamPresent,
  runbookPresent,
  severitySet,
  messageActionable,
  highSeverityPages,
  pagesNotifyRecovery,
  nonProductionNeverPages,
  noDataExplicit,
  noDuplicateQuery,
  handlesResolve
];
var RULE_IDS = new Set(LINT_RULES.map((r2) => r2.id));
function lint(ctx) {
  const out = [];
  for (const def of ctx.monitors) {
    const suppressed = def.suppress ?? {};
    for (const id of Object.keys(suppressed)) {
      if (!RULE_IDS.has(id)) {
        out.push(diag(
          def,
          "lint-suppress-unknown",
          "warning",
          `"suppress" names "${id}", which is not a lint rule`,
          `/suppress/${id}`,
          `known rules: ${[...RULE_IDS].join(", ")}`
        ));
      }
    }
    for (const rule of LINT_RULES) {
      if (rule.id in suppressed) continue;
      for (const f of rule.check(def, ctx)) out.push(diag(def, rule.id, rule.severity, f.message, f.path, rule.hint));
    }
  }
  return out;
}
function diag(def, code, severity, message2, path, hint) {
  const location = path && fieldLocation(def, path) || def.source;
  return { severity, code, id: def.id, message: message2, hint, ...path ? { path } : {}, ...location ? { location } : {} };
}

// src/routing/route.ts
var DEFAULT_PRODUCTION = ["prod", "production"];
function route(subject, routing) {
  const decision = { destinations: [], decidedBy: [], dropped: [] };
  const production = new Set(routing.productionEnvs ?? DEFAULT_PRODUCTION);
  const isProd = subject.env !== void 0 && production.has(subject.env);
  const add = (dests, rule) => {
    for (const raw2 of dests) {
      const d = fill(raw2, subject);
      if (d.type === "pagerduty" && !isProd && !rule?.allowNonProdPaging) decision.dropped.push(d);
      else if (!decision.destinations.some((x) => destinationKey(x) === destinationKey(d))) decision.destinations.push(d);
    }
  };
  for (const rule of routing.rules) {
    if (!matches(rule, subject)) continue;
    decision.decidedBy.push(rule.name);
    add(rule.notify, rule);
    if (!rule.continue) return decision;
  }
  if (decision.decidedBy.length === 0) {
    decision.decidedBy.push("default");
    add(routing.default ?? []);
  }
  return decision;
}
function routeMonitor(def, routing) {
  if (!routing) return void 0;
  return route({ severity: def.severity, team: def.team, service: def.service, env: def.env, tags: def.tags }, routing);
}
function matches(rule, s) {
  const m = rule.match;
  const one = (allowed, value) => !allowed || value !== void 0 && allowed.includes(value);
  return one(m.severity, s.severity) && one(m.team, s.team) && one(m.service, s.service) && one(m.env, s.env) && (m.tags ?? []).every((t) => s.tags?.includes(t));
}
function fill(d, s) {
  const sub2 = (text2) => text2.replace(/\{(team|service|env)\}/g, (_, k) => s[k] ?? `{${k}}`);
  switch (d.type) {
    case "pagerduty":
      return { ...d, service: sub2(d.service) };
    case "slack":
      return { ...d, channel: sub2(d.channel) };
    case "email":
      return { ...d, address: sub2(d.address) };
    case "webhook":
      return { ...d, name: sub2(d.name) };
  }
}
function destinationKey(d) {
  switch (d.type) {
    case "pagerduty":
      return `pagerduty:${d.service}`;
    case "slack":
      return `slack:${d.channel.startsWith("#") ? d.channel : `#${d.channel}`}`;
    case "email":
      return `email:${d.address}`;
    case "webhook":
      return `webhook:${d.name}`;
  }
}

// src/lint/context.ts
function lintContext(monitors, routing, managedPagerDuty = []) {
  const decisions = /* @__PURE__ */ new Map();
  const messages = /* @__PURE__ */ new Map();
  const decision = (def) => {
    if (!decisions.has(def)) decisions.set(def, routeMonitor(def, routing));
    return decisions.get(def);
  };
  const pagerDutyServices = new Set(managedPagerDuty);
  for (const def of monitors) {
    for (const d of decision(def)?.destinations ?? []) if (d.type === "pagerduty") pagerDutyServices.add(d.service);
  }
  const production = new Set(routing?.productionEnvs ?? ["prod", "production"]);
  return {
    monitors,
    ...routing ? { routing } : {},
    decision,
    message: (def) => {
      let m = messages.get(def);
      if (m === void 0) messages.set(def, m = composeMessage(def, decision(def)?.destinations ?? []));
      return m;
    },
    pagerDutyServices,
    isProduction: (env) => env !== void 0 && production.has(env)
  };
}

// src/compile/slo/derive-alerts.ts
var TIER_TAG_PREFIX = "slo-tier:";
var SLO_TAG_PREFIX = "slo:";
function deriveSloAlerts(slo, tiers) {
  return tiers.map((tier) => {
    const burn = tier.kind === "burn-rate";
    const threshold = burn ? tier.rate : tier.consumed;
    const query = burn ? `burn_rate("\${${slo.id}}").over("${tier.timeframe}").long_window("${tier.longWindow}").short_window("${tier.shortWindow}") > ${toText(threshold)}` : `error_budget("\${${slo.id}}").over("${tier.timeframe}") > ${toText(threshold)}`;
    const def = {
      kind: "monitor",
      id: `${slo.id}.${tier.name}`,
      type: "slo alert",
      name: burn ? `${slo.name}: error budget burning ${toText(threshold)}\xD7 too fast (${tier.longWindow} and ${tier.shortWindow}, ${tier.timeframe})` : `${slo.name}: over ${toText(threshold)}% of the ${tier.timeframe} error budget spent`,
      query,
      message: message(slo, tier),
      severity: tier.severity,
      tags: [.../* @__PURE__ */ new Set([...slo.tags ?? [], `${TIER_TAG_PREFIX}${tier.name}`, `${SLO_TAG_PREFIX}${slo.id}`])],
      options: { thresholds: { critical: toNumber(threshold) } }
    };
    for (const key of ["team", "service", "env", "runbook"]) if (slo[key] !== void 0) def[key] = slo[key];
    const source = fieldLocation(slo, tier.path) ?? slo.source;
    if (source) def.source = source;
    return def;
  });
}
function message(slo, tier) {
  const extra = slo.alerts?.message ?? {};
  const target = slo.thresholds.find((t) => t.timeframe === tier.timeframe)?.target ?? slo.thresholds[0]?.target;
  const objective = `"${slo.name}" (${target}% over ${tier.timeframe})`;
  let summary;
  let details;
  if (tier.kind === "burn-rate") {
    const rate = tier.rate;
    summary = `The SLO ${objective} is burning its error budget ${toText(rate)}\xD7 faster than it can sustain, over both the last ${tier.longWindow} and the last ${tier.shortWindow}. At this rate the whole ${tier.timeframe} budget is gone in ${duration(hoursToExhaustion(rate, tier.timeframe))}.`;
    details = `When this fires, about ${toText(budgetSpentAtFiring(rate, tier.longMinutes, tier.timeframe))}% of the ${tier.timeframe} error budget is already spent. Burn rate now: {{long_window_burn_rate}}\xD7 over ${tier.longWindow}, {{short_window_burn_rate}}\xD7 over ${tier.shortWindow}.`;
  } else {
    summary = `The SLO ${objective} has spent more than ${toText(tier.consumed)}% of its ${tier.timeframe} error budget.`;
    details = "Budget spent: {{value}}%.";
  }
  if (extra.details?.trim()) details = `${details}

${extra.details.trim()}`;
  const out = { summary, details };
  if (extra.impact) out.impact = extra.impact;
  if (extra.firstSteps) out.firstSteps = [...extra.firstSteps];
  if (extra.notify) out.notify = [...extra.notify];
  return out;
}
function duration(hours) {
  if (cmp(hours, dec(48)) < 0) return `${toText(hours)} hours`;
  return `${toText(div(hours, dec(24), 1))} days`;
}

// src/validate/semantic/slo-queries.ts
var PREFIX = "sum(last_5m):";
function checkSliQueries(def) {
  const out = [];
  const count = def.type === "metric";
  const check = (path, field, query) => {
    if (query === void 0) return;
    const d = checkOne(def, path, field, query, count);
    if (d) out.push(d);
  };
  if (def.type === "metric") {
    for (const k of ["good", "bad", "total"]) check(`/${k}`, k, def[k]);
    for (const [name, q] of Object.entries(def.formulas?.queries ?? {})) check(`/formulas/queries/${esc(name)}`, `formulas.queries.${name}`, q);
  }
  if (def.type === "time_slice" && def.timeSlice) {
    check("/timeSlice/query", "timeSlice.query", def.timeSlice.query);
    for (const [name, q] of Object.entries(def.timeSlice.queries ?? {})) check(`/timeSlice/queries/${esc(name)}`, `timeSlice.queries.${name}`, q);
  }
  return out;
}
function checkOne(def, path, field, query, countBased) {
  const parsed = parseQuery("query alert", `${PREFIX}${query} > 0`);
  if (!parsed.ok) {
    const offset = Math.min(Math.max(0, parsed.error.offset - PREFIX.length), query.length);
    return problem(
      def,
      path,
      "slo-query",
      `"${field}" is not a valid metric query at character ${offset + 1}: ${parsed.error.message}`,
      `${parsed.error.hint ? `${parsed.error.hint}; ` : ""}near: ${query.slice(Math.max(0, offset - 20), offset)}\u27E8here\u27E9${query.slice(offset, offset + 20)}`
    );
  }
  if (!countBased || parsed.ast.kind !== "metric") return void 0;
  const bad2 = aggregations(parsed.ast.expr).filter((a) => a !== "sum");
  if (bad2.length) {
    return problem(
      def,
      path,
      "slo-query",
      `"${field}" aggregates with "${bad2[0]}:"; a metric SLO counts events, and Datadog only accepts the "sum" aggregator there`,
      `write "sum:${query.replace(/^\s*\w+:/, "")}"`
    );
  }
  return void 0;
}
function aggregations(e) {
  switch (e.kind) {
    case "metric":
      return [e.aggregation];
    case "binary":
      return [...aggregations(e.left), ...aggregations(e.right)];
    case "negate":
      return aggregations(e.operand);
    case "paren":
      return aggregations(e.inner);
    case "call":
      return e.args.flatMap((a) => a.value.kind === "string" || a.value.kind === "ident" ? [] : aggregations(a.value));
    case "number":
      return [];
  }
}
function esc(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/validate/semantic/slo.ts
var MAX_SLO_MONITORS = 20;
var MAX_SLO_GROUPS = 20;
var METRIC_MONITOR_TYPES = /* @__PURE__ */ new Set(["query alert", "metric alert"]);
var SLI_FIELDS = {
  metric: ["good", "bad", "total", "formulas"],
  monitor: ["monitors", "groups"],
  time_slice: ["timeSlice"]
};
function checkSlo(def, byId, hasAlerts) {
  return [...checkThresholds2(def), ...checkSliFields(def), ...checkMonitors(def, byId, hasAlerts), ...checkSliQueries(def)];
}
function checkThresholds2(def) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  def.thresholds.forEach((t, i) => {
    const at = `/thresholds/${i}`;
    const first = seen.get(t.timeframe);
    if (first !== void 0) {
      out.push(problem(
        def,
        `${at}/timeframe`,
        "slo-threshold-duplicate",
        `"thresholds[${i}]" repeats timeframe "${t.timeframe}" (already in "thresholds[${first}]"); Datadog keeps one target per timeframe`,
        "merge the two entries or change one timeframe"
      ));
    } else seen.set(t.timeframe, i);
    const places = def.type === "monitor" && t.timeframe !== "90d" ? 2 : 3;
    for (const key of ["target", "warning"]) {
      const v = t[key];
      if (v === void 0) continue;
      if (!(v > 0 && v < 100)) {
        out.push(problem(
          def,
          `${at}/${key}`,
          "slo-target-range",
          `"thresholds[${i}].${key}" must be a percent strictly between 0 and 100 (got ${v})`,
          v >= 100 ? "a 100% target leaves no error budget; Datadog rejects it (burn rates divide by the budget)" : "write the percent of good events, e.g. 99.9"
        ));
      } else if (decimalPlaces(v) > places) {
        out.push(problem(
          def,
          `${at}/${key}`,
          "slo-target-precision",
          `"thresholds[${i}].${key}" has ${decimalPlaces(v)} decimals; ${kindName(def.type)} SLOs on ${t.timeframe} take at most ${places} (got ${v})`,
          `cut it to ${places} decimals, e.g. ${truncate(v, places)}`
        ));
      } else if (v < 1) {
        out.push(problem(
          def,
          `${at}/${key}`,
          "slo-target-range",
          `"thresholds[${i}].${key}" is ${v}%, which looks like a ratio; targets are percents`,
          `write ${toText(mul(dec(v), dec(100)))} for ${v * 100 >= 1 ? "that share" : v}`,
          "warning"
        ));
      }
    }
    if (t.warning !== void 0 && t.warning > 0 && t.warning < 100 && t.warning <= t.target) {
      out.push(problem(
        def,
        `${at}/warning`,
        "slo-warning-order",
        `"thresholds[${i}].warning" must be stricter than "target": above ${t.target} (got ${t.warning})`,
        "the warning shows before the SLO is breached: set it between the target and 100, e.g. halfway"
      ));
    }
  });
  if (def.timeframe !== void 0 && !def.thresholds.some((t) => t.timeframe === def.timeframe)) {
    out.push(problem(
      def,
      "/timeframe",
      "slo-primary-timeframe",
      `the primary "timeframe" "${def.timeframe}" has no threshold; Datadog takes the primary target from the thresholds (have: ${def.thresholds.map((t) => `"${t.timeframe}"`).join(", ")})`,
      `add a threshold for "${def.timeframe}" or set "timeframe" to one of the thresholds' timeframes`
    ));
  }
  return out;
}
function checkSliFields(def) {
  const out = [];
  for (const [type, fields] of Object.entries(SLI_FIELDS)) {
    if (type === def.type) continue;
    for (const f of fields) {
      if (def[f] !== void 0) {
        out.push(problem(
          def,
          `/${f}`,
          "slo-sli",
          `"${f}" only applies to ${kindName(type)} SLOs; this SLO has type "${def.type}"`,
          `remove "${f}", or set "type" to "${type}"`
        ));
      }
    }
  }
  if (def.type === "metric") {
    const has2 = (k) => def[k] !== void 0;
    if (def.formulas) {
      if (has2("good") || has2("bad") || has2("total")) {
        out.push(problem(
          def,
          "/formulas",
          "slo-sli",
          '"formulas" replaces "good", "bad" and "total"; give one or the other',
          'move the queries into "formulas.queries"'
        ));
      }
      const f = def.formulas;
      const given = ["good", "bad", "total"].filter((k) => f[k] !== void 0);
      if (given.length !== 2) {
        out.push(problem(
          def,
          "/formulas",
          "slo-sli",
          `"formulas" needs exactly two of "good", "bad" and "total" (got ${given.length ? given.map((k) => `"${k}"`).join(", ") : "none"})`,
          'e.g. good: "hits - errors", total: "hits"'
        ));
      }
      for (const k of given) {
        for (const name of formulaNames(f[k])) {
          if (!(name in f.queries)) {
            const guess = closest(name, Object.keys(f.queries));
            out.push(problem(
              def,
              `/formulas/${k}`,
              "slo-sli",
              `"formulas.${k}" uses "${name}", which is not in "formulas.queries"`,
              guess ? `did you mean "${guess}"?` : `add "${name}" to "formulas.queries"`
            ));
          }
        }
      }
    } else {
      const given = ["good", "bad", "total"].filter(has2);
      if (given.length !== 2) {
        out.push(problem(
          def,
          given.length ? `/${given[0]}` : "",
          "slo-sli",
          `a metric SLO needs exactly two of "good", "bad" and "total" (got ${given.length ? given.map((k) => `"${k}"`).join(", ") : "none"})`,
          'give "good" and "total" (or "bad" and "total") event queries, or "formulas"'
        ));
      }
    }
  }
  if (def.type === "monitor" && !def.monitors) {
    out.push(problem(
      def,
      "",
      "slo-sli",
      'a monitor SLO needs "monitors": the logical ids of the monitors whose uptime counts',
      'e.g. monitors: ["checkout-prod-error-rate"]'
    ));
  }
  if (def.type === "time_slice") {
    const ts = def.timeSlice;
    if (!ts) {
      out.push(problem(
        def,
        "",
        "slo-sli",
        'a time-slice SLO needs "timeSlice": a query, a comparator and a threshold',
        'e.g. timeSlice: { query: "max:inventory.sync.lag_seconds{env:prod}", comparator: "<=", threshold: 900 }'
      ));
    } else if (ts.query !== void 0 === (ts.queries !== void 0) || ts.queries !== void 0 !== (ts.formula !== void 0)) {
      out.push(problem(
        def,
        "/timeSlice",
        "slo-sli",
        '"timeSlice" takes either "query", or "queries" with a "formula"',
        'use "query" for one metric query'
      ));
    } else if (ts.queries && ts.formula) {
      for (const name of formulaNames(ts.formula)) {
        if (!(name in ts.queries)) {
          out.push(problem(
            def,
            "/timeSlice/formula",
            "slo-sli",
            `"timeSlice.formula" uses "${name}", which is not in "timeSlice.queries"`,
            `add "${name}" to "timeSlice.queries"`
          ));
        }
      }
    }
  }
  return out;
}
function checkMonitors(def, byId, hasAlerts) {
  if (def.type !== "monitor" || !def.monitors) return [];
  const out = [];
  if (def.monitors.length > MAX_SLO_MONITORS) {
    out.push(problem(
      def,
      "/monitors",
      "slo-monitor-count",
      `a monitor SLO takes at most ${MAX_SLO_MONITORS} monitors (got ${def.monitors.length})`,
      "split it into several SLOs, or use a metric SLO over the same signals"
    ));
  }
  if (def.groups?.length) {
    if (def.monitors.length !== 1) {
      out.push(problem(
        def,
        "/groups",
        "slo-groups",
        `"groups" only applies to a monitor SLO with exactly one monitor (got ${def.monitors.length})`,
        'remove "groups", or keep only the one multi-alert monitor whose groups count'
      ));
    } else if (def.groups.length > MAX_SLO_GROUPS) {
      out.push(problem(
        def,
        "/groups",
        "slo-groups",
        `Datadog counts at most ${MAX_SLO_GROUPS} groups of one monitor (got ${def.groups.length})`,
        'pick the groups that matter most, or leave "groups" out to count every group',
        "warning"
      ));
    }
  }
  def.monitors.forEach((ref2, i) => {
    const target = byId.get(ref2);
    const at = `/monitors/${i}`;
    if (!target) {
      const guess = closest(ref2, [...byId.keys()]);
      out.push(problem(
        def,
        at,
        "reference-unknown",
        `"monitors[${i}]" refers to "${ref2}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a monitor with id "${ref2}"`
      ));
    } else if (target.kind !== "monitor") {
      out.push(problem(def, at, "reference-kind", `"monitors[${i}]" refers to "${ref2}", which is a ${target.kind}; a monitor SLO counts monitors`));
    } else if (hasAlerts && !METRIC_MONITOR_TYPES.has(target.type)) {
      out.push(problem(
        def,
        at,
        "slo-monitor-type",
        `burn-rate and error-budget alerts need a monitor SLO made only of metric monitors, but "${ref2}" is a ${target.type} monitor`,
        'remove the alerts (set "alerts.burnRate: false" and no "errorBudget"), drop this monitor, or use a metric SLO'
      ));
    }
  });
  return out;
}
function formulaNames(formula2) {
  return [...new Set([...formula2.matchAll(/\b([A-Za-z_]\w*)\b(?!\s*\()/g)].map((m) => m[1]))];
}
function truncate(v, places) {
  const [int, frac = ""] = toText(dec(v)).split(".");
  return frac.slice(0, places) ? `${int}.${frac.slice(0, places)}` : int;
}
function kindName(type) {
  return type === "time_slice" ? "time-slice" : type;
}

// src/validate/semantic/slo-alerts.ts
function checkSloAlerts(def, tiers) {
  const out = [];
  const names = /* @__PURE__ */ new Map();
  for (const tier of tiers) {
    const at = tier.path;
    const label2 = tier.isDefault ? `default tier "${tier.name}"` : `"${at.slice(1).replace(/\/(\d+)/g, "[$1]").replace(/\//g, ".")}"`;
    const first = names.get(tier.name);
    if (first) {
      out.push(problem(
        def,
        tier.isDefault ? at : `${at}/name`,
        "slo-tier-duplicate",
        `${label2} has the same name "${tier.name}" as another tier; each tier becomes the monitor "${def.id}.${tier.name}"`,
        'give one of them a distinct "name"'
      ));
    } else names.set(tier.name, tier);
    const threshold = def.thresholds.find((t) => t.timeframe === tier.timeframe);
    if (!threshold) {
      if (!tier.isDefault && (def.timeframe === void 0 || tier.timeframe !== def.timeframe)) {
        out.push(problem(
          def,
          `${at}/timeframe`,
          "slo-alert-timeframe",
          `${label2} watches timeframe "${tier.timeframe}", but the SLO has no threshold for it (have: ${def.thresholds.map((t) => `"${t.timeframe}"`).join(", ")})`,
          "use one of the SLO's timeframes, or add a threshold for this one"
        ));
      }
      continue;
    }
    if (tier.kind === "error-budget") {
      const consumed = (def.alerts?.errorBudget ?? [])[Number(at.split("/").pop())]?.consumed;
      if (consumed !== void 0 && !(consumed > 0 && consumed <= 100)) {
        out.push(problem(
          def,
          `${at}/consumed`,
          "slo-alert-range",
          `${label2}: "consumed" is the percent of the error budget spent and must be above 0 and at most 100 (got ${consumed})`,
          "e.g. 75 alerts once three quarters of the budget are gone"
        ));
      }
      continue;
    }
    out.push(...checkWindows(def, tier, label2));
    const declared = tier.isDefault ? void 0 : (def.alerts?.burnRate)[Number(at.split("/").pop())];
    if (declared) {
      const both = declared.burnRate !== void 0 && declared.budgetConsumed !== void 0;
      if (both || declared.burnRate === void 0 && declared.budgetConsumed === void 0) {
        out.push(problem(
          def,
          at,
          "slo-alert-rate",
          `${label2} needs ${both ? "only one" : "one"} of "burnRate" and "budgetConsumed"`,
          "e.g. burnRate: 14.4, or budgetConsumed: 2 (percent of the budget spent within the long window)"
        ));
        continue;
      }
      if (declared.burnRate !== void 0 && !(declared.burnRate > 0)) {
        out.push(problem(
          def,
          `${at}/burnRate`,
          "slo-alert-range",
          `${label2}: "burnRate" must be above 0 (got ${declared.burnRate})`,
          "a burn rate of 1 spends exactly the whole budget over the timeframe; alerts use more, e.g. 14.4"
        ));
        continue;
      }
      if (declared.budgetConsumed !== void 0 && !(declared.budgetConsumed > 0 && declared.budgetConsumed <= 100)) {
        out.push(problem(
          def,
          `${at}/budgetConsumed`,
          "slo-alert-range",
          `${label2}: "budgetConsumed" is a percent of the error budget and must be above 0 and at most 100 (got ${declared.budgetConsumed})`
        ));
        continue;
      }
    }
    if (tier.rate && threshold.target > 0 && threshold.target < 100) out.push(...checkMaxRate(def, tier, label2, threshold.target, declared));
  }
  return out;
}
function checkWindows(def, tier, label2) {
  const at = tier.isDefault ? tier.path : `${tier.path}/longWindow`;
  const long = tier.longMinutes;
  const declared = tier.isDefault ? void 0 : (def.alerts?.burnRate)[Number(tier.path.split("/").pop())];
  const written = declared?.longWindow ?? tier.longWindow;
  if (long === void 0) {
    return [problem(def, at, "slo-alert-window", `${label2}: "longWindow" must be a number of minutes, hours or days such as "1h" (got "${written}")`)];
  }
  if (long < LONG_WINDOW_MIN_MINUTES || long > LONG_WINDOW_MAX_MINUTES) {
    return [problem(
      def,
      at,
      "slo-alert-window",
      `${label2}: "longWindow" must be between 1h and 48h for Datadog burn-rate alerts (got "${written}")`,
      long > LONG_WINDOW_MAX_MINUTES ? "for slower burns, use an error-budget alert instead" : "use at least 1h; the short window catches fast burns"
    )];
  }
  const shortText = declared?.shortWindow;
  if (tier.shortMinutes === void 0) {
    return [problem(
      def,
      `${tier.path}/${shortText !== void 0 ? "shortWindow" : "longWindow"}`,
      "slo-alert-window",
      shortText !== void 0 ? `${label2}: "shortWindow" must be a number of minutes or hours such as "5m" (got "${shortText}")` : `${label2}: the default short window is longWindow/12, which is not a whole number of minutes for "${written}"`,
      shortText !== void 0 ? void 0 : `set "shortWindow", e.g. "${formatWindow(Math.max(1, Math.floor(long / 12)))}"`
    )];
  }
  if (tier.shortMinutes <= 0 || tier.shortMinutes >= long) {
    return [problem(
      def,
      `${tier.path}/shortWindow`,
      "slo-alert-window",
      `${label2}: "shortWindow" must be longer than 0 and shorter than "longWindow" ${tier.longWindow} (got "${shortText}")`,
      `Datadog's UI uses longWindow/12${long % 12 === 0 ? `: "${formatWindow(long / 12)}"` : ""}`
    )];
  }
  return [];
}
function checkMaxRate(def, tier, label2, target, declared) {
  const budget = sub(dec(100), dec(target));
  const product = mul(tier.rate, budget);
  const max = div(dec(100), budget, 4);
  const at = tier.isDefault ? tier.path : `${tier.path}/${declared?.burnRate !== void 0 ? "burnRate" : "budgetConsumed"}`;
  const over = cmp(product, dec(100));
  const rate = toText(tier.rate);
  if (over > 0) {
    return [problem(
      def,
      at,
      "slo-burn-rate-max",
      `${label2}: burn rate ${rate} is above the maximum for a ${target}% target, 1/(1 \u2212 ${target}%) = ${toText(max)}; Datadog rejects it`,
      tier.isDefault ? `Datadog's recommended tiers suit targets of 96% and above; list your own tiers in "alerts.burnRate" with rates up to ${toText(max)}, or set "alerts.burnRate: false"` : `lower it to at most ${toText(max)}${declared?.budgetConsumed !== void 0 ? ' (a smaller "budgetConsumed" or a longer "longWindow")' : ""}`
    )];
  }
  if (over === 0) {
    return [problem(
      def,
      at,
      "slo-burn-rate-never",
      `${label2} can never fire: burn rate ${rate} is the maximum for a ${target}% target (every request failing), and the alert needs more than that`,
      "lower the burn rate",
      "warning"
    )];
  }
  return [];
}

// src/validate/slos.ts
function validateSlos(slos, byId) {
  const diagnostics = [];
  const derived = [];
  for (const slo of slos) {
    const tiers = resolveTiers(slo);
    const problems = [...checkSlo(slo, byId, tiers.length > 0), ...checkSloAlerts(slo, tiers)];
    diagnostics.push(...problems);
    if (!problems.some((p) => p.severity === "error")) derived.push(...deriveSloAlerts(slo, tiers));
  }
  return { diagnostics, derived };
}

// src/validate/index.ts
function validate(definitions) {
  const diagnostics = [];
  const valid = [];
  for (const def of definitions) {
    const schemaProblems = checkSchema(def);
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length === 0) valid.push(def);
  }
  const byId = /* @__PURE__ */ new Map();
  for (const def of definitions) if (typeof def.id === "string" && !byId.has(def.id)) byId.set(def.id, def);
  const slos = validateSlos(valid.filter((d) => d.kind === "slo"), byId);
  diagnostics.push(...slos.diagnostics);
  const all = [...definitions, ...slos.derived];
  for (const def of slos.derived) {
    const schemaProblems = checkSchema(def);
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length === 0) valid.push(def);
    if (!byId.has(def.id)) byId.set(def.id, def);
  }
  diagnostics.push(...checkIds(all));
  const queries = /* @__PURE__ */ new Map();
  for (const def of valid) if (def.kind === "monitor") queries.set(def, parsedQuery(def));
  const ctx = { definitions: all, byId, queries };
  for (const def of valid) {
    if (def.kind !== "monitor") continue;
    const parsed = queries.get(def);
    diagnostics.push(
      ...checkQuery(def, parsed),
      ...checkThresholds(def, parsed),
      ...checkOptions(def),
      ...checkReferences(def, ctx),
      ...checkMessage(def)
    );
  }
  const routings = valid.filter((d) => d.kind === "routing");
  diagnostics.push(...checkRouting(routings), ...checkPagerDuty(valid));
  const monitors = valid.filter((d) => d.kind === "monitor");
  const managedPagerDuty = valid.filter((d) => d.kind === "pagerduty-service").map((d) => d.name);
  diagnostics.push(...lint(lintContext(monitors, routings[0], managedPagerDuty)));
  return { diagnostics, valid, queries, derived: slos.derived };
}

// src/providers/datadog/client.ts
import { client as client2, logger, v1 } from "@datadog/datadog-api-client";

// src/providers/datadog/http.ts
import { client } from "@datadog/datadog-api-client";
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE", "HEAD"]);
var ObservedHttpLibrary = class {
  stats = { requests: 0, throttled: 0, retries: 0 };
  limiter;
  inner = new client.IsomorphicFetchHttpLibrary();
  timeoutMs;
  maxAttempts;
  backoffMs;
  sleep;
  constructor(options = {}) {
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 250;
    this.limiter = options.limiter ?? new RateLimiter();
    this.sleep = options.sleep ?? defaultSleep;
    const timeoutMs = this.timeoutMs;
    this.inner.fetch = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    this.inner.enableRetry = false;
  }
  async send(request) {
    const method = request.getHttpMethod().toString();
    const bucket = bucketOf(method, request.getUrl());
    const attempts = IDEMPOTENT.has(method) ? this.maxAttempts : 1;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(bucket);
      this.stats.requests++;
      let response;
      try {
        response = await this.inner.send(request);
      } catch (err) {
        this.limiter.unlimited(bucket);
        if (attempt >= attempts) throw err;
        this.stats.retries++;
        await this.sleep(this.backoff(attempt));
        continue;
      }
      const h = response.headers;
      const reset = Number(h["x-ratelimit-reset"]);
      if (h["x-ratelimit-remaining"] !== void 0) {
        this.limiter.observe(bucket, {
          remaining: Number(h["x-ratelimit-remaining"]),
          resetSeconds: reset,
          limit: Number(h["x-ratelimit-limit"]),
          periodSeconds: Number(h["x-ratelimit-period"])
        });
      } else this.limiter.unlimited(bucket);
      const status = response.httpStatusCode;
      if (status === 429) {
        this.stats.throttled++;
        this.limiter.exhausted(bucket, Number.isFinite(reset) ? reset : 1);
      }
      if ((status === 429 || status >= 500) && attempt < attempts) {
        this.stats.retries++;
        if (status >= 500) await this.sleep(this.backoff(attempt));
        continue;
      }
      return response;
    }
  }
  backoff(attempt) {
    const base = this.backoffMs * 2 ** (attempt - 1);
    return base / 2 + Math.random() * (base / 2);
  }
};
function bucketOf(method, url) {
  const path = new URL(url).pathname.replace(/\/(\d+|[0-9a-f]{32})(?=\/|$)/g, "/:id");
  return `${method} ${path}`;
}

// src/providers/datadog/client.ts
function createDatadogClient(env = process.env, http = {}) {
  if (!env.DD_API_KEY || !env.DD_APP_KEY) {
    throw new ConfigError("DD_API_KEY and DD_APP_KEY must be set to read or change Datadog (for the sandbox any non-empty values work).");
  }
  logger.setLevel("silent");
  const httpApi = new ObservedHttpLibrary(http);
  const site = env.DD_SITE || "datadoghq.com";
  const baseUrl = (env.VIGIL_DATADOG_URL || `https://api.${site}`).replace(/\/+$/, "");
  const configuration = client2.createConfiguration({
    baseServer: new client2.BaseServerConfiguration(baseUrl, {}),
    authMethods: { apiKeyAuth: env.DD_API_KEY, appKeyAuth: env.DD_APP_KEY },
    httpApi,
    httpConfig: { compress: false }
  });
  return {
    monitors: new v1.MonitorsApi(configuration),
    slos: new v1.ServiceLevelObjectivesApi(configuration),
    pagerduty: new v1.PagerDutyIntegrationApi(configuration),
    http: httpApi,
    baseUrl
  };
}

// src/providers/datadog/monitors.ts
import { client as client3, v1 as v12 } from "@datadog/datadog-api-client";
var MONITOR_PAGE_SIZE = 1e3;
async function call(what, fn) {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof client3.ApiException) {
      const status = err.code;
      throw new ProviderError(`Datadog refused to ${what} (HTTP ${status}): ${describeBody(err.body)}`, status, isRetryableStatus(status), { cause: err });
    }
    const e = err;
    throw new ProviderError(`could not ${what}: ${e?.name === "TimeoutError" ? "the request timed out" : e?.message ?? String(err)}`, void 0, true, { cause: err });
  }
}

// src/providers/datadog/slos.ts
import { v1 as v13 } from "@datadog/datadog-api-client";

// src/sandbox/server.ts
import { createServer } from "node:http";

// src/sandbox/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/sandbox/faults.ts
var FAIL_STATUSES = [500, 502, 503];
var FaultPlanner = class {
  constructor(options) {
    this.options = options;
    for (const key of ["failRate", "resetRate", "timeoutRate", "lostResponseRate"]) {
      const rate = options[key] ?? 0;
      if (!(rate >= 0 && rate <= 1)) throw new RangeError(`"${key}" must be between 0 and 1 (got ${rate})`);
    }
    const seed = options.seed ?? 1;
    this.fates = seededRandom(seed);
    this.delays = seededRandom(seed ^ 1592614637);
  }
  options;
  fates;
  delays;
  /** Decides the next request's fate; call once per request, in arrival order. */
  next() {
    const o = this.options;
    const u = this.fates();
    const pick = this.fates();
    const delayMs = (o.latencyMs ?? 0) + (o.jitterMs ? this.delays() * o.jitterMs : 0);
    let edge = o.failRate ?? 0;
    if (u < edge) return { fate: { kind: "fail", status: FAIL_STATUSES[Math.floor(pick * 3)] ?? 500 }, delayMs };
    edge += o.resetRate ?? 0;
    if (u < edge) return { fate: { kind: "reset" }, delayMs };
    edge += o.timeoutRate ?? 0;
    if (u < edge) return { fate: { kind: "hang" }, delayMs };
    edge += o.lostResponseRate ?? 0;
    if (u < edge) return { fate: { kind: "lost" }, delayMs };
    return { fate: { kind: "normal" }, delayMs };
  }
};

// src/sandbox/persistence.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { rename, writeFile, unlink } from "node:fs/promises";
var StateFile = class {
  constructor(path, snapshot, debounceMs = 100) {
    this.path = path;
    this.snapshot = snapshot;
    this.debounceMs = debounceMs;
  }
  path;
  snapshot;
  debounceMs;
  timer;
  writing;
  dirty = false;
  seq = 0;
  /** Reads the file if it exists. A file vigil cannot read is an error, never silently replaced. */
  load() {
    if (!existsSync(this.path)) return void 0;
    let parsed;
    try {
      parsed = JSON.parse(readFileSync2(this.path, "utf8"));
    } catch (err) {
      throw new Error(`sandbox state file "${this.path}" is not valid JSON; move it away to start fresh`, { cause: err });
    }
    const version = parsed?.version;
    if (version !== 1) {
      throw new Error(`sandbox state file "${this.path}" has version ${JSON.stringify(version)}; this vigil reads version 1`);
    }
    return parsed;
  }
  /** Notes a mutation; the write happens after `debounceMs` of quiet (or at `flush`). */
  markDirty() {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = void 0;
      void this.writeNow().catch(() => void 0);
    }, this.debounceMs);
    this.timer.unref();
  }
  /** Writes any pending change and waits for it; used by close(). */
  async flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    if (this.writing) await this.writing.catch(() => void 0);
    if (this.dirty) await this.writeNow();
  }
  async writeNow() {
    if (this.writing) {
      await this.writing.catch(() => void 0);
      if (!this.dirty) return;
    }
    this.dirty = false;
    const text2 = JSON.stringify(this.snapshot());
    const tmp = `${this.path}.${process.pid}.${++this.seq}.tmp`;
    this.writing = (async () => {
      try {
        await writeFile(tmp, text2);
        await rename(tmp, this.path);
      } catch (err) {
        this.dirty = true;
        await unlink(tmp).catch(() => void 0);
        throw err;
      }
    })();
    try {
      await this.writing;
    } finally {
      this.writing = void 0;
    }
  }
};

// src/sandbox/datadog/errors.ts
function ddError(status, ...messages) {
  return { status, body: { errors: messages } };
}
var ok = (body) => ({ status: 200, body });
var noContent = () => ({ status: 204, headers: { "content-type": "text/html; charset=utf-8" }, rawBody: "" });
var MESSAGES = {
  apiKeyRequired: "API key required",
  // OBSERVED (GET /api/v1/validate without a key)
  forbidden: "Forbidden",
  // real body for a rejected key (client issue reports); reused for read-only keys
  monitorNotFound: "Monitor not found",
  // OBSERVED
  invalidGroupStates: "Invalid group_state filters.",
  // OBSERVED
  monitorIdsRequired: "monitor_ids are required",
  // OBSERVED (Go cassette)
  invalidJson: "Invalid JSON",
  // spec description of the 400 on validate
  queryInvalid: "The value provided for parameter 'query' is invalid",
  // OBSERVED (datadogpy integration test)
  alertStatusRequired: "Alert status is required.",
  // reported real answer to a warning without a critical
  notFound: "Not found"
  // invented: unknown paths
};
function invalidParameter(name, detail) {
  return `The value provided for parameter '${name}' is invalid${detail === void 0 ? "" : `: ${detail}`}`;
}
function pyFloat(n) {
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}
var sloNotFound = (id) => ddError(404, `SLO not found: ${id} not found`);

// src/sandbox/datadog/auth.ts
function authenticate(req, route2, options) {
  const apiKey = req.headers["dd-api-key"];
  if (!apiKey) return ddError(403, MESSAGES.apiKeyRequired);
  if (options.apiKeys && !options.apiKeys.includes(apiKey)) return ddError(403, MESSAGES.forbidden);
  if (route2?.apiKeyOnly) return void 0;
  const appKey = req.headers["dd-application-key"];
  if (!appKey) return ddError(403, MESSAGES.forbidden);
  const readOnly = options.readOnlyAppKeys?.includes(appKey) ?? false;
  if (options.appKeys && !readOnly && !options.appKeys.includes(appKey)) return ddError(403, MESSAGES.forbidden);
  if (readOnly && route2?.write) return ddError(403, MESSAGES.forbidden);
  return void 0;
}

// src/sandbox/datadog/rate-limits.ts
var RATE_LIMITS = {
  get_all_monitors: { limit: 1e3, period: 10 },
  get_monitor: { limit: 3e3, period: 10 },
  create_monitor: { limit: 500, period: 10 },
  update_monitor: { limit: 500, period: 10 },
  search_monitors: { limit: 120, period: 10 },
  search_monitor_groups: { limit: 120, period: 10 },
  can_delete_monitors: { limit: 12e3, period: 60 },
  create_slo: { limit: 500, period: 60 },
  update_slo: { limit: 500, period: 60 },
  delete_slo: { limit: 3e3, period: 10 }
};
var RateLimiter2 = class {
  constructor(options) {
    this.options = options;
  }
  options;
  windows = /* @__PURE__ */ new Map();
  /** Counts one request against `name` at `nowMs`; `undefined` when limits are off or the name is unknown. */
  take(name, nowMs) {
    if (this.options === false) return void 0;
    const spec = this.spec(name);
    if (!spec) return void 0;
    const periodMs = spec.period * 1e3;
    const start = Math.floor(nowMs / periodMs) * periodMs;
    let window = this.windows.get(name);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(name, window);
    }
    const allowed = window.count < spec.limit;
    if (allowed) window.count++;
    return {
      allowed,
      headers: {
        "X-RateLimit-Limit": String(spec.limit),
        "X-RateLimit-Period": String(spec.period),
        "X-RateLimit-Remaining": String(Math.max(0, spec.limit - window.count)),
        "X-RateLimit-Reset": String(Math.max(1, Math.ceil((start + periodMs - nowMs) / 1e3))),
        "X-RateLimit-Name": name
      }
    };
  }
  spec(name) {
    const base = RATE_LIMITS[name];
    if (!base || this.options === false) return void 0;
    const scale = this.options.scale ?? 1;
    const o = this.options.overrides?.[name];
    return {
      limit: Math.max(1, Math.floor(o?.limit ?? base.limit * scale)),
      period: Math.max(1, Math.floor(o?.period ?? base.period))
    };
  }
};

// src/sandbox/datadog/router.ts
function matchRoute(routes2, method, path) {
  for (const route2 of routes2) {
    if (route2.method !== method) continue;
    const m = route2.path.exec(path);
    if (m) return { route: route2, params: m.slice(1).map((p) => safeDecode(p ?? "")) };
  }
  return void 0;
}
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// src/sandbox/datadog/model.ts
var ORG_ID = 1;
var USER = {
  id: 1,
  uuid: "00000000-0000-4000-8000-000000000001",
  name: "Vigil Sandbox",
  handle: "sandbox@vigil.invalid",
  email: "sandbox@vigil.invalid"
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sandbox/datadog/monitor-normalize.ts
var MONITOR_TYPES = /* @__PURE__ */ new Set([
  "composite",
  "event alert",
  "log alert",
  "metric alert",
  "process alert",
  "query alert",
  "rum alert",
  "service check",
  "synthetics alert",
  "trace-analytics alert",
  "slo alert",
  "event-v2 alert",
  "audit alert",
  "ci-pipelines alert",
  "ci-tests alert",
  "error-tracking alert",
  "database-monitoring alert",
  "network-performance alert",
  "cost alert",
  "data-quality alert",
  "network-path alert",
  "data-jobs alert",
  "llm-observability alert"
]);
var GROUPBY_SIMPLE_TYPES = /* @__PURE__ */ new Set(["log alert", "ci-pipelines alert", "ci-tests alert", "rum alert", "llm-observability alert"]);
function storedType(type, query) {
  if (type !== "metric alert" && type !== "query alert") return type;
  return /^\s*formula\(/.test(query) ? "metric alert" : "query alert";
}
function normalizeOptions2(type, sent) {
  const options = {};
  for (const [key, value] of Object.entries(sent ?? {})) {
    options[key] = key === "thresholds" && isObject(value) ? cleanThresholds(value) : value;
  }
  const defaults = { notify_no_data: false, notify_audit: false, new_host_delay: 300, include_tags: true };
  if (GROUPBY_SIMPLE_TYPES.has(type)) defaults["groupby_simple_monitor"] = false;
  defaults["silenced"] = {};
  for (const [key, value] of Object.entries(defaults)) if (!(key in options)) options[key] = value;
  return options;
}
function cleanThresholds(thresholds) {
  const out = {};
  for (const [key, value] of Object.entries(thresholds)) {
    if (value === null) continue;
    out[key] = toNumber2(value) ?? value;
  }
  return out;
}
function toNumber2(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return void 0;
}

// src/sandbox/datadog/time.ts
function isoMicros(ms) {
  return `${new Date(ms).toISOString().slice(0, 23)}000+00:00`;
}
function isoSeconds(ms) {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}

// src/sandbox/datadog/monitor-views.ts
function buildMonitor(id, input, multi, now) {
  const type = storedType(input.type, input.query);
  return {
    id,
    org_id: ORG_ID,
    type,
    name: input.name ?? "",
    // invented default: every recorded create sends a name
    message: input.message ?? "",
    // invented default
    tags: input.tags ?? [],
    query: input.query,
    options: normalizeOptions2(type, input.options),
    multi,
    created_at: now,
    created: isoMicros(now),
    modified: isoMicros(now),
    deleted: null,
    priority: input.priority ?? null,
    restricted_roles: input.restricted_roles ?? null,
    draft_status: input.draft_status ?? "published",
    assets: input.assets ?? [],
    overall_state_modified: null,
    overall_state: "No Data",
    // the sandbox never evaluates monitors
    creator: { name: USER.name, handle: USER.handle, email: USER.email, id: USER.id }
  };
}
function applyUpdate(m, input, multi, now) {
  const query = input.query ?? m.query;
  const type = storedType(input.type ?? m.type, query);
  return {
    ...m,
    type,
    name: input.name ?? m.name,
    message: input.message ?? m.message,
    tags: input.tags ?? m.tags,
    query,
    options: input.options ? normalizeOptions2(type, input.options) : m.options,
    multi,
    modified: isoMicros(now),
    priority: input.priority !== void 0 ? input.priority : m.priority,
    restricted_roles: input.restricted_roles !== void 0 ? input.restricted_roles : m.restricted_roles,
    draft_status: input.draft_status ?? m.draft_status,
    assets: input.assets ?? m.assets
  };
}
function monitorView(store, m, now, variant, withDowntimes = false) {
  if (store.downtimes.size === 0 && variant === "list") return { ...m, matching_downtimes: [] };
  const downtimes = store.downtimes.size === 0 ? [] : matchingDowntimes(store, m);
  const active = downtimes.filter((d) => isActive(d, now));
  const options = active.length === 0 ? m.options : { ...m.options, silenced: silenced(m.options["silenced"], active) };
  const out = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === "creator" && variant === "update") continue;
    out[key] = key === "options" ? options : value;
    if (key === "restricted_roles" && variant === "create") out["restriction_policy"] = null;
  }
  if (variant === "list" || withDowntimes) {
    out["matching_downtimes"] = downtimes.map((d) => ({
      id: d.id,
      active: isActive(d, now),
      monitor_id: d.monitor_id,
      start: d.start,
      end: d.end,
      scope: d.scope,
      groups: ["total"]
      // OBSERVED for a simple and a multi monitor alike; the sandbox has no groups
    }));
  }
  return out;
}
function matchingDowntimes(store, m) {
  const out = [];
  for (const d of store.downtimes.values()) {
    if (d.canceled !== null || d["disabled"] === true) continue;
    if (d.monitor_id !== null ? d.monitor_id === m.id : d.monitor_tags.every((t) => t === "*" || m.tags.includes(t))) out.push(d);
  }
  return out;
}
function isActive(d, now) {
  const seconds = now / 1e3;
  return d.canceled === null && d.start <= seconds && (d.end === null || seconds < d.end);
}
function silenced(stored2, downtimes) {
  const out = { ...stored2 };
  for (const d of downtimes) for (const scope of d.scope) out[scope] = d.end;
  return out;
}

// src/sandbox/datadog/downtimes.ts
var downtimeRoutes = [
  { method: "GET", path: /^\/api\/v1\/downtime$/, handler: list },
  { method: "POST", path: /^\/api\/v1\/downtime$/, handler: create, write: true },
  { method: "POST", path: /^\/api\/v1\/downtime\/cancel\/by_scope$/, handler: cancelByScope, write: true },
  { method: "GET", path: /^\/api\/v1\/downtime\/(\d+)$/, handler: get },
  { method: "PUT", path: /^\/api\/v1\/downtime\/(\d+)$/, handler: update, write: true },
  { method: "DELETE", path: /^\/api\/v1\/downtime\/(\d+)$/, handler: cancel, write: true }
];
var notFound = () => ddError(404, "Downtime not found");
var RECURRENCE_TYPES = /* @__PURE__ */ new Set(["days", "weeks", "months", "years", "rrule"]);
function create(ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, "Invalid JSON");
  const fields = readFields(body, void 0);
  if (typeof fields === "string") return ddError(400, fields);
  const seconds = Math.floor(ctx.now / 1e3);
  const d = {
    id: ctx.store.nextDowntimeId(),
    monitor_id: null,
    org_id: ORG_ID,
    start: seconds,
    end: null,
    canceled: null,
    created: seconds,
    modified: seconds,
    message: null,
    disabled: false,
    recurrence: null,
    timezone: "UTC",
    parent_id: null,
    child_id: null,
    creator_id: USER.id,
    updater_id: null,
    monitor_tags: ["*"],
    mute_first_recovery_notification: false,
    notify_end_types: ["canceled", "expired"],
    notify_end_states: ["alert", "no data", "warn"],
    uuid: uuid(ctx.store.counters.downtime),
    scope: ["*"],
    ...fields
  };
  ctx.store.downtimes.set(d.id, d);
  markSilenced(ctx, d);
  return ok(view(d, ctx.now));
}
function update(ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  if (!d) return notFound();
  if (!isObject(ctx.req.body)) return ddError(400, "Invalid JSON");
  const fields = readFields(ctx.req.body, d);
  if (typeof fields === "string") return ddError(400, fields);
  const next = { ...d, ...fields, modified: Math.floor(ctx.now / 1e3), updater_id: USER.id };
  ctx.store.downtimes.set(d.id, next);
  markSilenced(ctx, next);
  return ok(view(next, ctx.now));
}
function list(ctx) {
  const currentOnly = ctx.req.query.get("current_only") === "true";
  const all = [...ctx.store.downtimes.values()].filter((d) => !currentOnly || isActive(d, ctx.now));
  return ok(all.map((d) => view(d, ctx.now)));
}
function get(ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  return d ? ok(view(d, ctx.now)) : notFound();
}
function cancel(ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  if (!d) return notFound();
  ctx.store.downtimes.set(d.id, { ...d, canceled: Math.floor(ctx.now / 1e3), disabled: true });
  return noContent();
}
function cancelByScope(ctx) {
  const body = ctx.req.body;
  const scope = isObject(body) ? body["scope"] : void 0;
  if (typeof scope !== "string" || scope === "") return ddError(400, "Invalid scope parameter");
  const ids = [];
  for (const d of ctx.store.downtimes.values()) {
    if (d.canceled !== null || !d.scope.includes(scope)) continue;
    ctx.store.downtimes.set(d.id, { ...d, canceled: Math.floor(ctx.now / 1e3), disabled: true });
    ids.push(d.id);
  }
  return ids.length > 0 ? ok({ cancelled_ids: ids }) : ddError(404, "No downtimes found");
}
function readFields(body, current) {
  const out = {};
  if (body["scope"] !== void 0 || !current) {
    const scope = typeof body["scope"] === "string" ? [body["scope"]] : body["scope"];
    if (!Array.isArray(scope) || scope.length === 0 || !scope.every((s) => typeof s === "string")) return "Invalid scope parameter";
    out["scope"] = scope;
  }
  for (const key of ["start", "end", "monitor_id"]) {
    const v = body[key];
    if (v === void 0) continue;
    if (v !== null && !Number.isInteger(v)) return `Invalid ${key} parameter`;
    out[key] = v;
  }
  const recurrence = body["recurrence"];
  if (isObject(recurrence) && !RECURRENCE_TYPES.has(String(recurrence["type"]))) return "Invalid recurrence type";
  for (const key of ["message", "timezone", "recurrence", "monitor_tags", "mute_first_recovery_notification", "notify_end_types", "notify_end_states"]) {
    if (body[key] !== void 0) out[key] = body[key];
  }
  return out;
}
function markSilenced(ctx, d) {
  if (!isActive(d, ctx.now)) return;
  for (const m of ctx.store.monitors.values()) {
    if (matchingDowntimes(ctx.store, m).some((x) => x.id === d.id)) {
      ctx.store.monitors.set(m.id, { ...m, overall_state_modified: isoSeconds(ctx.now) });
    }
  }
}
function view(d, now) {
  const active = isActive(d, now);
  const status = d.canceled !== null ? "canceled" : active ? "active" : d.end !== null && now / 1e3 >= d.end ? "ended" : "scheduled";
  const out = {};
  for (const [key, value] of Object.entries(d)) {
    out[key] = value;
    if (key === "message") out["active"] = active;
    if (key === "updater_id") {
      out["downtime_type"] = d.monitor_id !== null ? 0 : 2;
      out["status"] = status;
    }
  }
  return out;
}
function uuid(n) {
  const h = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${h.slice(-12)}`;
}

// src/sandbox/datadog/query.ts
var SEARCH_TYPES = /* @__PURE__ */ new Set([
  "log alert",
  "rum alert",
  "ci-pipelines alert",
  "ci-tests alert",
  "audit alert",
  "trace-analytics alert",
  "error-tracking alert",
  "database-monitoring alert",
  "llm-observability alert",
  "event-v2 alert",
  "network-performance alert",
  "network-path alert",
  "process alert",
  "event alert"
]);
var TAIL = /\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i;
function checkQuery2(type, query) {
  if (query.trim() === "") return { ok: false, message: MESSAGES.queryInvalid };
  const parsed = parseQuery(type, query);
  if (!parsed.ok) return { ok: false, message: rejection(type, query, parsed.error) };
  const ast = parsed.ast;
  const monitorRefs = [];
  const sloRefs = [];
  if (ast.kind === "composite") {
    const ref2 = parsed.refs[0];
    if (ref2 !== void 0) return { ok: false, message: invalidParameter("query", `"\${${ref2}}" is not a monitor id`) };
    collectMonitorIds(ast.expr, monitorRefs);
  } else if (ast.kind === "slo") {
    sloRefs.push(ast.slo);
  }
  const check = { ok: true, multi: parsed.multi, monitorRefs, sloRefs };
  if (parsed.comparator !== void 0) check.comparator = parsed.comparator;
  if (parsed.threshold !== void 0) check.threshold = parsed.threshold;
  return check;
}
function rejection(type, query, error) {
  if (SEARCH_TYPES.has(type) && !TAIL.test(query)) {
    const op = /([^\w\s")]*)\s*-?[\d.]*\s*$/.exec(query.trim())?.[1] ?? "";
    return invalidParameter("query", `invalid operator specified: ${op}`);
  }
  const { line, col } = offsetToLineCol(query, error.offset);
  const where = line === 1 ? `at character ${col}` : `at line ${line}, character ${col}`;
  return invalidParameter("query", `${error.message} (${where})`);
}
function collectMonitorIds(e, out) {
  switch (e.kind) {
    case "monitor-id":
      if (!out.includes(e.id)) out.push(e.id);
      return;
    case "ref":
      return;
    case "not":
      collectMonitorIds(e.operand, out);
      return;
    case "group":
      collectMonitorIds(e.inner, out);
      return;
    case "and":
    case "or":
      collectMonitorIds(e.left, out);
      collectMonitorIds(e.right, out);
  }
}

// src/sandbox/datadog/monitor-validate.ts
var fail = (...messages) => ({ ok: false, response: ddError(400, ...messages) });
function readMonitorInput(body, partial) {
  if (!isObject(body)) return fail(MESSAGES.invalidJson);
  const input = {};
  if (body["type"] !== void 0 || !partial) {
    if (typeof body["type"] !== "string" || !MONITOR_TYPES.has(body["type"])) return fail(invalidParameter("type"));
    input.type = body["type"];
  }
  if (body["query"] !== void 0 || !partial) {
    if (typeof body["query"] !== "string" || body["query"].trim() === "") return fail(MESSAGES.queryInvalid);
    input.query = body["query"];
  }
  for (const key of ["name", "message", "draft_status"]) {
    const value = body[key];
    if (value === void 0) continue;
    if (typeof value !== "string") return fail(invalidParameter(key));
    input[key] = value;
  }
  if (body["tags"] !== void 0) {
    const tags = body["tags"];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string")) return fail(invalidParameter("tags"));
    input.tags = tags;
  }
  if (body["options"] !== void 0) {
    if (!isObject(body["options"])) return fail(invalidParameter("options"));
    input.options = body["options"];
  }
  if (body["priority"] !== void 0) {
    const p = body["priority"];
    if (p !== null && !(Number.isInteger(p) && p >= 1 && p <= 5)) return fail(invalidParameter("priority"));
    input.priority = p;
  }
  if (body["restricted_roles"] !== void 0) {
    const roles = body["restricted_roles"];
    if (roles !== null && !(Array.isArray(roles) && roles.every((r2) => typeof r2 === "string"))) return fail(invalidParameter("restricted_roles"));
    input.restricted_roles = roles;
  }
  if (body["assets"] !== void 0) {
    if (!Array.isArray(body["assets"])) return fail(invalidParameter("assets"));
    input.assets = body["assets"];
  }
  return { ok: true, value: input };
}
function checkMonitor(store, type, query, options) {
  const q = checkQuery2(type, query);
  if (!q.ok) return fail(q.message);
  const thresholds = options?.["thresholds"];
  if (thresholds !== void 0 && thresholds !== null) {
    if (!isObject(thresholds)) return fail(invalidParameter("thresholds"));
    const problem2 = checkThresholds3(thresholds, q.comparator, q.threshold);
    if (problem2) return fail(problem2);
  }
  const missingMonitors = q.monitorRefs.filter((id) => !store.monitors.has(id));
  if (missingMonitors.length > 0) return fail(invalidParameter("query", `monitor(s) ${missingMonitors.join(", ")} do not exist`));
  const missingSlos = q.sloRefs.filter((id) => !store.slos.has(id));
  if (missingSlos.length > 0) return fail(invalidParameter("query", `SLO(s) ${missingSlos.join(", ")} do not exist`));
  return { ok: true, value: { multi: q.multi } };
}
var NUMERIC_THRESHOLDS = /* @__PURE__ */ new Set(["critical", "critical_recovery", "ok", "unknown", "warning", "warning_recovery"]);
function checkThresholds3(raw2, comparator, queryThreshold) {
  const t = {};
  for (const [key, value] of Object.entries(raw2)) {
    if (value === null) continue;
    const n = toNumber2(value);
    if (n === void 0 && !NUMERIC_THRESHOLDS.has(key)) continue;
    if (n === void 0) return invalidParameter("thresholds", `"${key}" must be a number`);
    t[key] = n;
  }
  const critical = t["critical"];
  if (critical === void 0) return t["warning"] !== void 0 ? MESSAGES.alertStatusRequired : void 0;
  if (queryThreshold !== void 0 && critical !== queryThreshold) {
    return `Alert threshold (${pyFloat(critical)}) does not match that used in the query (${pyFloat(queryThreshold)}).`;
  }
  const above = comparator === ">" || comparator === ">=";
  const below = comparator === "<" || comparator === "<=";
  if (!above && !below) return void 0;
  const warning = t["warning"];
  if (warning !== void 0 && (above ? warning >= critical : warning <= critical)) {
    return `Warning threshold (${pyFloat(warning)}) must be ${above ? "less" : "greater"} than the alert threshold (${pyFloat(critical)}).`;
  }
  const recovery = t["critical_recovery"];
  if (recovery !== void 0 && (above ? recovery >= critical : recovery <= critical)) {
    return `Alert recovery threshold (${pyFloat(recovery)}) must be ${above ? "less" : "greater"} than the alert threshold (${pyFloat(critical)}).`;
  }
  const warningRecovery = t["warning_recovery"];
  if (warning !== void 0 && warningRecovery !== void 0 && (above ? warningRecovery >= warning : warningRecovery <= warning)) {
    return `Warning recovery threshold (${pyFloat(warningRecovery)}) must be ${above ? "less" : "greater"} than the warning threshold (${pyFloat(warning)}).`;
  }
  return void 0;
}

// src/sandbox/datadog/references.ts
function monitorReferences(store, monitor2) {
  const slos = [];
  for (const slo of store.slos.values()) {
    const ids = slo["monitor_ids"];
    if (Array.isArray(ids) && ids.includes(monitor2.id)) slos.push(slo);
  }
  const composites = [];
  for (const m of store.monitors.values()) {
    if (m.type !== "composite") continue;
    const q = checkQuery2("composite", m.query);
    if (q.ok && q.monitorRefs.includes(monitor2.id)) composites.push(m);
  }
  const self = `monitor [${monitor2.id},${monitor2.name}]`;
  const out = [];
  if (slos.length > 0) out.push(`${self} is referenced in slos: ${slos.map((s) => `[${s.id},${s.name}]`).join(", ")}`);
  if (composites.length > 0) {
    out.push(`${self} is referenced in composite monitors: ${composites.map((c) => `[${c.id},${c.name}]`).join(", ")}`);
  }
  return out;
}
function sloAlertMonitors(store, sloId) {
  const out = [];
  for (const m of store.monitors.values()) {
    if (m.type !== "slo alert") continue;
    const q = checkQuery2("slo alert", m.query);
    if (q.ok && q.sloRefs.includes(sloId)) out.push(m);
  }
  return out;
}

// src/sandbox/datadog/monitor-search.ts
var STATUSES = {
  alert: "Alert",
  warn: "Warn",
  "no data": "No Data",
  nodata: "No Data",
  ok: "OK",
  ignored: "Ignored",
  skipped: "Skipped",
  unknown: "Unknown"
};
function monitorSearch(ctx) {
  const parsed = parseSearch2(ctx.req.query.get("query") ?? "");
  if (typeof parsed === "string") return ddError(400, parsed);
  const paging = readPaging(ctx);
  if (typeof paging === "string") return ddError(400, paging);
  const matches2 = sortMonitors([...ctx.store.monitors.values()].filter((m) => matchesFilter(m, parsed)), ctx.req.query.get("sort"));
  const page2 = matches2.slice(paging.page * paging.perPage, (paging.page + 1) * paging.perPage);
  return ok({
    counts: {
      status: countBy(matches2, (m) => [m.overall_state]),
      muted: countBy(matches2, () => [false]),
      tag: countBy(matches2, (m) => m.tags),
      type: countBy(matches2, (m) => [category(m.type)])
    },
    monitors: page2.map(searchItem),
    metadata: metadata(matches2.length, paging)
  });
}
function groupSearch(ctx) {
  const parsed = parseSearch2(ctx.req.query.get("query") ?? "");
  if (typeof parsed === "string") return ddError(400, parsed);
  const paging = readPaging(ctx);
  if (typeof paging === "string") return ddError(400, paging);
  return ok({ counts: { status: [], muted: [], tag: [], type: [] }, groups: [], metadata: metadata(0, paging) });
}
function parseSearch2(query) {
  const filter = { statuses: [], types: [], tags: [], ids: [], priorities: [], text: [] };
  for (const token of tokens(query)) {
    const colon = token.indexOf(":");
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : "";
    const value = unquote(token.slice(colon + 1));
    if (key === "status") {
      const status = STATUSES[value.toLowerCase()];
      if (!status) return `Query parsing error: '${value}' is not a valid monitor status`;
      filter.statuses.push(status);
    } else if (key === "muted") filter.muted = value === "true";
    else if (key === "type") filter.types.push(value.toLowerCase());
    else if (key === "tag") filter.tags.push(value);
    else if (key === "id" && /^\d+$/.test(value)) filter.ids.push(Number(value));
    else if (key === "priority" && /^p?[1-5]$/i.test(value)) filter.priorities.push(Number(value.replace(/^p/i, "")));
    else filter.text.push(unquote(token).toLowerCase());
  }
  return filter;
}
function matchesFilter(m, f) {
  return (f.statuses.length === 0 || f.statuses.includes(m.overall_state)) && (f.muted === void 0 || f.muted === false) && (f.types.length === 0 || f.types.includes(category(m.type))) && f.tags.every((t) => m.tags.includes(t)) && (f.ids.length === 0 || f.ids.includes(m.id)) && (f.priorities.length === 0 || m.priority !== null && f.priorities.includes(m.priority)) && f.text.every((t) => m.name.toLowerCase().includes(t));
}
function sortMonitors(monitors, sort) {
  const [field, dir2] = (sort ?? "").split(",");
  const key = field === "name" ? (m) => m.name : field === "status" ? (m) => m.overall_state : field === "tags" ? (m) => m.tags.join(",") : void 0;
  if (!key) return monitors;
  const sign = dir2 === "desc" ? -1 : 1;
  return [...monitors].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
}
function searchItem(m) {
  return {
    status: m.overall_state,
    scopes: [...m.query.matchAll(/\{([^}]*)\}/g)].flatMap((x) => (x[1] ?? "").split(",").map((s) => s.trim())).filter(Boolean),
    classification: category(m.type),
    creator: { handle: m.creator.handle, id: m.creator.id, name: m.creator.name },
    metrics: [...m.query.matchAll(/[a-z0-9_]+:([\w.]+)\{/gi)].map((x) => x[1]),
    notifications: [...m.message.matchAll(/@([\w.\-@]+)/g)].map((x) => ({ handle: x[1], name: x[1] })),
    muted_until_ts: null,
    query: m.query,
    id: m.id,
    last_triggered_ts: null,
    name: m.name,
    tags: m.tags,
    org_id: m.org_id,
    priority: m.priority,
    overall_state_modified: m.overall_state_modified,
    restricted_roles: m.restricted_roles,
    type: m.type
  };
}
function category(type) {
  if (type === "query alert" || type === "metric alert") return "metric";
  if (type === "service check") return "custom";
  if (type === "synthetics alert") return "synthetics";
  return type.replace(/ alert$/, "");
}
function countBy(monitors, keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of monitors) for (const k of new Set(keys(m))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([name, count]) => ({ count, name }));
}
function readPaging(ctx) {
  const page2 = ctx.req.query.get("page") ?? "0";
  const perPage = ctx.req.query.get("per_page") ?? "30";
  if (!/^\d+$/.test(page2)) return invalidParameter("page");
  if (!/^\d+$/.test(perPage) || Number(perPage) < 1) return invalidParameter("per_page");
  return { page: Number(page2), perPage: Number(perPage) };
}
function metadata(total, paging) {
  return { total_count: total, page_count: Math.ceil(total / paging.perPage), page: paging.page, per_page: paging.perPage };
}
function tokens(query) {
  return [...query.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0]);
}
function unquote(s) {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

// src/sandbox/datadog/monitors.ts
var GROUP_STATES = /* @__PURE__ */ new Set(["all", "alert", "warn", "no data"]);
var MAX_PAGE_SIZE = 1e3;
var monitorRoutes = [
  { method: "GET", path: /^\/api\/v1\/monitor$/, handler: list2, limit: "get_all_monitors" },
  { method: "POST", path: /^\/api\/v1\/monitor$/, handler: create2, write: true, limit: "create_monitor" },
  { method: "GET", path: /^\/api\/v1\/monitor\/search$/, handler: monitorSearch, limit: "search_monitors" },
  { method: "GET", path: /^\/api\/v1\/monitor\/groups\/search$/, handler: groupSearch, limit: "search_monitor_groups" },
  { method: "GET", path: /^\/api\/v1\/monitor\/can_delete$/, handler: canDelete, limit: "can_delete_monitors" },
  { method: "POST", path: /^\/api\/v1\/monitor\/validate$/, handler: validate2 },
  { method: "POST", path: /^\/api\/v1\/monitor\/([^/]+)\/validate$/, handler: validateExisting },
  { method: "GET", path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: get2, limit: "get_monitor" },
  { method: "PUT", path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: update2, write: true, limit: "update_monitor" },
  { method: "DELETE", path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: remove, write: true }
];
function list2(ctx) {
  const q = ctx.req.query;
  if (!validGroupStates(q.get("group_states"))) return ddError(400, MESSAGES.invalidGroupStates);
  const page2 = intParam(q.get("page"));
  const pageSize = intParam(q.get("page_size"));
  const idOffset = intParam(q.get("id_offset"));
  if (page2 === null || (page2 ?? 0) < 0) return ddError(400, invalidParameter("page"));
  if (pageSize === null || pageSize !== void 0 && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
    return ddError(400, invalidParameter("page_size"));
  }
  if (idOffset === null) return ddError(400, invalidParameter("id_offset"));
  const name = q.get("name")?.toLowerCase();
  const monitorTags = csv(q.get("monitor_tags"));
  const scopeTags = csv(q.get("tags"));
  const matches2 = (m) => (idOffset === void 0 || m.id > idOffset) && (!name || m.name.toLowerCase().includes(name)) && // substring match: inference from "filter by name"
  monitorTags.every((t) => m.tags.includes(t)) && (scopeTags.length === 0 || scopeTags.every((t) => scopesOf(m.query).includes(t)));
  const size = page2 === void 0 ? Infinity : pageSize ?? 100;
  const first = page2 === void 0 ? 0 : page2 * size;
  const out = [];
  let index = 0;
  for (const m of ctx.store.monitors.values()) {
    if (!matches2(m)) continue;
    if (index++ < first) continue;
    out.push(monitorView(ctx.store, m, ctx.now, "list"));
    if (out.length >= size) break;
  }
  return ok(out);
}
function create2(ctx) {
  const input = readMonitorInput(ctx.req.body, false);
  if (!input.ok) return input.response;
  const { type, query } = input.value;
  const checked = checkMonitor(ctx.store, type, query, input.value.options);
  if (!checked.ok) return checked.response;
  const m = buildMonitor(ctx.store.nextMonitorId(), { ...input.value, type, query }, checked.value.multi, ctx.now);
  ctx.store.monitors.set(m.id, m);
  return ok(monitorView(ctx.store, m, ctx.now, "create"));
}
function get2(ctx) {
  const m = find(ctx);
  if (!m) return notFound2();
  if (!validGroupStates(ctx.req.query.get("group_states"))) return ddError(400, MESSAGES.invalidGroupStates);
  return ok(monitorView(ctx.store, m, ctx.now, "get", ctx.req.query.get("with_downtimes") === "true"));
}
function update2(ctx) {
  const m = find(ctx);
  if (!m) return notFound2();
  const input = readMonitorInput(ctx.req.body, true);
  if (!input.ok) return input.response;
  const type = input.value.type ?? m.type;
  const query = input.value.query ?? m.query;
  const checked = checkMonitor(ctx.store, type, query, input.value.options ?? m.options);
  if (!checked.ok) return checked.response;
  const next = applyUpdate(m, input.value, checked.value.multi, ctx.now);
  ctx.store.monitors.set(m.id, next);
  return ok(monitorView(ctx.store, next, ctx.now, "update"));
}
function remove(ctx) {
  const m = find(ctx);
  if (!m) return notFound2();
  const force = ctx.req.query.get("force");
  if (force === null || force === "false") {
    const refs = monitorReferences(ctx.store, m);
    if (refs.length > 0) return ddError(400, ...refs);
  }
  ctx.store.monitors.delete(m.id);
  return ok({ deleted_monitor_id: m.id });
}
function validate2(ctx) {
  const input = readMonitorInput(ctx.req.body, false);
  if (!input.ok) return input.response;
  const checked = checkMonitor(ctx.store, input.value.type, input.value.query, input.value.options);
  return checked.ok ? ok({}) : checked.response;
}
function validateExisting(ctx) {
  if (!find(ctx)) return notFound2();
  return validate2(ctx);
}
function canDelete(ctx) {
  const ids = csv(ctx.req.query.get("monitor_ids"));
  if (ids.length === 0) return ddError(400, MESSAGES.monitorIdsRequired);
  if (!ids.every((id) => /^\d+$/.test(id))) return ddError(400, invalidParameter("monitor_ids"));
  const okIds = [];
  const errors = {};
  for (const id of ids.map(Number)) {
    const m = ctx.store.monitors.get(id);
    const refs = m ? monitorReferences(ctx.store, m) : [];
    if (refs.length > 0) errors[String(id)] = refs;
    else okIds.push(id);
  }
  const blocked = Object.keys(errors).length > 0;
  return { status: blocked ? 409 : 200, body: { data: { ok: okIds }, errors: blocked ? errors : null } };
}
function find(ctx) {
  const raw2 = ctx.params[0] ?? "";
  return /^\d+$/.test(raw2) ? ctx.store.monitors.get(Number(raw2)) : void 0;
}
var notFound2 = () => ddError(404, MESSAGES.monitorNotFound);
function validGroupStates(value) {
  return value === null || csv(value).every((s) => GROUP_STATES.has(s));
}
function intParam(value) {
  if (value === null) return void 0;
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}
function csv(value) {
  return (value ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function scopesOf(query) {
  return [...query.matchAll(/\{([^}]*)\}/g)].flatMap((m) => csv(m[1] ?? ""));
}

// src/sandbox/datadog/pagerduty-integration.ts
var BASE = "/api/v1/integration/pagerduty/configuration/services";
var pagerdutyIntegrationRoutes = [
  { method: "POST", path: new RegExp(`^${BASE}$`), handler: create3, write: true },
  { method: "GET", path: new RegExp(`^${BASE}/([^/]+)$`), handler: get3 },
  { method: "PUT", path: new RegExp(`^${BASE}/([^/]+)$`), handler: update3, write: true },
  { method: "DELETE", path: new RegExp(`^${BASE}/([^/]+)$`), handler: remove2, write: true }
];
var notFound3 = () => ddError(404, "Item Not Found");
function create3(ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, "Invalid JSON");
  const name = body["service_name"];
  const key = body["service_key"];
  if (typeof name !== "string" || name.trim() === "") return ddError(400, invalidParameter("service_name"));
  if (typeof key !== "string" || key.trim() === "") return ddError(400, invalidParameter("service_key"));
  if (ctx.store.pagerdutyServices.has(name)) return ddError(400, `Service ${name} already exists`);
  ctx.store.pagerdutyServices.set(name, { service_name: name, service_key: key });
  return { status: 201, body: { service_name: name } };
}
function get3(ctx) {
  const service = ctx.store.pagerdutyServices.get(ctx.params[0] ?? "");
  return service ? { status: 200, body: { service_name: service.service_name } } : notFound3();
}
function update3(ctx) {
  const name = ctx.params[0] ?? "";
  const service = ctx.store.pagerdutyServices.get(name);
  if (!service) return notFound3();
  const key = isObject(ctx.req.body) ? ctx.req.body["service_key"] : void 0;
  if (typeof key !== "string" || key.trim() === "") return ddError(400, invalidParameter("service_key"));
  ctx.store.pagerdutyServices.set(name, { service_name: name, service_key: key });
  return { status: 200, rawBody: "" };
}
function remove2(ctx) {
  if (!ctx.store.pagerdutyServices.delete(ctx.params[0] ?? "")) return notFound3();
  return noContent();
}

// src/sandbox/datadog/slo-normalize.ts
var SLO_TYPE_IDS = { monitor: 0, metric: 1, time_slice: 2 };
var TIMEFRAMES2 = /* @__PURE__ */ new Set(["7d", "30d", "90d"]);
var bad = (detail) => ({ ok: false, response: ddError(400, `Invalid payload: ${detail}`) });
function checkSlo2(store, body, existingType) {
  if (!isObject(body)) return { ok: false, response: ddError(400, MESSAGES.invalidJson) };
  const type = existingType ?? body["type"];
  if (typeof body["name"] !== "string" || body["name"].trim() === "") return bad("must specify a name");
  if (typeof type !== "string" || !(type in SLO_TYPE_IDS)) return bad("type must be one of metric, monitor, time_slice");
  const thresholds = body["thresholds"];
  if (!Array.isArray(thresholds) || thresholds.length === 0) return bad("must specify thresholds");
  for (const t of thresholds) {
    if (!isObject(t) || typeof t["timeframe"] !== "string" || !TIMEFRAMES2.has(t["timeframe"])) return bad("invalid threshold timeframe");
    const target = t["target"];
    if (typeof target !== "number" || !(target > 0 && target < 100)) return bad("threshold target must be between 0 and 100");
    const warning = t["warning"];
    if (warning !== void 0 && warning !== null && !(typeof warning === "number" && warning > target && warning < 100)) {
      return bad("threshold warning must be greater than the target and below 100");
    }
  }
  if (body["tags"] !== void 0 && !(Array.isArray(body["tags"]) && body["tags"].every((t) => typeof t === "string"))) return bad("invalid tags");
  if (type === "monitor") {
    const ids = body["monitor_ids"];
    if (!Array.isArray(ids) || ids.length === 0) return bad("must specify monitor_ids");
    if (!ids.every((id) => Number.isInteger(id))) return bad("invalid monitor_ids");
    const missing = ids.filter((id) => !store.monitors.has(id));
    if (missing.length > 0) return bad(`monitor(s) not found: ${missing.join(", ")}`);
    const groups = body["groups"];
    if (Array.isArray(groups) && groups.length > 0 && ids.length !== 1) return bad("groups can only be specified with a single monitor");
  }
  if (type === "metric") {
    const q = body["query"];
    const count = isObject(body["sli_specification"]) ? body["sli_specification"]["count"] : void 0;
    const hasQuery = isObject(q) && typeof q["numerator"] === "string" && typeof q["denominator"] === "string";
    if (!hasQuery && !isObject(count)) return bad("must specify the query for count types");
  }
  if (type === "time_slice") {
    const spec = body["sli_specification"];
    if (!isObject(spec) || !isObject(spec["time_slice"])) return bad("must specify sli_specification.time_slice for time slice types");
  }
  return { ok: true, slo: { ...body, type } };
}
function buildSlo(id, body, now, existing) {
  const type = body["type"];
  const thresholds = body["thresholds"].map((t) => renderThreshold(t, type));
  const primary = thresholds.find((t) => t["timeframe"] === body["timeframe"]) ?? thresholds[0] ?? {};
  const slo = {
    id,
    name: body["name"],
    tags: [...new Set(body["tags"] ?? [])].sort(),
    // OBSERVED: sorted
    monitor_tags: [],
    thresholds,
    type,
    type_id: SLO_TYPE_IDS[type],
    description: typeof body["description"] === "string" ? body["description"] : "",
    // OBSERVED default ""
    timeframe: body["timeframe"] ?? primary["timeframe"]
  };
  const warning = body["warning_threshold"] ?? primary["warning"];
  if (warning !== void 0 && warning !== null) slo["warning_threshold"] = warning;
  slo["target_threshold"] = body["target_threshold"] ?? primary["target"];
  if (type === "monitor") slo["monitor_ids"] = body["monitor_ids"];
  const query = isObject(body["query"]) ? body["query"] : derivedQuery(body["sli_specification"]);
  if (type === "metric" && query) slo["query"] = query;
  slo["creator"] = existing?.["creator"] ?? { name: USER.name, handle: USER.handle, email: USER.email };
  slo["created_at"] = existing?.created_at ?? Math.floor(now / 1e3);
  slo["modified_at"] = Math.floor(now / 1e3);
  if (body["groups"] !== void 0) slo["groups"] = body["groups"];
  if (isObject(body["sli_specification"])) slo["sli_specification"] = withTimeSliceDefaults(body["sli_specification"]);
  return slo;
}
function display(value, decimals = 3) {
  return value.toFixed(decimals).replace(/0+$/, "");
}
function searchDisplay(value) {
  return display(value).replace(/\.$/, "");
}
function renderThreshold(t, type) {
  const decimals = type === "monitor" && t["timeframe"] !== "90d" ? 2 : 3;
  const out = { timeframe: t["timeframe"], target: t["target"], target_display: display(t["target"], decimals) };
  if (typeof t["warning"] === "number") {
    out["warning"] = t["warning"];
    out["warning_display"] = display(t["warning"], decimals);
  }
  return out;
}
function derivedQuery(spec) {
  const count = isObject(spec) ? spec["count"] : void 0;
  if (!isObject(count) || !Array.isArray(count["queries"])) return void 0;
  const queries = /* @__PURE__ */ new Map();
  for (const q of count["queries"]) if (isObject(q) && typeof q["name"] === "string") queries.set(q["name"], String(q["query"] ?? ""));
  const expand = (f) => {
    const formula2 = isObject(f) && typeof f["formula"] === "string" ? f["formula"] : void 0;
    return formula2?.replace(/\b[A-Za-z_]\w*\b/g, (name) => queries.get(name) ?? name);
  };
  const good = expand(count["good_events_formula"]);
  const bad2 = expand(count["bad_events_formula"]);
  const total = expand(count["total_events_formula"]);
  if (good && total) return { numerator: good, denominator: total };
  if (good && bad2) return { numerator: good, denominator: `(${good}) + (${bad2})` };
  if (bad2 && total) return { numerator: `(${total}) - (${bad2})`, denominator: total };
  return void 0;
}
function withTimeSliceDefaults(spec) {
  const ts = spec["time_slice"];
  if (!isObject(ts) || ts["query_interval_seconds"] !== void 0) return spec;
  return { ...spec, time_slice: { ...ts, query_interval_seconds: 300 } };
}

// src/sandbox/datadog/slo-search.ts
var NO_DATA_ERROR = "The denominator is zero valued";
function sloSearch(ctx) {
  const q = ctx.req.query;
  const query = q.get("query") ?? "";
  const sizeRaw = q.get("page[size]") ?? "10";
  const numberRaw = q.get("page[number]") ?? "0";
  if (!/^\d+$/.test(sizeRaw) || Number(sizeRaw) < 1) return ddError(400, invalidParameter("page[size]"));
  if (!/^\d+$/.test(numberRaw)) return ddError(400, invalidParameter("page[number]"));
  const size = Number(sizeRaw);
  const number = Number(numberRaw);
  const matches2 = [...ctx.store.slos.values()].filter((s) => matchesQuery(s, query));
  const page2 = matches2.slice(number * size, (number + 1) * size);
  const base = `${ctx.baseUrl}/api/v1/slo/search?query=${encodeURIComponent(query)}`;
  return ok({
    data: {
      type: "service_level_objective_search_results",
      attributes: { slos: page2.map((s) => ({ data: { type: "slo", attributes: searchAttributes(s, ctx.now), id: s.id } })) }
    },
    meta: {
      pagination: {
        // OBSERVED quirks: next_number is always number + 1 and `last` is null, even on the last page.
        number,
        first_number: 0,
        prev_number: Math.max(0, number - 1),
        next_number: number + 1,
        last_number: Math.max(0, Math.ceil(matches2.length / size) - 1),
        size,
        type: "number_size",
        total: matches2.length
      }
    },
    links: {
      self: `${base}&page%5Bsize%5D=${size}&page%5Bnumber%5D=${number}`,
      last: null,
      next: `${base}&page[number]=${number + 1}&page[size]=${size}`,
      prev: number > 0 ? `${base}&page[number]=${number - 1}&page[size]=${size}` : null,
      first: `${base}&page[number]=0&page[size]=${size}`
    }
  });
}
function matchesQuery(slo, query) {
  const terms = query.split(/\s+/).filter(Boolean);
  return terms.every((t) => t.includes(":") && slo.tags.includes(t) || slo.name.toLowerCase().includes(t.toLowerCase()));
}
function searchAttributes(s, now) {
  const indexedAt = Math.floor(now / 1e3);
  const query = s["query"];
  const prefixed = (prefix) => s.tags.filter((t) => t.startsWith(prefix));
  return {
    monitor_ids: s["monitor_ids"] ?? null,
    all_tags: s.tags,
    thresholds: s.thresholds.map((t) => {
      const out = {};
      if (typeof t["warning"] === "number") out["warning_display"] = searchDisplay(t["target"]);
      out["target_display"] = searchDisplay(t["target"]);
      out["target"] = t["target"];
      if (typeof t["warning"] === "number") out["warning"] = t["warning"];
      out["timeframe"] = t["timeframe"];
      return out;
    }),
    env_tags: prefixed("env:"),
    groups: s["groups"] ?? null,
    timeframe: s["timeframe"],
    overall_status: s.thresholds.map((t) => ({
      error_budget_remaining: null,
      raw_error_budget_remaining: null,
      indexed_at: indexedAt,
      status: null,
      span_precision: null,
      error: NO_DATA_ERROR,
      target: t["target"],
      state: "no_data",
      timeframe: t["timeframe"]
    })),
    query: query ? { metrics: null, numerator: query["numerator"], denominator: query["denominator"] } : null,
    warning_threshold: s["warning_threshold"] ?? null,
    slo_type: s.type,
    name: s.name,
    service_tags: prefixed("service:"),
    status: {
      error_budget_remaining: null,
      raw_error_budget_remaining: null,
      indexed_at: indexedAt,
      span_precision: null,
      state: "no_data",
      sli: null,
      calculation_error: NO_DATA_ERROR
    },
    creator: { name: USER.name, id: USER.id, email: USER.email },
    created_at: s.created_at,
    modified_at: s.modified_at,
    description: s["description"] === "" ? null : s["description"],
    // OBSERVED: null for an SLO created without one
    team_tags: prefixed("team:"),
    target_threshold: s["target_threshold"]
  };
}

// src/sandbox/datadog/slo-history.ts
var STEPS = [60, 300, 600, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 172800, 604800];
function sloHistory(ctx) {
  const slo = ctx.store.slos.get(ctx.params[0] ?? "");
  if (!slo) return sloNotFound(ctx.params[0] ?? "");
  const from = Number(ctx.req.query.get("from_ts"));
  const to = Number(ctx.req.query.get("to_ts"));
  if (!Number.isInteger(from) || ctx.req.query.get("from_ts") === null) return ddError(400, invalidParameter("from_ts"));
  if (!Number.isInteger(to) || ctx.req.query.get("to_ts") === null || to <= from) return ddError(400, invalidParameter("to_ts"));
  const thresholds = {};
  const precision = {};
  for (const t of slo.thresholds) {
    thresholds[t["timeframe"]] = t;
    precision[t["timeframe"]] = 0;
  }
  const data = {
    thresholds,
    from_ts: from,
    to_ts: to,
    type: slo.type,
    type_id: slo["type_id"],
    slo,
    group_by: []
  };
  const query = slo["query"];
  if (query?.numerator && query.denominator) data["series"] = series(query.numerator, query.denominator, from, to);
  data["overall"] = {
    errors: [{ error_message: "The denominator is zero valued", error_type: "ZERO_VALUED_DENOMINATOR" }],
    sli_value: null,
    span_precision: 2,
    precision,
    uptime: null,
    corrections: [],
    state: "no_data"
  };
  return ok({ data, errors: null });
}
function series(numerator, denominator, from, to) {
  const step = STEPS.find((s) => (to - from) / s <= 12) ?? 604800;
  const first = Math.floor(from / (step / 12)) * (step / 12);
  const times = [first * 1e3];
  for (let t = Math.ceil((first + 1) / step) * step; t <= to; t += step) times.push(t * 1e3);
  const zeros = times.map(() => 0);
  const n = `default_zero(${numerator})`;
  const d = `default_zero(${denominator})`;
  return {
    timing: "0.001",
    // server time spent, in seconds; a constant here
    res_type: "time_series",
    resp_version: 2,
    query: `${n}, ${d}`,
    from_date: from * 1e3,
    to_date: to * 1e3,
    message: "",
    interval: step,
    times,
    numerator: { values: zeros, metadata: metadata2(numerator, 0), sum: 0, count: times.length },
    denominator: { values: zeros, metadata: metadata2(denominator, 1), sum: 0, count: times.length },
    numerator_query: n,
    denominator_query: d,
    bad_series_query: `${d} - ${n}`,
    graph_query: `${n}, ${d} - ${n}`
  };
}
function metadata2(query, index) {
  const m = /^(\w+):([\w.]+)\{([^}]*)\}/.exec(query.trim());
  return {
    unit: null,
    query_index: index,
    aggr: m?.[1] ?? null,
    metric: m ? `default_zero(${m[2]})` : null,
    tag_set: [],
    expression: `default_zero(${query})`,
    scope: m?.[3] ?? null
  };
}

// src/sandbox/datadog/slo-corrections.ts
import { createHash as createHash2 } from "node:crypto";
var CATEGORIES = /* @__PURE__ */ new Set(["Scheduled Maintenance", "Outside Business Hours", "Deployment", "Other"]);
var correctionRoutes = [
  { method: "POST", path: /^\/api\/v1\/slo\/correction$/, handler: create4, write: true },
  { method: "GET", path: /^\/api\/v1\/slo\/correction$/, handler: listAll },
  { method: "GET", path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: get4 },
  { method: "DELETE", path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: remove3, write: true },
  { method: "GET", path: /^\/api\/v1\/slo\/([^/]+)\/corrections$/, handler: listForSlo }
];
var notFound4 = () => ddError(404, "SLO correction not found");
function create4(ctx) {
  const body = ctx.req.body;
  const a = isObject(body) && isObject(body["data"]) ? body["data"]["attributes"] : void 0;
  if (!isObject(a)) return ddError(400, invalidParameter("data"));
  if (typeof a["slo_id"] !== "string" || !ctx.store.slos.has(a["slo_id"])) return sloNotFound(String(a["slo_id"]));
  if (typeof a["category"] !== "string" || !CATEGORIES.has(a["category"])) return ddError(400, invalidParameter("category"));
  if (!Number.isInteger(a["start"])) return ddError(400, invalidParameter("start"));
  const seconds = Math.floor(ctx.now / 1e3);
  const record = {
    id: ctx.store.nextCorrectionId(),
    attributes: {
      slo_id: a["slo_id"],
      start: a["start"],
      end: a["end"] ?? null,
      description: a["description"] ?? null,
      category: a["category"],
      timezone: a["timezone"] ?? null,
      created_at: seconds,
      modified_at: seconds,
      rrule: a["rrule"] ?? null,
      duration: a["duration"] ?? null
    }
  };
  ctx.store.corrections.set(record.id, record);
  return ok({ data: view2(record, { created_at: null, modified_at: null }) });
}
function get4(ctx) {
  const c = ctx.store.corrections.get(ctx.params[0] ?? "");
  return c ? ok({ data: view2(c) }) : notFound4();
}
function remove3(ctx) {
  if (!ctx.store.corrections.delete(ctx.params[0] ?? "")) return notFound4();
  return noContent();
}
function listAll(ctx) {
  const all = [...ctx.store.corrections.values()].map((c) => view2(c));
  return ok({ data: all, meta: { page: { total_count: all.length, total_filtered_count: all.length } } });
}
function listForSlo(ctx) {
  const sloId = ctx.params[0] ?? "";
  if (!ctx.store.slos.has(sloId)) return sloNotFound(sloId);
  const offset = Number(ctx.req.query.get("offset") ?? ctx.req.query.get("page[offset]") ?? 0);
  const limit = Number(ctx.req.query.get("limit") ?? ctx.req.query.get("page[limit]") ?? 10);
  const all = [...ctx.store.corrections.values()].filter((c) => c.attributes.slo_id === sloId);
  const self = `${ctx.baseUrl}/api/v1/slo/${sloId}/corrections`;
  return ok({
    data: all.slice(offset, offset + limit).map((c) => view2(c)),
    meta: {
      // OBSERVED quirks: next_offset is offset + limit even past the end, last_offset stays 0.
      pagination: {
        offset,
        first_offset: 0,
        prev_offset: Math.max(0, offset - limit),
        next_offset: offset + limit,
        last_offset: 0,
        limit,
        type: "offset_limit",
        total: all.length
      }
    },
    links: {
      self,
      last: null,
      next: `${self}?page[offset]=${offset + limit}&page[limit]=${limit}`,
      prev: offset > 0 ? `${self}?page[offset]=${Math.max(0, offset - limit)}&page[limit]=${limit}` : null,
      first: `${self}?page[offset]=0&page[limit]=${limit}`
    }
  });
}
function view2(c, override = {}) {
  const icon = `https://secure.gravatar.com/avatar/${createHash2("md5").update(USER.email).digest("hex")}?s=48&d=retro`;
  return {
    type: "correction",
    id: c.id,
    attributes: {
      ...c.attributes,
      ...override,
      creator: { data: { type: "users", id: USER.uuid, attributes: { uuid: USER.uuid, handle: USER.handle, email: USER.email, name: USER.name, icon } } },
      modifier: null
    }
  };
}

// src/sandbox/datadog/slos.ts
var sloRoutes = [
  { method: "GET", path: /^\/api\/v1\/slo$/, handler: list3 },
  { method: "POST", path: /^\/api\/v1\/slo$/, handler: create5, write: true, limit: "create_slo" },
  { method: "GET", path: /^\/api\/v1\/slo\/search$/, handler: sloSearch },
  { method: "GET", path: /^\/api\/v1\/slo\/can_delete$/, handler: canDelete2 },
  ...correctionRoutes,
  { method: "GET", path: /^\/api\/v1\/slo\/([^/]+)\/history$/, handler: sloHistory },
  { method: "GET", path: /^\/api\/v1\/slo\/([^/]+)$/, handler: get5 },
  { method: "PUT", path: /^\/api\/v1\/slo\/([^/]+)$/, handler: update4, write: true, limit: "update_slo" },
  { method: "DELETE", path: /^\/api\/v1\/slo\/([^/]+)$/, handler: remove4, write: true, limit: "delete_slo" }
];
function list3(ctx) {
  const q = ctx.req.query;
  const limit = q.get("limit");
  const offset = q.get("offset");
  if (limit !== null && !/^\d+$/.test(limit)) return ddError(400, invalidParameter("limit"));
  if (offset !== null && !/^\d+$/.test(offset)) return ddError(400, invalidParameter("offset"));
  const ids = csv(q.get("ids"));
  const name = q.get("query")?.toLowerCase();
  const tag = q.get("tags_query");
  const metric = q.get("metrics_query");
  const matches2 = [...ctx.store.slos.values()].filter((s) => (ids.length === 0 || ids.includes(s.id)) && (!name || s.name.toLowerCase().includes(name)) && (!tag || s.tags.includes(tag)) && (!metric || JSON.stringify(s["query"] ?? "").includes(metric)));
  const start = Number(offset ?? 0);
  const page2 = matches2.slice(start, start + Number(limit ?? 1e3));
  const body = { data: page2, error: null };
  if (limit !== null || offset !== null) body["metadata"] = { page: { total_count: matches2.length, total_filtered_count: page2.length } };
  return ok(body);
}
function create5(ctx) {
  const checked = checkSlo2(ctx.store, ctx.req.body);
  if (!checked.ok) return checked.response;
  const slo = buildSlo(ctx.store.nextSloId(), checked.slo, ctx.now);
  ctx.store.slos.set(slo.id, slo);
  return ok({ data: [slo], error: null });
}
function get5(ctx) {
  const slo = find2(ctx);
  if (!slo) return sloNotFound(ctx.params[0] ?? "");
  const data = { ...slo };
  if (ctx.req.query.get("with_configured_alert_ids") === "true") {
    data["configured_alert_ids"] = sloAlertMonitors(ctx.store, slo.id).map((m) => m.id);
  }
  return ok({ data, error: null });
}
function update4(ctx) {
  const existing = find2(ctx);
  if (!existing) return sloNotFound(ctx.params[0] ?? "");
  const checked = checkSlo2(ctx.store, ctx.req.body, existing.type);
  if (!checked.ok) return checked.response;
  const slo = buildSlo(existing.id, checked.slo, ctx.now, existing);
  ctx.store.slos.set(slo.id, slo);
  return ok({ data: [slo], error: null });
}
function remove4(ctx) {
  const slo = find2(ctx);
  if (!slo) return sloNotFound(ctx.params[0] ?? "");
  if (ctx.req.query.get("force") !== "true") {
    const refs = sloAlertMonitors(ctx.store, slo.id);
    if (refs.length > 0) return { status: 409, body: { data: [], errors: { [slo.id]: referencedMessage(slo, refs) } } };
  }
  ctx.store.slos.delete(slo.id);
  for (const [id, c] of ctx.store.corrections) if (c.attributes.slo_id === slo.id) ctx.store.corrections.delete(id);
  return ok({ data: [slo.id], error: null });
}
function canDelete2(ctx) {
  const ids = csv(ctx.req.query.get("ids"));
  if (ids.length === 0) return ddError(400, "ids are required");
  const okIds = [];
  const errors = {};
  for (const id of ids) {
    const slo = ctx.store.slos.get(id);
    const refs = slo ? sloAlertMonitors(ctx.store, id) : [];
    if (slo && refs.length > 0) errors[id] = referencedMessage(slo, refs);
    else okIds.push(id);
  }
  const blocked = Object.keys(errors).length > 0;
  return { status: blocked ? 409 : 200, body: { data: { ok: okIds }, errors: blocked ? errors : null } };
}
function referencedMessage(slo, monitors) {
  return `slo [${slo.id},${slo.name}] is referenced in monitors: ${monitors.map((m) => `[${m.id},${m.name}]`).join(", ")}`;
}
function find2(ctx) {
  return ctx.store.slos.get(ctx.params[0] ?? "");
}

// src/sandbox/datadog/synthetics.ts
var syntheticsRoutes = [
  { method: "POST", path: /^\/api\/v1\/synthetics\/tests\/(api|browser)$/, handler: create6, write: true },
  { method: "POST", path: /^\/api\/v1\/synthetics\/tests\/delete$/, handler: remove5, write: true },
  { method: "GET", path: /^\/api\/v1\/synthetics\/tests\/([a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3})$/, handler: get6 }
];
function create6(ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, "Invalid JSON");
  for (const key of ["name", "type", "message"]) {
    if (typeof body[key] !== "string") return ddError(400, invalidParameter(key));
  }
  if (!Array.isArray(body["locations"]) || !isObject(body["config"]) || !isObject(body["options"])) {
    return ddError(400, invalidParameter("config"));
  }
  const publicId = ctx.store.nextSyntheticsId();
  const monitorId = ctx.store.nextMonitorId();
  const by = { name: USER.name, handle: USER.handle, email: USER.email };
  const test = {
    public_id: publicId,
    name: body["name"],
    status: "live",
    type: body["type"],
    tags: body["tags"] ?? [],
    created_at: isoMicros(ctx.now),
    modified_at: isoMicros(ctx.now),
    config: withoutSecrets(body["config"]),
    message: body["message"],
    options: body["options"],
    locations: body["locations"],
    subtype: body["subtype"],
    created_by: by,
    deleted_at: null,
    monitor_id: monitorId,
    org_id: ORG_ID,
    modified_by: by
  };
  ctx.store.synthetics.set(publicId, test);
  ctx.store.monitors.set(monitorId, monitorFor(test, body, ctx.now));
  return ok(test);
}
function get6(ctx) {
  const test = ctx.store.synthetics.get(ctx.params[0] ?? "");
  return test ? ok(test) : ddError(404, "Synthetic Monitoring test not found");
}
function remove5(ctx) {
  const ids = isObject(ctx.req.body) ? ctx.req.body["public_ids"] : void 0;
  if (!Array.isArray(ids) || ids.length === 0) return ddError(400, invalidParameter("public_ids"));
  const deleted = [];
  for (const id of ids) {
    const test = ctx.store.synthetics.get(String(id));
    if (!test) continue;
    ctx.store.synthetics.delete(test.public_id);
    ctx.store.monitors.delete(test.monitor_id);
    deleted.push({ public_id: test.public_id, deleted_at: isoMicros(ctx.now) });
  }
  return ok({ deleted_tests: deleted });
}
function monitorFor(test, body, now) {
  const options = body["options"];
  const subtype = typeof body["subtype"] === "string" ? body["subtype"] : void 0;
  const checkType = body["type"] === "api" && subtype && subtype !== "http" ? `api-${subtype}` : String(body["type"]);
  const tags = [
    ...test["tags"],
    ...test["locations"].map((l) => `probe_dc:${l}`),
    `check_type:${checkType}`,
    "check_status:live",
    "ci_execution_rule:blocking"
  ];
  return {
    id: test.monitor_id,
    org_id: ORG_ID,
    type: "synthetics alert",
    name: typeof options["monitor_name"] === "string" ? options["monitor_name"] : String(test["name"]),
    message: String(test["message"]),
    tags,
    query: "no_query",
    options: { on_missing_data: "show_no_data", notify_audit: false, new_host_delay: 300, include_tags: true, synthetics_check_id: test.public_id, silenced: {} },
    multi: false,
    created_at: now,
    created: isoMicros(now),
    modified: isoMicros(now),
    deleted: null,
    priority: typeof options["monitor_priority"] === "number" ? options["monitor_priority"] : null,
    restricted_roles: null,
    draft_status: "published",
    assets: [],
    overall_state_modified: null,
    overall_state: "No Data",
    creator: { name: USER.name, handle: USER.handle, email: USER.email, id: USER.id }
  };
}
function withoutSecrets(config) {
  const copy = structuredClone(config);
  const request = copy["request"];
  const cert = isObject(request) ? request["certificate"] : void 0;
  if (isObject(cert)) {
    for (const part of Object.values(cert)) if (isObject(part)) delete part["content"];
  }
  return copy;
}

// src/sandbox/datadog/routes.ts
var routes = [
  // `GET /api/v1/validate` checks the API key only (spec); answer OBSERVED in Authentication cassettes.
  { method: "GET", path: /^\/api\/v1\/validate$/, handler: () => ok({ valid: true }), apiKeyOnly: true },
  ...monitorRoutes,
  ...sloRoutes,
  ...downtimeRoutes,
  ...syntheticsRoutes,
  ...pagerdutyIntegrationRoutes
];

// src/sandbox/datadog/store.ts
import { createHash as createHash3 } from "node:crypto";
var FIRST_COUNTERS = { monitor: 1e6, downtime: 2e6, slo: 0, correction: 0, synthetics: 0 };
var DatadogStore = class {
  /** Insertion order is ascending id order: ids only grow, and restore() inserts sorted. */
  monitors = /* @__PURE__ */ new Map();
  slos = /* @__PURE__ */ new Map();
  downtimes = /* @__PURE__ */ new Map();
  corrections = /* @__PURE__ */ new Map();
  synthetics = /* @__PURE__ */ new Map();
  pagerdutyServices = /* @__PURE__ */ new Map();
  counters = { ...FIRST_COUNTERS };
  nextMonitorId() {
    return ++this.counters.monitor;
  }
  nextDowntimeId() {
    return ++this.counters.downtime;
  }
  /** 32 lowercase hex characters, like real SLO ids. */
  nextSloId() {
    return hex(`slo:${++this.counters.slo}`);
  }
  /** A UUID-shaped id, like real correction ids. */
  nextCorrectionId() {
    const h = hex(`correction:${++this.counters.correction}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }
  /** `abc-def-ghi`, like real Synthetics public ids. */
  nextSyntheticsId() {
    const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    const bytes = createHash3("sha256").update(`synthetics:${++this.counters.synthetics}`).digest();
    const chars = [...bytes.subarray(0, 9)].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 3)}-${chars.slice(3, 6)}-${chars.slice(6, 9)}`;
  }
  snapshot() {
    return {
      version: 1,
      counters: { ...this.counters },
      monitors: [...this.monitors.values()],
      slos: [...this.slos.values()],
      downtimes: [...this.downtimes.values()],
      corrections: [...this.corrections.values()],
      syntheticsTests: [...this.synthetics.values()],
      pagerdutyServices: [...this.pagerdutyServices.values()]
    };
  }
  restore(raw2) {
    const state = raw2;
    if (!state || state.version !== 1) throw new Error("unsupported Datadog sandbox state (expected version 1)");
    this.counters = { ...FIRST_COUNTERS, ...state.counters };
    const monitors = [...state.monitors ?? []].sort((a, b) => a.id - b.id);
    this.monitors = new Map(monitors.map((m) => [m.id, m]));
    this.slos = new Map((state.slos ?? []).map((s) => [s.id, s]));
    this.downtimes = new Map((state.downtimes ?? []).map((d) => [d.id, d]));
    this.corrections = new Map((state.corrections ?? []).map((c) => [c.id, c]));
    this.synthetics = new Map((state.syntheticsTests ?? []).map((t) => [t.public_id, t]));
    this.pagerdutyServices = new Map((state.pagerdutyServices ?? []).map((s) => [s.service_name, s]));
  }
};
function hex(seed) {
  return createHash3("md5").update(seed).digest("hex");
}

// src/sandbox/datadog/index.ts
function createDatadogEmulator(options = {}) {
  const store = new DatadogStore();
  const limits = options.rateLimits === false ? false : options.rateLimits === true || !options.rateLimits ? {} : options.rateLimits;
  const limiter = new RateLimiter2(limits);
  function handle(req) {
    const match = matchRoute(routes, req.method, req.path);
    const refused = authenticate(req, match?.route, options);
    if (refused) return refused;
    if (!match) return ddError(404, MESSAGES.notFound);
    const { route: route2, params } = match;
    const rate = route2.limit ? limiter.take(route2.limit, req.now) : void 0;
    if (rate && !rate.allowed) {
      return { status: 429, headers: rate.headers, body: { errors: ["Rate limit exceeded"] } };
    }
    if (req.body === void 0 && req.rawBody.trim() !== "") return withHeaders(ddError(400, MESSAGES.invalidJson), rate);
    const response = route2.handler({ req, store, params, baseUrl: `http://${req.headers["host"] ?? "127.0.0.1"}`, now: req.now });
    return withHeaders(response, rate);
  }
  function withHeaders(response, rate) {
    return rate ? { ...response, headers: { ...response.headers, ...rate.headers } } : response;
  }
  return {
    store,
    handle,
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state)
  };
}

// src/sandbox/pagerduty/auth.ts
function tokenFrom(header) {
  const match = /^\s*(?:Token\s+token=|Bearer\s+)(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}
function accessFor(token, options) {
  if (token === void 0 || token === "") return void 0;
  if (options.readOnlyTokens?.includes(token)) return "read-only";
  if (options.tokens === void 0 || options.tokens.includes(token)) return "full";
  return void 0;
}

// src/sandbox/pagerduty/state.ts
import { createHash as createHash4 } from "node:crypto";

// src/sandbox/pagerduty/json.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe2(value) {
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  const text2 = JSON.stringify(value);
  return text2.length > 60 ? `${text2.slice(0, 57)}\u2026` : text2;
}

// src/sandbox/pagerduty/state.ts
var TABLES = [
  "services",
  "escalationPolicies",
  "teams",
  "users",
  "schedules",
  "integrations",
  "orchestrations",
  "orchestrationPaths",
  "serviceOrchestrationActive"
];
function emptyState() {
  return {
    version: 1,
    counter: 0,
    services: {},
    escalationPolicies: {},
    teams: {},
    users: {},
    schedules: {},
    integrations: {},
    orchestrations: {},
    orchestrationPaths: {},
    serviceOrchestrationActive: {}
  };
}
function parseState(raw2) {
  const fail2 = (why) => {
    const err = new Error(`PagerDuty sandbox state is not usable: ${why}. Hint: delete the state file to start fresh.`);
    err.name = "SandboxStateError";
    throw err;
  };
  if (!isObject2(raw2)) return fail2("expected a JSON object");
  if (raw2["version"] !== 1) return fail2(`"version" must be 1 (got ${JSON.stringify(raw2["version"])})`);
  const counter = raw2["counter"];
  if (typeof counter !== "number" || !Number.isInteger(counter) || counter < 0) {
    return fail2('"counter" must be a non-negative integer');
  }
  for (const table of TABLES) if (!isObject2(raw2[table])) fail2(`"${table}" must be an object`);
  return structuredClone(raw2);
}
var ID_SPACE = 36n ** 6n;
var ID_MULTIPLIER = 1500450271n;
var ID_OFFSET = 918273645n;
function counterTick(state) {
  state.counter += 1;
  return state.counter;
}
function nextPid(state, taken) {
  for (; ; ) {
    const n = (BigInt(counterTick(state)) * ID_MULTIPLIER + ID_OFFSET) % ID_SPACE;
    const id = "P" + n.toString(36).toUpperCase().padStart(6, "0");
    if (!taken(id)) return id;
  }
}
function nextDigest(state, purpose) {
  return createHash4("sha256").update(`vigil-sandbox:${purpose}:${counterTick(state)}`).digest("hex");
}
function nextIntegrationKey(state) {
  return nextDigest(state, "integration-key").slice(0, 32);
}
function nextUuid(state) {
  const h = nextDigest(state, "uuid");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function nextRuleId(state) {
  return nextDigest(state, "rule").slice(0, 8);
}
function nextRoutingKey(state) {
  const h = nextDigest(state, "routing-key");
  let out = "R0";
  for (let i = 0; out.length < 32; i += 2) out += (parseInt(h.slice(i, i + 2), 16) % 36).toString(36).toUpperCase();
  return out;
}
function nextVersion(state) {
  return nextDigest(state, "version").slice(0, 12);
}
function isoSeconds2(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/sandbox/pagerduty/context.ts
function makeCtx(state, req, body, now) {
  return { state, req, body, timestamp: isoSeconds2(now) };
}
var ok2 = (body) => ({ status: 200, body });
var created = (body) => ({ status: 201, body });
var noContent2 = () => ({ status: 204 });
function includes(ctx) {
  return /* @__PURE__ */ new Set([...ctx.req.query.getAll("include[]"), ...ctx.req.query.getAll("include")]);
}
function matchRoute2(routes2, method, path) {
  const parts = path.split("/").filter((s) => s !== "");
  for (const route2 of routes2) {
    if (route2.method !== method) continue;
    const pattern = route2.pattern.split("/").filter((s) => s !== "");
    if (pattern.length !== parts.length) continue;
    const params = {};
    const hit = pattern.every((seg, i) => {
      const part = parts[i] ?? "";
      if (seg.startsWith(":")) {
        params[seg.slice(1)] = safeDecode2(part);
        return true;
      }
      return seg === part;
    });
    if (hit) return { route: route2, params };
  }
  return void 0;
}
function safeDecode2(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// src/sandbox/pagerduty/errors.ts
var PdError = class extends Error {
  constructor(status, code, message2, details) {
    super(message2);
    this.status = status;
    this.code = code;
    this.details = details;
  }
  status;
  code;
  details;
  name = "PdError";
  toResponse() {
    const error = { message: this.message, code: this.code };
    if (this.details && this.details.length > 0) error["errors"] = [...this.details];
    return { status: this.status, body: { error } };
  }
};
function invalidInput(details) {
  return new PdError(400, 2001, "Invalid Input Provided", details);
}
function notFound5(detail) {
  return new PdError(404, 2100, "Not Found", [detail]);
}
var AUTH_FAILED = new PdError(401, 2006, "Authentication failed");
function accessDenied(method) {
  return new PdError(403, 2010, "Access Denied", [`This API token is read-only; it cannot make ${method} requests.`]);
}
var RATE_LIMITED = new PdError(429, 2020, "Rate Limit Exceeded");
function internalError(cause) {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new PdError(500, 2e3, "An internal error has occurred. PagerDuty team has been notified.", [
    `sandbox bug: ${detail}`
  ]).toResponse();
}

// src/sandbox/pagerduty/list.ts
var DEFAULT_LIMIT = 25;
var MAX_LIMIT = 100;
var MAX_RECORDS = 1e4;
function readCount(query, key, fallback, details) {
  const raw2 = query.get(key);
  if (raw2 === null || raw2 === "") return fallback;
  if (!/^\d+$/.test(raw2)) {
    details.push(`"${key}" must be a non-negative integer (got ${JSON.stringify(raw2)}).`);
    return fallback;
  }
  return Number(raw2);
}
function readListParams(query) {
  const details = [];
  const limit = Math.min(readCount(query, "limit", DEFAULT_LIMIT, details), MAX_LIMIT) || DEFAULT_LIMIT;
  const offset = readCount(query, "offset", 0, details);
  if (details.length === 0 && offset + limit > MAX_RECORDS) {
    details.push(
      `"offset" + "limit" must not exceed ${MAX_RECORDS} (got ${offset} + ${limit} = ${offset + limit}). Narrow the results with a filter such as "query" or "team_ids[]".`
    );
  }
  if (details.length > 0) throw invalidInput(details);
  return { limit, offset, total: query.get("total") === "true" };
}
function readArrayParam(query, key) {
  return [...query.getAll(`${key}[]`), ...query.getAll(key)].flatMap((v) => v.split(",")).filter((v) => v !== "");
}
function matchesQuery2(query, ...texts) {
  const q = query.get("query");
  if (q === null || q === "") return true;
  const needle = q.toLowerCase();
  return texts.some((t) => t.toLowerCase().includes(needle));
}
function byNameThenId(a, b) {
  const la = a.name.toLowerCase(), lb = b.name.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function page(key, items, params, render2) {
  const slice = items.slice(params.offset, params.offset + params.limit);
  return {
    [key]: slice.map(render2),
    limit: params.limit,
    offset: params.offset,
    more: params.offset + slice.length < items.length,
    total: params.total ? items.length : null
  };
}

// src/sandbox/pagerduty/vendors.ts
var DATADOG_VENDOR_ID = "PAM4FGS";
var VENDORS = [
  {
    id: "PZQ6AUS",
    name: "Amazon CloudWatch",
    description: "Monitoring for AWS resources and the applications you run on AWS.",
    website_url: "https://aws.amazon.com/cloudwatch",
    generic_service_type: "Monitoring"
  },
  {
    id: DATADOG_VENDOR_ID,
    name: "Datadog",
    description: "Monitoring and analytics for cloud-scale infrastructure and applications.",
    website_url: "https://www.datadoghq.com",
    generic_service_type: "Monitoring"
  },
  {
    id: "PKAPG94",
    name: "Sentry",
    description: "Application monitoring and error tracking.",
    website_url: "https://sentry.io",
    generic_service_type: "Monitoring"
  }
];

// src/sandbox/pagerduty/refs.ts
var API_BASE = "https://api.pagerduty.com";
var WEB_BASE = "https://vigil-sandbox.pagerduty.com";
var PATHS = {
  service: { api: "services", web: "service-directory" },
  escalation_policy: { api: "escalation_policies", web: "escalation_policies" },
  team: { api: "teams", web: "teams" },
  user: { api: "users", web: "users" },
  schedule: { api: "schedules", web: "schedules" },
  vendor: { api: "vendors", web: null }
};
function selfUrl(kind, id) {
  return `${API_BASE}/${PATHS[kind].api}/${id}`;
}
function htmlUrl(kind, id) {
  const web = PATHS[kind].web;
  return web === null ? null : `${WEB_BASE}/${web}/${id}`;
}
function nameOf(state, kind, id) {
  switch (kind) {
    case "service":
      return state.services[id]?.name ?? id;
    case "escalation_policy":
      return state.escalationPolicies[id]?.name ?? id;
    case "team":
      return state.teams[id]?.name ?? id;
    case "user":
      return state.users[id]?.name ?? id;
    case "schedule":
      return state.schedules[id]?.name ?? id;
    case "vendor":
      return VENDORS.find((v) => v.id === id)?.name ?? id;
  }
}
function entityHead(kind, id, name) {
  return { id, type: kind, summary: name, self: selfUrl(kind, id), html_url: htmlUrl(kind, id) };
}
function ref(state, kind, id) {
  return {
    id,
    type: `${kind}_reference`,
    summary: nameOf(state, kind, id),
    self: selfUrl(kind, id),
    html_url: htmlUrl(kind, id)
  };
}
function idTaken(state) {
  return (id) => id in state.services || id in state.escalationPolicies || id in state.teams || id in state.users || id in state.schedules || id in state.integrations || VENDORS.some((v) => v.id === id) || Object.values(state.escalationPolicies).some((ep) => ep.escalation_rules.some((r2) => r2.id === id)) || Object.values(state.schedules).some((s) => s.schedule_layers.some((l) => l.id === id));
}

// src/sandbox/pagerduty/directory.ts
function renderUser(state, u) {
  return {
    ...entityHead("user", u.id, u.name),
    name: u.name,
    email: u.email,
    time_zone: u.time_zone,
    color: u.color,
    role: u.role,
    job_title: u.job_title,
    description: u.description,
    invitation_sent: false,
    avatar_url: null,
    teams: u.teams.map((t) => ref(state, "team", t)),
    contact_methods: [],
    notification_rules: []
  };
}
function renderSchedule(state, s) {
  const userIds = [...new Set(s.schedule_layers.flatMap((l) => l.users))];
  const policies = Object.values(state.escalationPolicies).filter((ep) => ep.escalation_rules.some((r2) => r2.targets.some((t) => t.type === "schedule" && t.id === s.id))).sort(byNameThenId);
  return {
    ...entityHead("schedule", s.id, s.name),
    name: s.name,
    description: s.description,
    time_zone: s.time_zone,
    users: userIds.map((u) => ref(state, "user", u)),
    teams: s.teams.map((t) => ref(state, "team", t)),
    escalation_policies: policies.map((ep) => ref(state, "escalation_policy", ep.id)),
    schedule_layers: s.schedule_layers.map((l) => ({
      id: l.id,
      name: l.name,
      start: l.start,
      end: null,
      rotation_virtual_start: l.rotation_virtual_start,
      rotation_turn_length_seconds: l.rotation_turn_length_seconds,
      users: l.users.map((u) => ({ user: ref(state, "user", u) })),
      restrictions: []
    }))
  };
}
function renderVendor(v) {
  return {
    id: v.id,
    type: "vendor",
    summary: v.name,
    self: selfUrl("vendor", v.id),
    html_url: null,
    name: v.name,
    description: v.description,
    website_url: v.website_url,
    logo_url: null,
    thumbnail_url: null,
    integration_guide_url: null,
    generic_service_type: v.generic_service_type,
    alert_creation_default: "create_alerts_and_incidents",
    alert_creation_editable: true,
    is_pd_cef: false
  };
}
function find3(table, id, what) {
  const found = table[id];
  if (found === void 0) throw notFound5(`${what} ${id} not found.`);
  return found;
}
var directoryRoutes = [
  {
    method: "GET",
    pattern: "/users",
    handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, "team_ids");
      const items = Object.values(ctx.state.users).filter((u) => matchesQuery2(q, u.name, u.email)).filter((u) => teamIds.length === 0 || u.teams.some((t) => teamIds.includes(t))).sort(byNameThenId);
      return ok2(page("users", items, params, (u) => renderUser(ctx.state, u)));
    }
  },
  {
    method: "GET",
    pattern: "/users/:id",
    handler: (ctx, { id = "" }) => ok2({ user: renderUser(ctx.state, find3(ctx.state.users, id, "User")) })
  },
  {
    method: "GET",
    pattern: "/schedules",
    handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, "team_ids");
      const items = Object.values(ctx.state.schedules).filter((s) => matchesQuery2(q, s.name)).filter((s) => teamIds.length === 0 || s.teams.some((t) => teamIds.includes(t))).sort(byNameThenId);
      return ok2(page("schedules", items, params, (s) => renderSchedule(ctx.state, s)));
    }
  },
  {
    method: "GET",
    pattern: "/schedules/:id",
    handler: (ctx, { id = "" }) => ok2({ schedule: renderSchedule(ctx.state, find3(ctx.state.schedules, id, "Schedule")) })
  },
  {
    method: "GET",
    pattern: "/vendors",
    handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = VENDORS.filter((v) => matchesQuery2(ctx.req.query, v.name)).slice().sort(byNameThenId);
      return ok2(page("vendors", items, params, renderVendor));
    }
  },
  {
    method: "GET",
    pattern: "/vendors/:id",
    handler: (_ctx, { id = "" }) => {
      const vendor = VENDORS.find((v) => v.id === id);
      if (!vendor) throw notFound5(`Vendor ${id} not found.`);
      return ok2({ vendor: renderVendor(vendor) });
    }
  }
];

// src/sandbox/pagerduty/checks.ts
var Problems = class {
  details = [];
  add(detail) {
    this.details.push(detail);
  }
  get ok() {
    return this.details.length === 0;
  }
  /** Throws 400 / 2001 listing every problem found so far. */
  check() {
    if (this.details.length > 0) throw invalidInput(this.details);
  }
};
function unwrap(body, key) {
  if (!isObject2(body)) {
    throw invalidInput([`The request body must be a JSON object like {"${key}": {\u2026}} (got ${describe2(body)}).`]);
  }
  const inner = body[key];
  if (!isObject2(inner)) {
    throw invalidInput([`"${key}" is required at the top level of the body and must be an object (got ${describe2(inner)}).`]);
  }
  return inner;
}
function readString(obj, key, path, p, opts = {}) {
  const v = obj[key];
  if (v === void 0) {
    if (opts.required) p.add(`"${path}" is required.`);
    return void 0;
  }
  if (v === null && opts.nullable) return null;
  if (typeof v !== "string") {
    p.add(`"${path}" must be a string${opts.nullable ? " or null" : ""} (got ${describe2(v)}).`);
    return void 0;
  }
  if (opts.nonBlank && v.trim() === "") {
    p.add(`"${path}" can't be blank.`);
    return void 0;
  }
  return v;
}
function readInt(obj, key, path, p, opts = {}) {
  const v = obj[key];
  if (v === void 0) {
    if (opts.required) p.add(`"${path}" is required.`);
    return void 0;
  }
  if (v === null && opts.nullable) return null;
  const { min = -Infinity, max = Infinity } = opts;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    const range = max === Infinity ? `\u2265 ${min}` : `between ${min} and ${max}`;
    p.add(`"${path}" must be an integer ${range}${opts.nullable ? " or null" : ""} (got ${describe2(v)}).`);
    return void 0;
  }
  return v;
}
function readBool(obj, key, path, p) {
  const v = obj[key];
  if (v === void 0) return void 0;
  if (typeof v !== "boolean") {
    p.add(`"${path}" must be true or false (got ${describe2(v)}).`);
    return void 0;
  }
  return v;
}
function readEnum(obj, key, path, values, p, opts = {}) {
  const v = obj[key];
  if (v === void 0) {
    if (opts.required) p.add(`"${path}" is required; one of ${values.join(", ")}.`);
    return void 0;
  }
  if (typeof v !== "string" || !values.includes(v)) {
    p.add(`"${path}" must be one of ${values.join(", ")} (got ${describe2(v)}).`);
    return void 0;
  }
  return v;
}
function readObject(obj, key, path, p, opts = {}) {
  const v = obj[key];
  if (v === void 0) {
    if (opts.required) p.add(`"${path}" is required.`);
    return void 0;
  }
  if (v === null && opts.nullable) return null;
  if (!isObject2(v)) {
    p.add(`"${path}" must be an object${opts.nullable ? " or null" : ""} (got ${describe2(v)}).`);
    return void 0;
  }
  return v;
}
function readArray(obj, key, path, p, opts = {}) {
  const v = obj[key];
  if (v === void 0) {
    if (opts.required) p.add(`"${path}" is required.`);
    return void 0;
  }
  if (!Array.isArray(v)) {
    p.add(`"${path}" must be an array (got ${describe2(v)}).`);
    return void 0;
  }
  return v;
}
function readRef(value, path, kind, exists, p, opts = {}) {
  if (value === void 0) {
    if (opts.required) p.add(`"${path}" is required: {"id": "<${kind} id>", "type": "${kind}_reference"}.`);
    return void 0;
  }
  if (!isObject2(value)) {
    p.add(`"${path}" must be an object {"id": "<${kind} id>", "type": "${kind}_reference"} (got ${describe2(value)}).`);
    return void 0;
  }
  const type = value["type"];
  if (type !== void 0 && type !== `${kind}_reference` && type !== kind) {
    p.add(`"${path}.type" must be "${kind}_reference" (got ${describe2(type)}).`);
  }
  const id = value["id"];
  if (typeof id !== "string" || id === "") {
    p.add(`"${path}.id" must be a non-empty string (got ${describe2(id)}).`);
    return void 0;
  }
  if (!exists(id)) {
    p.add(`"${path}.id": ${kind.replace(/_/g, " ")} ${id} not found.`);
    return void 0;
  }
  return id;
}
function readRefList(obj, key, path, kind, exists, p) {
  const list4 = readArray(obj, key, path, p);
  if (list4 === void 0) return void 0;
  const ids = [];
  list4.forEach((item, i) => {
    const id = readRef(item, `${path}[${i}]`, kind, exists, p, { required: true });
    if (id !== void 0 && !ids.includes(id)) ids.push(id);
  });
  return ids;
}

// src/sandbox/pagerduty/escalation-policies.ts
var HANDOFF = ["if_has_services", "always"];
function renderEscalationPolicy(state, ep) {
  const services = Object.values(state.services).filter((s) => s.escalation_policy === ep.id).sort(byNameThenId);
  return {
    ...entityHead("escalation_policy", ep.id, ep.name),
    name: ep.name,
    description: ep.description,
    num_loops: ep.num_loops,
    on_call_handoff_notifications: ep.on_call_handoff_notifications,
    escalation_rules: ep.escalation_rules.map((r2) => ({
      id: r2.id,
      escalation_delay_in_minutes: r2.escalation_delay_in_minutes,
      targets: r2.targets.map((t) => ref(state, t.type, t.id))
    })),
    services: services.map((s) => ref(state, "service", s.id)),
    teams: ep.teams.map((t) => ref(state, "team", t))
  };
}
function findPolicy(state, id) {
  const ep = state.escalationPolicies[id];
  if (!ep) throw notFound5(`Escalation policy ${id} not found.`);
  return ep;
}
function readTarget(state, value, path, p) {
  if (!isObject2(value)) {
    p.add(`"${path}" must be an object {"id", "type": "user_reference" | "schedule_reference"} (got ${describe2(value)}).`);
    return void 0;
  }
  const type = String(value["type"] ?? "").replace(/_reference$/, "");
  const id = value["id"];
  if (type !== "user" && type !== "schedule") {
    p.add(`"${path}.type" must be "user_reference" or "schedule_reference" (got ${describe2(value["type"])}).`);
    return void 0;
  }
  if (typeof id !== "string" || !(id in (type === "user" ? state.users : state.schedules))) {
    p.add(`"${path}.id": ${type} ${describe2(id)} not found.`);
    return void 0;
  }
  return { type, id };
}
function readRules(ctx, list4, existing, p) {
  if (list4.length === 0) p.add(`"escalation_policy.escalation_rules" must contain at least one rule.`);
  return list4.map((rule, i) => {
    const path = `escalation_policy.escalation_rules[${i}]`;
    if (!isObject2(rule)) {
      p.add(`"${path}" must be an object (got ${describe2(rule)}).`);
      return { escalation_delay_in_minutes: 0, targets: [] };
    }
    const delay = readInt(rule, "escalation_delay_in_minutes", `${path}.escalation_delay_in_minutes`, p, { required: true, min: 1 });
    const targets = readArray(rule, "targets", `${path}.targets`, p, { required: true }) ?? [];
    if (Array.isArray(rule["targets"]) && targets.length === 0) p.add(`"${path}.targets" must contain at least one target.`);
    const parsed = targets.map((t, j) => readTarget(ctx.state, t, `${path}.targets[${j}]`, p));
    const keepId = typeof rule["id"] === "string" && existing.some((r2) => r2.id === rule["id"]) ? rule["id"] : void 0;
    return {
      escalation_delay_in_minutes: delay ?? 0,
      targets: parsed.filter((t) => t !== void 0),
      ...keepId === void 0 ? {} : { keepId }
    };
  });
}
function readPolicy(ctx, current) {
  const input = unwrap(ctx.body, "escalation_policy");
  const p = new Problems();
  if (input["type"] !== void 0 && input["type"] !== "escalation_policy") {
    p.add(`"escalation_policy.type" must be "escalation_policy" (got ${describe2(input["type"])}).`);
  }
  const name = readString(input, "name", "escalation_policy.name", p, { required: !current, nonBlank: true });
  if (typeof name === "string") {
    const clash = Object.values(ctx.state.escalationPolicies).find((e) => e.id !== current?.id && e.name.toLowerCase() === name.toLowerCase());
    if (clash) p.add(`Escalation Policy has already been taken: ${JSON.stringify(name)} is used by ${clash.id}.`);
  }
  const description = readString(input, "description", "escalation_policy.description", p, { nullable: true });
  const numLoops = readInt(input, "num_loops", "escalation_policy.num_loops", p, { min: 0, max: 9 });
  const handoff = readEnum(input, "on_call_handoff_notifications", "escalation_policy.on_call_handoff_notifications", HANDOFF, p);
  const teams = readRefList(input, "teams", "escalation_policy.teams", "team", (id) => id in ctx.state.teams, p);
  const rulesIn = readArray(input, "escalation_rules", "escalation_policy.escalation_rules", p, { required: !current });
  const rules = rulesIn && readRules(ctx, rulesIn, current?.escalation_rules ?? [], p);
  p.check();
  const out = {};
  if (typeof name === "string") out.name = name;
  if (description !== void 0) out.description = description;
  if (typeof numLoops === "number") out.num_loops = numLoops;
  if (handoff !== void 0) out.on_call_handoff_notifications = handoff;
  if (teams !== void 0) out.teams = teams;
  if (rules) {
    out.escalation_rules = rules.map(({ keepId, ...rule }) => ({
      id: keepId ?? nextPid(ctx.state, idTaken(ctx.state)),
      ...rule
    }));
  }
  return out;
}
var escalationPolicyRoutes = [
  {
    method: "GET",
    pattern: "/escalation_policies",
    handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, "team_ids");
      const userIds = readArrayParam(q, "user_ids");
      const items = Object.values(ctx.state.escalationPolicies).filter((ep) => matchesQuery2(q, ep.name)).filter((ep) => teamIds.length === 0 || ep.teams.some((t) => teamIds.includes(t))).filter((ep) => userIds.length === 0 || ep.escalation_rules.some((r2) => r2.targets.some((t) => t.type === "user" && userIds.includes(t.id)))).sort(byNameThenId);
      return ok2(page("escalation_policies", items, params, (ep) => renderEscalationPolicy(ctx.state, ep)));
    }
  },
  {
    method: "POST",
    pattern: "/escalation_policies",
    handler: (ctx) => {
      const fields = readPolicy(ctx, void 0);
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const ep = {
        id,
        name: "",
        description: null,
        num_loops: 0,
        on_call_handoff_notifications: "if_has_services",
        teams: [],
        escalation_rules: [],
        ...fields
      };
      ctx.state.escalationPolicies[id] = ep;
      return created({ escalation_policy: renderEscalationPolicy(ctx.state, ep) });
    }
  },
  {
    method: "GET",
    pattern: "/escalation_policies/:id",
    handler: (ctx, { id = "" }) => ok2({ escalation_policy: renderEscalationPolicy(ctx.state, findPolicy(ctx.state, id)) })
  },
  {
    method: "PUT",
    pattern: "/escalation_policies/:id",
    handler: (ctx, { id = "" }) => {
      const ep = findPolicy(ctx.state, id);
      Object.assign(ep, readPolicy(ctx, ep));
      return ok2({ escalation_policy: renderEscalationPolicy(ctx.state, ep) });
    }
  },
  {
    method: "DELETE",
    pattern: "/escalation_policies/:id",
    handler: (ctx, { id = "" }) => {
      findPolicy(ctx.state, id);
      const users = Object.values(ctx.state.services).filter((s) => s.escalation_policy === id).map((s) => s.id);
      if (users.length > 0) {
        throw invalidInput([`Escalation policy ${id} is in use by service(s) ${users.join(", ")}; reassign or delete them first.`]);
      }
      delete ctx.state.escalationPolicies[id];
      return noContent2();
    }
  }
];

// src/sandbox/pagerduty/integrations.ts
var INTEGRATION_TYPES = [
  "aws_cloudwatch_inbound_integration",
  "cloudkick_inbound_integration",
  "event_transformer_api_inbound_integration",
  "generic_email_inbound_integration",
  "generic_events_api_inbound_integration",
  "keynote_inbound_integration",
  "nagios_inbound_integration",
  "pingdom_inbound_integration",
  "sql_monitor_inbound_integration",
  "events_api_v2_inbound_integration"
];
function selfOf(i) {
  return `${API_BASE}/services/${i.service}/integrations/${i.id}`;
}
function htmlOf(i) {
  return `${WEB_BASE}/services/${i.service}/integrations/${i.id}`;
}
function integrationRef(i) {
  return { id: i.id, type: `${i.type}_reference`, summary: i.name, self: selfOf(i), html_url: htmlOf(i) };
}
function renderIntegration(state, i) {
  const out = {
    id: i.id,
    type: i.type,
    summary: i.name,
    self: selfOf(i),
    html_url: htmlOf(i),
    name: i.name,
    service: ref(state, "service", i.service),
    created_at: i.created_at,
    vendor: i.vendor === null ? null : ref(state, "vendor", i.vendor)
  };
  if (i.integration_key !== null) out["integration_key"] = i.integration_key;
  if (i.integration_email !== null) out["integration_email"] = i.integration_email;
  return out;
}
function integrationsOf(state, serviceId) {
  return Object.values(state.integrations).filter((i) => i.service === serviceId);
}
function findService(state, id) {
  const service = state.services[id];
  if (!service) throw notFound5(`Service ${id} not found.`);
  return service;
}
function findIntegration(state, serviceId, id) {
  findService(state, serviceId);
  const integration = state.integrations[id];
  if (!integration || integration.service !== serviceId) throw notFound5(`Integration ${id} not found on service ${serviceId}.`);
  return integration;
}
function create7(ctx, serviceId) {
  const service = findService(ctx.state, serviceId);
  const input = unwrap(ctx.body, "integration");
  const p = new Problems();
  const type = readEnum(input, "type", "integration.type", INTEGRATION_TYPES, p, { required: true });
  const vendor = input["vendor"] === null ? null : readRef(
    input["vendor"],
    "integration.vendor",
    "vendor",
    (id2) => VENDORS.some((v) => v.id === id2),
    p
  );
  const vendorName = VENDORS.find((v) => v.id === vendor)?.name;
  const name = readString(input, "name", "integration.name", p, { required: vendorName === void 0, nonBlank: true });
  if (input["service"] !== void 0) {
    readRef(input["service"], "integration.service", "service", (id2) => id2 === serviceId, p);
  }
  p.check();
  if (type === void 0) throw invalidInput([`"integration.type" is required.`]);
  const id = nextPid(ctx.state, idTaken(ctx.state));
  const email = type === "generic_email_inbound_integration";
  const integration = {
    id,
    service: service.id,
    type,
    name: name ?? vendorName ?? type,
    vendor: vendor ?? null,
    integration_key: email ? null : nextIntegrationKey(ctx.state),
    integration_email: email ? `${service.id.toLowerCase()}-${id.toLowerCase()}@vigil-sandbox.pagerduty.com` : null,
    created_at: ctx.timestamp
  };
  ctx.state.integrations[id] = integration;
  service.updated_at = ctx.timestamp;
  return integration;
}
function update5(ctx, serviceId, id) {
  const integration = findIntegration(ctx.state, serviceId, id);
  const input = unwrap(ctx.body, "integration");
  const p = new Problems();
  const name = readString(input, "name", "integration.name", p, { nonBlank: true });
  if (input["type"] !== void 0 && input["type"] !== integration.type) {
    p.add(`"integration.type" cannot change after creation (is ${JSON.stringify(integration.type)}).`);
  }
  p.check();
  if (typeof name === "string") integration.name = name;
  return integration;
}
var integrationRoutes = [
  {
    method: "POST",
    pattern: "/services/:id/integrations",
    handler: (ctx, { id = "" }) => created({ integration: renderIntegration(ctx.state, create7(ctx, id)) })
  },
  {
    method: "GET",
    pattern: "/services/:id/integrations/:iid",
    handler: (ctx, { id = "", iid = "" }) => ok2({ integration: renderIntegration(ctx.state, findIntegration(ctx.state, id, iid)) })
  },
  {
    method: "PUT",
    pattern: "/services/:id/integrations/:iid",
    handler: (ctx, { id = "", iid = "" }) => ok2({ integration: renderIntegration(ctx.state, update5(ctx, id, iid)) })
  },
  {
    // Not in the spec, but go-pagerduty calls it and the web UI can delete an integration; 204 like other deletes.
    method: "DELETE",
    pattern: "/services/:id/integrations/:iid",
    handler: (ctx, { id = "", iid = "" }) => {
      findIntegration(ctx.state, id, iid);
      delete ctx.state.integrations[iid];
      return noContent2();
    }
  }
];

// src/sandbox/pagerduty/orchestrations.ts
function orchestrationSelf(id) {
  return `${API_BASE}/event_orchestrations/${id}`;
}
function routeCount(state, id) {
  const sets = state.orchestrationPaths[`router:${id}`]?.sets ?? [];
  return sets.reduce((n, set) => n + (Array.isArray(set["rules"]) ? set["rules"].length : 0), 0);
}
function renderOrchestration(state, o) {
  return {
    id: o.id,
    self: orchestrationSelf(o.id),
    name: o.name,
    description: o.description,
    team: o.team === null ? null : { id: o.team, type: "team_reference", self: selfUrl("team", o.team) },
    integrations: o.integrations.map((i) => ({
      id: i.id,
      label: i.label,
      parameters: { routing_key: i.routing_key, type: "global" }
    })),
    routes: routeCount(state, o.id),
    created_at: o.created_at,
    created_by: null,
    updated_at: o.updated_at,
    updated_by: null,
    version: o.version
  };
}
function findOrchestration(state, id) {
  const o = state.orchestrations[id];
  if (!o) throw notFound5(`Event orchestration ${id} not found.`);
  return o;
}
function readOrchestration(ctx, current) {
  const input = unwrap(ctx.body, "orchestration");
  const p = new Problems();
  const name = readString(input, "name", "orchestration.name", p, { required: !current, nonBlank: true });
  const description = readString(input, "description", "orchestration.description", p, { nullable: true });
  const team = input["team"] === null ? null : readRef(input["team"], "orchestration.team", "team", (id) => id in ctx.state.teams, p);
  p.check();
  const out = {};
  if (typeof name === "string") out.name = name;
  if (description !== void 0) out.description = description;
  if (team !== void 0) out.team = team;
  return out;
}
var orchestrationRoutes = [
  {
    // The list key is `orchestrations`, not the path's `event_orchestrations`, so pdjs's `resource`/`all()` cannot
    // page this collection: page it by hand with `offset` (as in the real API).
    method: "GET",
    pattern: "/event_orchestrations",
    handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = Object.values(ctx.state.orchestrations).filter((o) => matchesQuery2(ctx.req.query, o.name)).sort(byNameThenId);
      return ok2(page("orchestrations", items, params, (o) => renderOrchestration(ctx.state, o)));
    }
  },
  {
    method: "POST",
    pattern: "/event_orchestrations",
    handler: (ctx) => {
      const fields = readOrchestration(ctx, void 0);
      const id = nextUuid(ctx.state);
      const o = {
        id,
        name: "",
        description: null,
        team: null,
        ...fields,
        integrations: [{ id: nextUuid(ctx.state), label: null, routing_key: nextRoutingKey(ctx.state) }],
        created_at: ctx.timestamp,
        updated_at: ctx.timestamp,
        version: nextVersion(ctx.state)
      };
      ctx.state.orchestrations[id] = o;
      return created({ orchestration: renderOrchestration(ctx.state, o) });
    }
  },
  {
    method: "GET",
    pattern: "/event_orchestrations/:id",
    handler: (ctx, { id = "" }) => ok2({ orchestration: renderOrchestration(ctx.state, findOrchestration(ctx.state, id)) })
  },
  {
    method: "PUT",
    pattern: "/event_orchestrations/:id",
    handler: (ctx, { id = "" }) => {
      const o = findOrchestration(ctx.state, id);
      Object.assign(o, readOrchestration(ctx, o), { updated_at: ctx.timestamp, version: nextVersion(ctx.state) });
      return ok2({ orchestration: renderOrchestration(ctx.state, o) });
    }
  },
  {
    method: "DELETE",
    pattern: "/event_orchestrations/:id",
    handler: (ctx, { id = "" }) => {
      findOrchestration(ctx.state, id);
      delete ctx.state.orchestrations[id];
      for (const type of ["global", "router", "unrouted"]) delete ctx.state.orchestrationPaths[`${type}:${id}`];
      return noContent2();
    }
  }
];

// src/sandbox/pagerduty/orchestration-paths.ts
var SEVERITIES = ["info", "error", "warning", "critical"];
var EVENT_ACTIONS = ["trigger", "resolve"];
var ROUTER_ACTIONS = /* @__PURE__ */ new Set(["route_to", "dynamic_route_to"]);
function defaultPath(type) {
  return {
    sets: [{ id: "start", rules: [] }],
    catch_all: { actions: type === "router" ? { route_to: "unrouted" } : {} }
  };
}
var isUnset = (v) => v === void 0 || v === null || v === "";
function checkActions(state, type, actions, path, setIds, catchAll, p) {
  const routeTo = actions["route_to"];
  if (type === "router") {
    for (const key of Object.keys(actions)) {
      if (!ROUTER_ACTIONS.has(key) && !isUnset(actions[key])) p.add(`"${path}.${key}" is not a router action; use route_to or dynamic_route_to.`);
    }
    if (catchAll) {
      if (routeTo !== "unrouted") p.add(`"${path}.route_to" must be "unrouted" for the router's catch-all (got ${describe2(routeTo)}).`);
    } else if (isUnset(routeTo) && isUnset(actions["dynamic_route_to"])) {
      p.add(`"${path}.route_to" is required: the id of the service to route to.`);
    } else if (!isUnset(routeTo) && !(typeof routeTo === "string" && routeTo in state.services)) {
      p.add(`"${path}.route_to": service ${describe2(routeTo)} not found.`);
    }
    return;
  }
  if (!isUnset(routeTo) && !(typeof routeTo === "string" && setIds.includes(routeTo) && routeTo !== "start")) {
    p.add(`"${path}.route_to" must name another set of this path (${setIds.filter((s) => s !== "start").join(", ") || "none defined"}); got ${describe2(routeTo)}.`);
  }
  const severity = actions["severity"];
  if (!isUnset(severity) && !SEVERITIES.includes(String(severity))) p.add(`"${path}.severity" must be one of ${SEVERITIES.join(", ")} (got ${describe2(severity)}).`);
  const eventAction = actions["event_action"];
  if (!isUnset(eventAction) && !EVENT_ACTIONS.includes(String(eventAction))) p.add(`"${path}.event_action" must be one of ${EVENT_ACTIONS.join(", ")} (got ${describe2(eventAction)}).`);
  for (const key of ["suppress", "drop_event"]) {
    if (!isUnset(actions[key]) && typeof actions[key] !== "boolean") p.add(`"${path}.${key}" must be true or false (got ${describe2(actions[key])}).`);
  }
  for (const key of ["priority", "annotate"]) {
    if (!isUnset(actions[key]) && typeof actions[key] !== "string") p.add(`"${path}.${key}" must be a string (got ${describe2(actions[key])}).`);
  }
  const ep = actions["escalation_policy"];
  if (!isUnset(ep) && !(typeof ep === "string" && ep in state.escalationPolicies)) p.add(`"${path}.escalation_policy": escalation policy ${describe2(ep)} not found.`);
}
function readRule(ctx, type, rule, path, setIds, p) {
  if (!isObject2(rule)) {
    p.add(`"${path}" must be an object (got ${describe2(rule)}).`);
    return {};
  }
  const id = readString(rule, "id", `${path}.id`, p, { nonBlank: true });
  const label2 = readString(rule, "label", `${path}.label`, p, { nullable: true });
  const conditions = readArray(rule, "conditions", `${path}.conditions`, p) ?? [];
  conditions.forEach((c, i) => {
    if (!isObject2(c) || typeof c["expression"] !== "string" || c["expression"].trim() === "") {
      p.add(`"${path}.conditions[${i}]" must be {"expression": "<PCL condition>"} with a non-empty expression.`);
    }
  });
  const disabled = readBool(rule, "disabled", `${path}.disabled`, p) ?? false;
  const actions = readObject(rule, "actions", `${path}.actions`, p, { required: true }) ?? {};
  checkActions(ctx.state, type, actions, `${path}.actions`, setIds, false, p);
  return { label: label2 ?? null, id: id ?? nextRuleId(ctx.state), conditions, actions, disabled };
}
function readPath(ctx, type) {
  const input = unwrap(ctx.body, "orchestration_path");
  const p = new Problems();
  const sets = readArray(input, "sets", "orchestration_path.sets", p, { required: true }) ?? [];
  const setIds = sets.map((s) => isObject2(s) && typeof s["id"] === "string" ? s["id"] : "");
  if (Array.isArray(input["sets"]) && setIds[0] !== "start") p.add(`"orchestration_path.sets[0].id" must be "start".`);
  if (type === "router" && sets.length > 1) p.add(`"orchestration_path.sets" of a router holds exactly one set, "start" (got ${sets.length}).`);
  const out = sets.map((set, i) => {
    const path = `orchestration_path.sets[${i}]`;
    if (!isObject2(set)) {
      p.add(`"${path}" must be an object {"id", "rules"} (got ${describe2(set)}).`);
      return {};
    }
    const id = readString(set, "id", `${path}.id`, p, { required: true, nonBlank: true });
    if (id && setIds.indexOf(id) !== i) p.add(`"${path}.id" ${JSON.stringify(id)} is used by more than one set.`);
    const rules = readArray(set, "rules", `${path}.rules`, p) ?? [];
    return { id: id ?? "", rules: rules.map((r2, j) => readRule(ctx, type, r2, `${path}.rules[${j}]`, setIds, p)) };
  });
  const catchAll = readObject(input, "catch_all", "orchestration_path.catch_all", p, { required: true });
  const catchAllActions = catchAll && readObject(catchAll, "actions", "orchestration_path.catch_all.actions", p, { required: true });
  if (catchAllActions) checkActions(ctx.state, type, catchAllActions, "orchestration_path.catch_all.actions", setIds, true, p);
  p.check();
  return { sets: out, catch_all: { actions: catchAllActions ?? {} } };
}
function ownerCreatedAt(state, type, ownerId) {
  if (type !== "service") return findOrchestration(state, ownerId).created_at;
  const service = state.services[ownerId];
  if (!service) throw notFound5(`Service ${ownerId} not found.`);
  return service.created_at;
}
function render(state, type, ownerId) {
  const createdAt = ownerCreatedAt(state, type, ownerId);
  const stored2 = state.orchestrationPaths[`${type}:${ownerId}`];
  const path = stored2 ?? { ...defaultPath(type), created_at: createdAt, updated_at: createdAt, version: "initial" };
  const service = type === "service";
  return {
    orchestration_path: {
      type,
      parent: service ? { id: ownerId, type: "service_reference", self: selfUrl("service", ownerId) } : { id: ownerId, type: "event_orchestration_reference", self: orchestrationSelf(ownerId) },
      self: service ? `${orchestrationSelf("services")}/${ownerId}` : `${orchestrationSelf(ownerId)}/${type}`,
      sets: path.sets,
      catch_all: path.catch_all,
      created_at: path.created_at,
      created_by: null,
      updated_at: path.updated_at,
      updated_by: null,
      version: path.version
    }
  };
}
function put(ctx, type, ownerId) {
  const createdAt = ownerCreatedAt(ctx.state, type, ownerId);
  const fields = readPath(ctx, type);
  const key = `${type}:${ownerId}`;
  const before = ctx.state.orchestrationPaths[key];
  ctx.state.orchestrationPaths[key] = {
    ...fields,
    created_at: before?.created_at ?? createdAt,
    updated_at: ctx.timestamp,
    version: nextVersion(ctx.state)
  };
  if (type !== "service") {
    const o = findOrchestration(ctx.state, ownerId);
    o.updated_at = ctx.timestamp;
  }
  return render(ctx.state, type, ownerId);
}
function globalPathRoutes(type) {
  return [
    { method: "GET", pattern: `/event_orchestrations/:id/${type}`, handler: (ctx, { id = "" }) => ok2(render(ctx.state, type, id)) },
    { method: "PUT", pattern: `/event_orchestrations/:id/${type}`, handler: (ctx, { id = "" }) => ok2(put(ctx, type, id)) }
  ];
}
var orchestrationPathRoutes = [
  { method: "GET", pattern: "/event_orchestrations/services/:sid", handler: (ctx, { sid = "" }) => ok2(render(ctx.state, "service", sid)) },
  { method: "PUT", pattern: "/event_orchestrations/services/:sid", handler: (ctx, { sid = "" }) => ok2(put(ctx, "service", sid)) },
  {
    method: "GET",
    pattern: "/event_orchestrations/services/:sid/active",
    handler: (ctx, { sid = "" }) => {
      ownerCreatedAt(ctx.state, "service", sid);
      return ok2({ active: ctx.state.serviceOrchestrationActive[sid] ?? true });
    }
  },
  {
    method: "PUT",
    pattern: "/event_orchestrations/services/:sid/active",
    handler: (ctx, { sid = "" }) => {
      ownerCreatedAt(ctx.state, "service", sid);
      const active = isObject2(ctx.body) ? ctx.body["active"] : void 0;
      if (typeof active !== "boolean") throw invalidInput([`"active" must be true or false (got ${describe2(active)}).`]);
      ctx.state.serviceOrchestrationActive[sid] = active;
      return ok2({ active });
    }
  },
  ...globalPathRoutes("global"),
  ...globalPathRoutes("router"),
  ...globalPathRoutes("unrouted")
];

// src/sandbox/pagerduty/rate-limit.ts
var RateLimiter3 = class {
  constructor(config) {
    this.config = config;
  }
  config;
  windows = /* @__PURE__ */ new Map();
  take(key, now) {
    const { limit, periodMs } = this.config;
    const start = Math.floor(now / periodMs) * periodMs;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.count < limit;
    if (allowed) window.count += 1;
    return {
      allowed,
      headers: {
        "ratelimit-limit": String(limit),
        "ratelimit-remaining": String(limit - window.count),
        "ratelimit-reset": String(Math.max(1, Math.ceil((start + periodMs - now) / 1e3)))
      }
    };
  }
};

// src/sandbox/pagerduty/seed.ts
var PEOPLE = [
  { name: "Ana Pereira", email: "ana.pereira@example.com", time_zone: "Europe/Lisbon", color: "purple", role: "admin", job_title: "SRE Lead" },
  { name: "Marcus Chen", email: "marcus.chen@example.com", time_zone: "America/Los_Angeles", color: "green", role: "user", job_title: "Backend Engineer" },
  { name: "Priya Raman", email: "priya.raman@example.com", time_zone: "Asia/Kolkata", color: "teal", role: "user", job_title: "Platform Engineer" },
  { name: "Tom Okafor", email: "tom.okafor@example.com", time_zone: "Europe/London", color: "red", role: "user", job_title: "Database Engineer" },
  { name: "Sofia Lindqvist", email: "sofia.lindqvist@example.com", time_zone: "Europe/Stockholm", color: "orange", role: "user", job_title: "Site Reliability Engineer" },
  { name: "Diego \xC1lvarez", email: "diego.alvarez@example.com", time_zone: "America/Mexico_City", color: "blue", role: "limited_user", job_title: "Support Engineer" }
];
var ROTATIONS = [
  { name: "Platform Primary", time_zone: "Europe/London", people: [0, 1, 2, 4], description: "Weekly primary rotation for platform services." },
  { name: "Database Secondary", time_zone: "UTC", people: [3, 5], description: "Weekly secondary rotation for the database team." }
];
var LAYER_START = "2024-01-01T09:00:00Z";
function seededState() {
  const state = emptyState();
  const taken = idTaken(state);
  const userIds = PEOPLE.map((person) => {
    const id = nextPid(state, taken);
    state.users[id] = { id, ...person, description: null, teams: [] };
    return id;
  });
  for (const rotation of ROTATIONS) {
    const id = nextPid(state, taken);
    state.schedules[id] = {
      id,
      name: rotation.name,
      description: rotation.description,
      time_zone: rotation.time_zone,
      teams: [],
      schedule_layers: [{
        id: nextPid(state, taken),
        name: "Layer 1",
        start: LAYER_START,
        rotation_virtual_start: LAYER_START,
        rotation_turn_length_seconds: 7 * 24 * 3600,
        users: rotation.people.map((i) => userIds[i] ?? "")
      }]
    };
  }
  return state;
}

// src/sandbox/pagerduty/service-fields.ts
var SERVICE_STATUSES = ["active", "warning", "critical", "maintenance", "disabled"];
var ALERT_CREATION = ["create_incidents", "create_alerts_and_incidents"];
var URGENCIES = ["low", "high", "severity_based"];
var URGENCY_RULE_TYPES = ["constant", "use_support_hours"];
function serviceDefaults() {
  return {
    description: null,
    auto_resolve_timeout: 14400,
    acknowledgement_timeout: 1800,
    status: "active",
    incident_urgency_rule: { type: "constant", urgency: "high" },
    support_hours: null,
    scheduled_actions: [],
    alert_creation: "create_alerts_and_incidents",
    alert_grouping_parameters: { type: null },
    auto_pause_notifications_parameters: { enabled: false, timeout: null }
  };
}
function readUrgency(obj, key, path, p) {
  const part = readObject(obj, key, path, p, { required: true });
  if (!part) return void 0;
  readEnum(part, "type", `${path}.type`, ["constant"], p, { required: true });
  const urgency = readEnum(part, "urgency", `${path}.urgency`, URGENCIES, p, { required: true });
  return { type: "constant", urgency: urgency ?? "high" };
}
function readUrgencyRule(rule, p) {
  const path = "service.incident_urgency_rule";
  const type = readEnum(rule, "type", `${path}.type`, URGENCY_RULE_TYPES, p, { required: true });
  if (type === "constant") {
    const urgency = readEnum(rule, "urgency", `${path}.urgency`, URGENCIES, p);
    return { type, urgency: urgency ?? "high" };
  }
  if (type === "use_support_hours") {
    const during = readUrgency(rule, "during_support_hours", `${path}.during_support_hours`, p);
    const outside = readUrgency(rule, "outside_support_hours", `${path}.outside_support_hours`, p);
    if (during && outside) return { type, during_support_hours: during, outside_support_hours: outside };
  }
  return void 0;
}
function readServiceFields(state, input, current, p) {
  const out = {};
  if (input["type"] !== void 0 && input["type"] !== "service") p.add(`"service.type" must be "service".`);
  const name = readString(input, "name", "service.name", p, { required: !current, nonBlank: true });
  if (typeof name === "string") {
    const clash = Object.values(state.services).find((s) => s.id !== current?.id && s.name.toLowerCase() === name.toLowerCase());
    if (clash) p.add(`"service.name": Name has already been taken (by service ${clash.id}).`);
    else out.name = name;
  }
  const description = readString(input, "description", "service.description", p, { nullable: true });
  if (description !== void 0) out.description = description;
  for (const key of ["auto_resolve_timeout", "acknowledgement_timeout"]) {
    const seconds = readInt(input, key, `service.${key}`, p, { min: 0, nullable: true });
    if (seconds !== void 0) out[key] = seconds;
  }
  const status = readEnum(input, "status", "service.status", SERVICE_STATUSES, p);
  if (!current && status !== void 0 && status !== "active") p.add(`"service.status" must be "active" when creating a service.`);
  else if (status !== void 0) out.status = status;
  const ep = readRef(
    input["escalation_policy"],
    "service.escalation_policy",
    "escalation_policy",
    (id) => id in state.escalationPolicies,
    p,
    { required: !current }
  );
  if (ep !== void 0) out.escalation_policy = ep;
  const alertCreation = readEnum(input, "alert_creation", "service.alert_creation", ALERT_CREATION, p);
  if (alertCreation !== void 0) out.alert_creation = alertCreation;
  const urgency = readObject(input, "incident_urgency_rule", "service.incident_urgency_rule", p);
  const rule = urgency && readUrgencyRule(urgency, p);
  if (rule) out.incident_urgency_rule = rule;
  const supportHours = readObject(input, "support_hours", "service.support_hours", p, { nullable: true });
  if (supportHours !== void 0) out.support_hours = supportHours;
  const scheduled = readArray(input, "scheduled_actions", "service.scheduled_actions", p);
  if (scheduled) out.scheduled_actions = scheduled;
  for (const key of ["alert_grouping_parameters", "auto_pause_notifications_parameters"]) {
    const value = readObject(input, key, `service.${key}`, p);
    if (value) out[key] = value;
  }
  const merged = { ...serviceDefaults(), ...current, ...out };
  if (merged.incident_urgency_rule["type"] === "use_support_hours" && !isObject2(merged.support_hours)) {
    p.add(`"service.support_hours" is required when "service.incident_urgency_rule.type" is "use_support_hours".`);
  }
  return out;
}

// src/sandbox/pagerduty/teams.ts
var DEFAULT_ROLES = ["manager", "none"];
function renderTeam(state, t) {
  return {
    ...entityHead("team", t.id, t.name),
    name: t.name,
    description: t.description,
    default_role: t.default_role,
    parent: t.parent === null ? null : ref(state, "team", t.parent)
  };
}
function findTeam(state, id) {
  const team = state.teams[id];
  if (!team) throw notFound5(`Team ${id} not found.`);
  return team;
}
function checkName(state, name, selfId, p) {
  if (typeof name !== "string") return;
  const clash = Object.values(state.teams).find((t) => t.id !== selfId && t.name.toLowerCase() === name.toLowerCase());
  if (clash) p.add(`"team.name": a team named ${JSON.stringify(name)} already exists (${clash.id}).`);
}
function readTeam(ctx, selfId) {
  const input = unwrap(ctx.body, "team");
  const p = new Problems();
  if (input["type"] !== void 0 && input["type"] !== "team") p.add(`"team.type" must be "team".`);
  const name = readString(input, "name", "team.name", p, { required: selfId === null, nonBlank: true });
  checkName(ctx.state, name, selfId, p);
  const description = readString(input, "description", "team.description", p, { nullable: true });
  const defaultRole = readEnum(input, "default_role", "team.default_role", DEFAULT_ROLES, p);
  let parent;
  if (input["parent"] === null) parent = null;
  else parent = readRef(input["parent"], "team.parent", "team", (id) => id in ctx.state.teams && id !== selfId, p);
  p.check();
  const out = {};
  if (typeof name === "string") out.name = name;
  if (description !== void 0) out.description = description;
  if (defaultRole !== void 0) out.default_role = defaultRole;
  if (parent !== void 0) out.parent = parent;
  return out;
}
var teamRoutes = [
  {
    method: "GET",
    pattern: "/teams",
    handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = Object.values(ctx.state.teams).filter((t) => matchesQuery2(ctx.req.query, t.name)).sort(byNameThenId);
      return ok2(page("teams", items, params, (t) => renderTeam(ctx.state, t)));
    }
  },
  {
    method: "POST",
    pattern: "/teams",
    handler: (ctx) => {
      const fields = readTeam(ctx, null);
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const team = { id, name: "", description: null, default_role: "manager", parent: null, ...fields };
      ctx.state.teams[id] = team;
      return created({ team: renderTeam(ctx.state, team) });
    }
  },
  {
    method: "GET",
    pattern: "/teams/:id",
    handler: (ctx, { id = "" }) => ok2({ team: renderTeam(ctx.state, findTeam(ctx.state, id)) })
  },
  {
    method: "PUT",
    pattern: "/teams/:id",
    handler: (ctx, { id = "" }) => {
      const team = findTeam(ctx.state, id);
      Object.assign(team, readTeam(ctx, id));
      return ok2({ team: renderTeam(ctx.state, team) });
    }
  },
  {
    method: "DELETE",
    pattern: "/teams/:id",
    handler: (ctx, { id = "" }) => {
      findTeam(ctx.state, id);
      const s = ctx.state;
      const users = [
        ...Object.values(s.escalationPolicies).filter((ep) => ep.teams.includes(id)).map((ep) => `escalation policy ${ep.id}`),
        ...Object.values(s.schedules).filter((sc) => sc.teams.includes(id)).map((sc) => `schedule ${sc.id}`),
        ...Object.values(s.teams).filter((t) => t.parent === id).map((t) => `subteam ${t.id}`),
        ...Object.values(s.orchestrations).filter((o) => o.team === id).map((o) => `event orchestration ${o.id}`)
      ];
      if (users.length > 0) {
        throw new PdError(400, 6006, "Team has existing associations", [
          `Team ${id} is still used by ${users.join(", ")}. Remove those associations first.`
        ]);
      }
      delete s.teams[id];
      for (const user of Object.values(s.users)) user.teams = user.teams.filter((t) => t !== id);
      return noContent2();
    }
  }
];

// src/sandbox/pagerduty/services.ts
function teamsOf(state, s) {
  return state.escalationPolicies[s.escalation_policy]?.teams ?? [];
}
function renderService(state, s, include = /* @__PURE__ */ new Set()) {
  const ep = state.escalationPolicies[s.escalation_policy];
  return {
    ...entityHead("service", s.id, s.name),
    name: s.name,
    description: s.description,
    auto_resolve_timeout: s.auto_resolve_timeout,
    acknowledgement_timeout: s.acknowledgement_timeout,
    created_at: s.created_at,
    updated_at: s.updated_at,
    status: s.status,
    last_incident_timestamp: null,
    escalation_policy: include.has("escalation_policies") && ep ? renderEscalationPolicy(state, ep) : ref(state, "escalation_policy", s.escalation_policy),
    teams: teamsOf(state, s).map((t) => {
      const team = state.teams[t];
      return include.has("teams") && team ? renderTeam(state, team) : ref(state, "team", t);
    }),
    integrations: integrationsOf(state, s.id).map((i) => include.has("integrations") ? renderIntegration(state, i) : integrationRef(i)),
    addons: [],
    incident_urgency_rule: s.incident_urgency_rule,
    support_hours: s.support_hours,
    scheduled_actions: s.scheduled_actions,
    alert_creation: s.alert_creation,
    alert_grouping_parameters: s.alert_grouping_parameters,
    auto_pause_notifications_parameters: s.auto_pause_notifications_parameters
  };
}
function findService2(state, id) {
  const service = state.services[id];
  if (!service) throw notFound5(`Service ${id} not found.`);
  return service;
}
var serviceRoutes = [
  {
    method: "GET",
    pattern: "/services",
    handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, "team_ids");
      const exactName = q.get("name");
      const items = Object.values(ctx.state.services).filter((s) => matchesQuery2(q, s.name) && (exactName === null || s.name === exactName)).filter((s) => teamIds.length === 0 || teamsOf(ctx.state, s).some((t) => teamIds.includes(t))).sort(byNameThenId);
      const include = includes(ctx);
      return ok2(page("services", items, params, (s) => renderService(ctx.state, s, include)));
    }
  },
  {
    method: "POST",
    pattern: "/services",
    handler: (ctx) => {
      const p = new Problems();
      const fields = readServiceFields(ctx.state, unwrap(ctx.body, "service"), void 0, p);
      p.check();
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const service = {
        id,
        name: "",
        escalation_policy: "",
        ...serviceDefaults(),
        ...fields,
        created_at: ctx.timestamp,
        updated_at: ctx.timestamp
      };
      ctx.state.services[id] = service;
      ctx.state.serviceOrchestrationActive[id] = true;
      return created({ service: renderService(ctx.state, service) });
    }
  },
  {
    method: "GET",
    pattern: "/services/:id",
    handler: (ctx, { id = "" }) => ok2({ service: renderService(ctx.state, findService2(ctx.state, id), includes(ctx)) })
  },
  {
    method: "PUT",
    pattern: "/services/:id",
    handler: (ctx, { id = "" }) => {
      const service = findService2(ctx.state, id);
      const p = new Problems();
      const fields = readServiceFields(ctx.state, unwrap(ctx.body, "service"), service, p);
      p.check();
      Object.assign(service, fields, { updated_at: ctx.timestamp });
      return ok2({ service: renderService(ctx.state, service) });
    }
  },
  {
    method: "DELETE",
    pattern: "/services/:id",
    handler: (ctx, { id = "" }) => {
      findService2(ctx.state, id);
      const s = ctx.state;
      delete s.services[id];
      for (const i of integrationsOf(s, id)) delete s.integrations[i.id];
      delete s.orchestrationPaths[`service:${id}`];
      delete s.serviceOrchestrationActive[id];
      return noContent2();
    }
  }
];

// src/sandbox/pagerduty/index.ts
var ROUTES = [
  ...serviceRoutes,
  ...integrationRoutes,
  ...escalationPolicyRoutes,
  ...teamRoutes,
  ...directoryRoutes,
  ...orchestrationPathRoutes,
  ...orchestrationRoutes
];
var WRITES = /* @__PURE__ */ new Set(["POST", "PUT", "DELETE", "PATCH"]);
var DEFAULT_RATE_LIMIT = { limit: 960, periodMs: 6e4 };
function normalizePath(path) {
  const trimmed2 = path.replace(/^\/[^/]*\.com(?=\/|$)/, "").replace(/\/+$/, "");
  return trimmed2 === "" ? "/" : trimmed2;
}
function parseBody(req) {
  if (req.body !== void 0 || req.rawBody.trim() === "") return req.body;
  try {
    return JSON.parse(req.rawBody);
  } catch (err) {
    throw invalidInput([`The request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}.`]);
  }
}
function createPagerDutyEmulator(options = {}) {
  let state = options.seedData === false ? emptyState() : seededState();
  const limiter = options.rateLimit === false ? void 0 : new RateLimiter3(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  function dispatch(req, token, now) {
    const access = accessFor(token, options);
    if (!access) return AUTH_FAILED.toResponse();
    const method = req.method.toUpperCase();
    const path = normalizePath(req.path);
    const match = matchRoute2(ROUTES, method, path);
    if (!match) return notFound5(`No route for ${method} ${path}.`).toResponse();
    const write = WRITES.has(method);
    if (write && access === "read-only") return accessDenied(method).toResponse();
    const before = write ? structuredClone(state) : void 0;
    try {
      return match.route.handler(makeCtx(state, req, parseBody(req), now), match.params);
    } catch (err) {
      if (before) state = before;
      return err instanceof PdError ? err.toResponse() : internalError(err);
    }
  }
  return {
    handle(req) {
      const now = options.clock ? options.clock() : req.now;
      const token = tokenFrom(req.headers["authorization"]);
      const decision = limiter?.take(token ?? "", now);
      const res = decision && !decision.allowed ? RATE_LIMITED.toResponse() : dispatch(req, token, now);
      const headers = { ...decision?.headers, ...res.headers };
      if (res.status !== 204) headers["content-type"] = "application/json; charset=utf-8";
      return { ...res, headers };
    },
    snapshot: () => structuredClone(state),
    restore(raw2) {
      state = parseState(raw2);
    }
  };
}

// src/sandbox/server.ts
var PAGERDUTY_PREFIX = "/api.pagerduty.com";
var MAX_BODY_BYTES = 16 * 1024 * 1024;
async function startSandbox(options = {}) {
  const now = options.now ?? Date.now;
  const planner = new FaultPlanner(options);
  const datadog = createDatadogEmulator(options.datadog ?? {});
  const pagerduty = createPagerDutyEmulator(options.pagerduty ?? {});
  const snapshot = () => ({ version: 1, datadog: datadog.snapshot(), pagerduty: pagerduty.snapshot() });
  const stateFile = options.state ? new StateFile(options.state, snapshot, options.persistDebounceMs) : void 0;
  const loaded = stateFile?.load();
  if (loaded?.datadog !== void 0) datadog.restore(loaded.datadog);
  if (loaded?.pagerduty !== void 0) pagerduty.restore(loaded.pagerduty);
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    const plan2 = planner.next();
    void serve(req, res, plan2.fate, plan2.delayMs).catch(() => res.socket?.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  async function serve(req, res, fate, delayMs) {
    const started = Date.now();
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const isPd = url.pathname === PAGERDUTY_PREFIX || url.pathname.startsWith(`${PAGERDUTY_PREFIX}/`);
    const api = isPd ? "pagerduty" : "datadog";
    const path = isPd ? url.pathname.slice(PAGERDUTY_PREFIX.length) || "/" : url.pathname;
    const method = req.method ?? "GET";
    const log = (outcome) => options.onRequest?.({ api, method, path, outcome, ms: Date.now() - started });
    const rawBody = await readBody(req);
    if (delayMs > 0) await sleep(delayMs);
    if (fate.kind === "reset") {
      req.socket.destroy();
      return log("reset");
    }
    if (fate.kind === "hang") return log("hang");
    if (fate.kind === "fail") {
      send(res, { status: fate.status, body: serverError(api, fate.status) });
      return log(fate.status);
    }
    if (rawBody === void 0) {
      send(res, { status: 413, body: invalidBody(api, "Request body too large") });
      return log(413);
    }
    const request = {
      method,
      path,
      query: url.searchParams,
      headers: flatHeaders(req),
      body: parseJson(rawBody),
      rawBody,
      now: now()
    };
    const emulator = isPd ? pagerduty : datadog;
    let response;
    try {
      response = emulator.handle(request);
    } catch (err) {
      response = { status: 500, body: serverError(api, 500) };
      process.emitWarning(`sandbox: ${api} emulator failed on ${method} ${path}: ${err.message}`);
    }
    if (method !== "GET" && method !== "HEAD") stateFile?.markDirty();
    if (fate.kind === "lost") {
      req.socket.destroy();
      return log("lost");
    }
    send(res, response);
    log(response.status);
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  let closing;
  return {
    datadogUrl: base,
    pagerdutyUrl: `${base}${PAGERDUTY_PREFIX}`,
    port,
    datadog,
    close() {
      closing ??= (async () => {
        const stopped = new Promise((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await stopped;
        await stateFile?.flush();
      })();
      return closing;
    }
  };
}
function send(res, r2) {
  if (res.destroyed || res.headersSent) return;
  const text2 = r2.rawBody ?? (r2.body === void 0 ? "" : JSON.stringify(r2.body));
  const headers = { ...r2.headers };
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === "content-type");
  if (!hasType && text2 !== "") headers["content-type"] = "application/json";
  headers["content-length"] = Buffer.byteLength(text2);
  res.writeHead(r2.status, headers);
  res.end(text2);
}
function serverError(api, status) {
  const message2 = status === 500 ? "Internal Server Error" : status === 502 ? "Bad Gateway" : "Service Unavailable";
  return api === "datadog" ? { errors: [message2] } : { error: { message: message2, code: 2e3 } };
}
function invalidBody(api, detail) {
  return api === "datadog" ? { errors: [detail] } : { error: { message: "Invalid Input Provided", code: 2001, errors: [detail] } };
}
function parseJson(text2) {
  if (text2.trim() === "") return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function flatHeaders(req) {
  const out = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY_BYTES ? void 0 : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// test/support/cases.ts
import { join as join2 } from "node:path";
var root = join2(import.meta.dirname, "..", "..");

// test/sync/support.ts
async function sandboxWithClient(options = {}, http = {}) {
  const sandbox2 = await startSandbox({ port: 0, ...options });
  const dd2 = createDatadogClient({ VIGIL_DATADOG_URL: sandbox2.datadogUrl, DD_API_KEY: "test-api-key", DD_APP_KEY: "test-app-key" }, { backoffMs: 5, ...http });
  return { sandbox: sandbox2, dd: dd2 };
}

// src/providers/datadog/adopt.ts
import { v1 as v14 } from "@datadog/datadog-api-client";
async function readUnownedMonitors(dd2) {
  const out = [];
  for (let page2 = 0; ; page2++) {
    const batch = await call("list monitors", () => dd2.monitors.listMonitors({ page: page2, pageSize: MONITOR_PAGE_SIZE }));
    for (const monitor2 of batch) {
      const remote = remoteOf(monitor2);
      const tags = Array.isArray(remote.body.tags) ? remote.body.tags : [];
      if (!tags.includes(MANAGED_TAG)) out.push(remote);
    }
    if (batch.length < MONITOR_PAGE_SIZE) return out.sort((a, b) => Number(a.remoteId) - Number(b.remoteId));
  }
}
function remoteOf(monitor2) {
  const body = v14.ObjectSerializer.serialize(monitor2, "Monitor", "");
  const version = typeof body.modified === "string" ? body.modified : monitor2.modified?.toISOString() ?? "";
  return { logicalId: "", remoteId: monitor2.id ?? Number(body.id), version, body };
}

// src/dsl/monitors/define.ts
function defineMonitor(type, query, props) {
  const frames = captureFrames();
  const { thresholds, message: message2, options, ...rest } = props;
  const def = { kind: "monitor", id: rest.id, type, name: rest.name, query: String(query), message: toMessage(message2) };
  for (const key of ["team", "service", "env", "severity", "runbook", "tags", "priority", "restrictedRoles", "suppress", "adopt", "overrides"]) {
    if (rest[key] !== void 0) def[key] = rest[key];
  }
  const queryThreshold = typeof query === "object" ? query.threshold : void 0;
  const mergedThresholds = { ...options?.thresholds, ...thresholds };
  if (queryThreshold !== void 0 && mergedThresholds.critical === void 0) mergedThresholds.critical = queryThreshold;
  const mergedOptions = { ...options };
  if (Object.keys(mergedThresholds).length > 0) mergedOptions.thresholds = mergedThresholds;
  if (Object.keys(mergedOptions).length > 0) def.options = mergedOptions;
  return attachFrames(def, frames);
}
function toMessage(message2) {
  return typeof message2 === "string" ? { summary: message2 } : message2;
}

// src/dsl/monitors/composite.ts
function compositeMonitor(props) {
  const { when, ...rest } = props;
  return defineMonitor("composite", String(when), rest);
}
function monitor(props) {
  const { type, query, ...rest } = props;
  return defineMonitor(type, query, rest);
}

// src/dsl/monitors/checks.ts
function serviceCheck(props) {
  const { check, over = ["*"], by = [], exclude = [], last, ...rest } = props;
  const t = { critical: 1, ok: 1, ...rest.options?.thresholds, ...rest.thresholds };
  const count = last ?? Math.max(t.critical ?? 1, t.warning ?? 0, t.ok ?? 1) + 1;
  let query = `${JSON.stringify(check)}.over(${over.map((s) => JSON.stringify(s)).join(",")})`;
  if (exclude.length) query += `.exclude(${exclude.map((s) => JSON.stringify(s)).join(",")})`;
  if (by.length) query += `.by(${by.map((s) => JSON.stringify(s)).join(",")})`;
  query += `.last(${count}).count_by_status()`;
  return defineMonitor("service check", query, { ...rest, thresholds: t });
}
function logAlert(props) {
  const { indexes = ["*"], ...rest } = props;
  const index = `.index(${indexes.map((i) => JSON.stringify(i)).join(",")})`;
  return searchMonitor("log alert", "logs", index, rest);
}
function eventAlert(props) {
  return searchMonitor("event-v2 alert", "events", "", props);
}
function searchMonitor(type, source, index, props) {
  const { search, window, rollup = { method: "count" }, by = [], comparator, threshold, ...rest } = props;
  const rollupArgs = [rollup.method, rollup.measure].filter((a) => !!a).map((a) => JSON.stringify(a));
  let query = `${source}(${JSON.stringify(search)})${index}.rollup(${rollupArgs.join(", ")})`;
  if (by.length) query += `.by(${by.map((b) => JSON.stringify(b)).join(",")})`;
  query += `.last(${JSON.stringify(window)}) ${comparator} ${threshold}`;
  return defineMonitor(type, query, { ...rest, thresholds: { critical: threshold, ...rest.thresholds } });
}

// src/dsl/monitors/metric.ts
function metricAlert(props) {
  const { query, ...rest } = props;
  return defineMonitor("query alert", query, rest);
}

// src/import/options.ts
var SERVER_DEFAULTS = {
  include_tags: true,
  new_host_delay: 300,
  notify_audit: false,
  notify_no_data: false,
  silenced: {}
};
var WIRE_SHAPED2 = /* @__PURE__ */ new Set(["variables"]);
var defs = monitor_schema_default.$defs;
function fieldsOf(node) {
  const resolved = node?.$ref ? defs[node.$ref.replace("#/$defs/", "")] : node;
  return resolved?.properties;
}
function splitOptions(wire) {
  const kept = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key in SERVER_DEFAULTS && sameJson(value, SERVER_DEFAULTS[key])) continue;
    kept[key] = value;
  }
  return split(kept, defs.options);
}
function split(wire, node) {
  const fields = fieldsOf(node) ?? {};
  const out = { typed: {}, rest: {} };
  for (const [key, value] of Object.entries(wire)) {
    const camel = key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
    const field = fields[camel];
    if (!field || snakeCase(camel) !== key || value === void 0) {
      out.rest[key] = value;
    } else if (isObject3(value) && fieldsOf(field) && !WIRE_SHAPED2.has(camel)) {
      const inner = split(value, field);
      if (Object.keys(inner.typed).length > 0 || Object.keys(inner.rest).length === 0) out.typed[camel] = inner.typed;
      if (Object.keys(inner.rest).length > 0) out.rest[key] = inner.rest;
    } else {
      out.typed[camel] = value;
    }
  }
  return out;
}
function isObject3(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function sameJson(a, b) {
  return canonical(a) === canonical(b);
}
function canonical(v) {
  return JSON.stringify(v, (_, x) => isObject3(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : x);
}

// src/import/builders.ts
var BUILDERS = { metricAlert, serviceCheck, logAlert, eventAlert, compositeMonitor, monitor };
function build2(builder, props) {
  return BUILDERS[builder](props);
}
function chooseBuilder(type, query, refs, thresholds) {
  if (type === "composite") {
    const when = query.replace(/\b\d+\b/g, (id) => refs.has(id) ? `\${${refs.get(id)}}` : id);
    return { builder: "compositeMonitor", props: { when } };
  }
  const parsed = parseQuery(type, query);
  if (!parsed.ok) return raw(type, query);
  if (type === "query alert" || type === "metric alert") {
    return { builder: "metricAlert", props: { query }, ...parsed.threshold !== void 0 ? { queryThreshold: parsed.threshold } : {} };
  }
  const ast = parsed.ast;
  const typed = ast.kind === "service-check" ? serviceCheckProps(ast) : ast.kind === "search" && ast.source === "logs" && type === "log alert" ? searchProps("logAlert", ast) : ast.kind === "search" && ast.source === "events" && type === "event-v2 alert" ? searchProps("eventAlert", ast) : void 0;
  if (!typed || !reproduces(typed, query, thresholds)) return raw(type, query, parsed.threshold);
  return typed;
}
function raw(type, query, queryThreshold) {
  return { builder: "monitor", props: { type, query }, ...queryThreshold !== void 0 ? { queryThreshold } : {} };
}
function reproduces(choice, query, thresholds) {
  const props = { id: "probe", name: "probe", message: "probe", ...choice.props, thresholds: withoutDefaults(choice, thresholds) };
  try {
    const def = build2(choice.builder, props);
    return def.query === query && sameJson(def.options?.thresholds ?? {}, thresholds);
  } catch {
    return false;
  }
}
function withoutDefaults(choice, thresholds) {
  const out = {};
  for (const [key, value] of Object.entries(thresholds)) {
    if (key === "critical" && choice.queryThreshold !== void 0 && value === choice.queryThreshold) continue;
    if (choice.thresholdDefaults && key in choice.thresholdDefaults && value === choice.thresholdDefaults[key]) continue;
    out[key] = value;
  }
  return out;
}
function serviceCheckProps(ast) {
  const props = { check: ast.check };
  if (!sameJson(ast.over, ["*"])) props.over = ast.over;
  if (ast.exclude.length) props.exclude = ast.exclude;
  if (ast.by.length) props.by = ast.by;
  props.last = ast.last;
  return { builder: "serviceCheck", props, thresholdDefaults: { critical: 1, ok: 1 } };
}
function searchProps(builder, ast) {
  if (ast.window === void 0 || ast.comparator === void 0 || ast.threshold === void 0) return void 0;
  const strings = (name) => ast.calls.find((c) => c.name === name)?.args.map(text);
  const props = { search: ast.search };
  const indexes = strings("index");
  if (builder === "logAlert" && indexes && !sameJson(indexes, ["*"])) props.indexes = indexes;
  const [method, measure] = strings("rollup") ?? ["count"];
  if (method !== "count" || measure !== void 0) props.rollup = measure === void 0 ? { method } : { method, measure };
  if (ast.groupBy.length) props.by = ast.groupBy;
  Object.assign(props, { window: ast.window, comparator: ast.comparator, threshold: ast.threshold });
  return { builder, props, queryThreshold: ast.threshold };
}
function text(l) {
  return l.kind === "string" ? l.value : l.kind === "number" ? String(l.value) : l.name;
}

// src/import/draft.ts
function draftMonitor(remote, id, file, refs) {
  const { thresholds = {}, ...options } = splitOptions(remote.options ?? {}).typed;
  const choice = chooseBuilder(remote.type, remote.query, refs, thresholds);
  const notes = [];
  const name = remote.name.trim() || `Monitor ${remote.id}`;
  const props = { id, name, ...choice.props };
  props.message = remote.message?.trim() || name;
  const ownership = (t) => t === MANAGED_TAG || t.startsWith(ID_TAG_PREFIX) || t.startsWith(HASH_TAG_PREFIX);
  const tags = (remote.tags ?? []).filter((t) => !ownership(t));
  if (tags.length < (remote.tags ?? []).length) notes.push("stray vigil ownership tags were dropped");
  if (tags.length > 0) props.tags = tags;
  const written = withoutDefaults(choice, thresholds);
  if (Object.keys(written).length > 0) props.thresholds = sortedKeys(written);
  if (Object.keys(options).length > 0) props.options = sortedKeys(options);
  if (remote.priority !== void 0 && remote.priority !== null) props.priority = remote.priority;
  if (remote.restricted_roles) props.restrictedRoles = remote.restricted_roles;
  props.adopt = { datadogId: remote.id };
  return { datadogId: remote.id, id, file, builder: choice.builder, props, remote, notes };
}
function untype(draft, path) {
  const [, root2, key, sub2] = path.split("/");
  if (root2 !== "options" || !key) return false;
  const props = draft.props;
  if (key === "thresholds") {
    if (!sub2 || !props.thresholds || !(sub2 in props.thresholds)) return false;
    delete props.thresholds[sub2];
    if (Object.keys(props.thresholds).length === 0) delete props.thresholds;
  } else {
    if (!props.options || !(key in props.options)) return false;
    delete props.options[key];
    if (Object.keys(props.options).length === 0) delete props.options;
  }
  draft.notes.push(`options.${sub2 ? `${key}.${sub2}` : key} kept as an override: vigil's checks reject it, Datadog kept it`);
  return true;
}
var LINT_IDS = new Set(LINT_RULES.map((r2) => r2.id));
function suppressLint(draft, code) {
  const suppress = draft.props.suppress ?? {};
  if (!LINT_IDS.has(code) || code in suppress) return false;
  draft.props.suppress = { ...suppress, [code]: "imported from Datadog as it is; fix it, then remove this line" };
  return true;
}
var PRINT_ORDER = [
  "id",
  "name",
  "type",
  "query",
  "check",
  "over",
  "exclude",
  "search",
  "indexes",
  "rollup",
  "by",
  "last",
  "window",
  "comparator",
  "threshold",
  "when",
  "message",
  "tags",
  "thresholds",
  "options",
  "priority",
  "restrictedRoles",
  "suppress",
  "adopt",
  "overrides"
];
function inPrintOrder(props) {
  const rank = (k) => PRINT_ORDER.includes(k) ? PRINT_ORDER.indexOf(k) : PRINT_ORDER.length;
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => rank(a) - rank(b)));
}
function sortedKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/import/names.ts
var MAX_ID = 100;
function logicalIdFor(name, datadogId, taken) {
  const words = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
  let base = "";
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_ID - 4) break;
    base = next;
  }
  if (!base || !LOGICAL_ID.test(base)) base = `monitor-${datadogId}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
var RESERVED = new Set(`break case catch class const continue debugger default delete do else enum export extends false
  finally for function if import in instanceof new null return super switch this throw true try typeof var void while
  with yield let static implements interface package private protected public await arguments eval`.split(/\s+/));
function variableFor(logicalId, taken) {
  let base = logicalId.replace(/[-.]+([a-z0-9])/g, (_, c) => c.toUpperCase());
  if (/^[0-9]/.test(base)) base = `monitor${base}`;
  if (RESERVED.has(base)) base = `${base}Monitor`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
function fileFor(tags) {
  for (const key of ["team", "service"]) {
    const value = tags.find((t) => t.startsWith(`${key}:`))?.slice(key.length + 1);
    const slug = value?.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (slug) return `${slug}.ts`;
  }
  return "imported.ts";
}

// src/import/residue.ts
function residue(remote, compiled2, ids) {
  const sent = compiled2.payload;
  const out = { overrides: {}, unavoidable: [] };
  for (const key of ["name", "message", "query"]) {
    let value = String(sent[key] ?? "");
    if (key === "query") value = resolveReferences(value, ids).query;
    if (value !== (remote[key] ?? "")) out.overrides[key] = remote[key] ?? "";
  }
  if (!sameJson(sent.restricted_roles ?? null, remote.restricted_roles ?? null)) out.overrides.restricted_roles = remote.restricted_roles ?? null;
  if (!sameJson(sent.priority ?? null, remote.priority ?? null)) out.unavoidable.push(`priority ${show2(remote.priority)} \u2192 ${show2(sent.priority)}`);
  if (aliasType(String(sent.type)) !== aliasType(remote.type)) out.unavoidable.push(`type "${remote.type}" \u2192 "${String(sent.type)}"`);
  const options = optionResidue(remote.options ?? {}, stored(isObject3(sent.options) ? sent.options : {}), out.unavoidable);
  if (Object.keys(options).length > 0) out.overrides.options = options;
  return out;
}
function stored(sent) {
  const out = { ...sent };
  if (isObject3(out.thresholds)) {
    out.thresholds = Object.fromEntries(Object.entries(out.thresholds).filter(([, v]) => v !== null));
  }
  for (const [key, value] of Object.entries(SERVER_DEFAULTS)) if (!(key in out)) out[key] = value;
  return out;
}
function optionResidue(have, will, unavoidable) {
  const out = {};
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(have), ...Object.keys(will)])].sort()) {
    if (sameJson(have[key], will[key])) continue;
    if (key === "thresholds" && isObject3(have[key]) && isObject3(will[key])) {
      const inner = {};
      const a = have[key], b = will[key];
      for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) if (!sameJson(a[k], b[k])) inner[k] = k in a ? a[k] : null;
      out[key] = inner;
    } else if (key in have) {
      out[key] = have[key];
    } else {
      unavoidable.push(`options.${key} would be added as ${show2(will[key])}`);
    }
  }
  return out;
}
function aliasType(type) {
  return type === "metric alert" ? "query alert" : type;
}
function show2(v) {
  return v === void 0 ? "nothing" : JSON.stringify(v);
}

// src/import/source.ts
import { IndentationText, Project, QuoteKind, VariableDeclarationKind } from "ts-morph";
var HEADER = `// Imported from Datadog by "vigil import". Each definition adopts the monitor it came from ("adopt"): the
// first apply adds vigil's ownership tags and changes nothing else. "overrides" keeps, in Datadog's own shape, what
// the typed props cannot say. Give monitors a team, service and severity once vigil owns them.`;
function renderFile(definitions) {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single }
  });
  const file = project.createSourceFile("imported.ts", "");
  const builders = [...new Set(definitions.map((d) => d.builder))].sort();
  file.addImportDeclaration({ namedImports: builders, moduleSpecifier: "vigil" });
  definitions.forEach((d, i) => {
    const comments = d.comments.map((c) => `// ${c}
`).join("");
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: d.variable, initializer: `${d.builder}(${literal(d.props, 0)})` }],
      ...i > 0 || comments ? { leadingTrivia: `${i > 0 ? "\n" : ""}${comments}` } : {}
    });
  });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return `${HEADER}
${file.getFullText()}`;
}
var INLINE_MAX = 100;
function literal(value, depth) {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, depth + 1));
    const inline = `[${items.join(", ")}]`;
    return fits(inline, depth) ? inline : `[
${items.map((i) => `${pad(depth + 1)}${i},`).join("\n")}
${pad(depth)}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    if (entries.length === 0) return "{}";
    const props = entries.map(([k, v]) => `${propertyName(k)}: ${literal(v, depth + 1)}`);
    const inline = `{ ${props.join(", ")} }`;
    return depth > 0 && fits(inline, depth) ? inline : `{
${props.map((p) => `${pad(depth + 1)}${p},`).join("\n")}
${pad(depth)}}`;
  }
  throw new Error(`cannot write ${typeof value} as a literal`);
}
function fits(text2, depth) {
  return !text2.includes("\n") && text2.length + depth * 2 <= INLINE_MAX;
}
function pad(depth) {
  return "  ".repeat(depth);
}
function propertyName(key) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : stringLiteral(key);
}
function stringLiteral(text2) {
  if (text2.includes("\n") && !/[\r\u2028\u2029]/.test(text2)) {
    return `\`${text2.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\``;
  }
  const body = JSON.stringify(text2).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

// src/import/wire.ts
function asWireMonitor(body) {
  const { id, name, type, query } = body;
  if (typeof id !== "number" || typeof name !== "string" || typeof type !== "string" || typeof query !== "string") return void 0;
  const out = { id, name, type, query };
  if (typeof body.message === "string") out.message = body.message;
  if (Array.isArray(body.tags)) out.tags = body.tags.map(String);
  if (typeof body.options === "object" && body.options !== null) out.options = body.options;
  if (typeof body.priority === "number" || body.priority === null) out.priority = body.priority;
  if (Array.isArray(body.restricted_roles) || body.restricted_roles === null) out.restricted_roles = body.restricted_roles;
  return out;
}

// src/import/index.ts
var MAX_ROUNDS = 5;
function importMonitors(remotes, options = {}) {
  const taken = new Set(options.reserved ?? []);
  const sorted = [...remotes].sort((a, b) => a.id - b.id);
  const ids = sorted.map((m) => logicalIdFor(m.name, m.id, taken));
  const refs = new Map(options.owned ?? []);
  sorted.forEach((m, i) => refs.set(String(m.id), ids[i]));
  const drafts = sorted.map((m, i) => draftMonitor(m, ids[i], fileFor(m.tags ?? []), refs));
  const remoteIds = {};
  for (const [remote, logical] of refs) remoteIds[logical] = Number(remote);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const moved = errorsOf(drafts).filter(({ draft, error }) => error.path !== void 0 && untype(draft, error.path) || suppressLint(draft, error.code));
    if (moved.length === 0) break;
  }
  const problems = [];
  for (const draft of drafts) {
    const first = residue(draft.remote, compileMonitor(build2(draft.builder, draft.props)), remoteIds);
    if (Object.keys(first.overrides).length > 0) draft.props.overrides = first.overrides;
    const check = residue(draft.remote, compileMonitor(build2(draft.builder, draft.props)), remoteIds);
    const left = [...check.unavoidable, ...Object.keys(check.overrides).map((k) => `${k} still differs`)];
    for (const what of left) problems.push(`${label(draft)}: adoption would change ${what}`);
  }
  for (const { draft, error } of errorsOf(drafts)) problems.push(`${label(draft)}: vigil rejects it: ${error.message}`);
  const files = /* @__PURE__ */ new Map();
  for (const d of [...drafts].sort((a, b) => a.id < b.id ? -1 : 1)) files.set(d.file, [...files.get(d.file) ?? [], d]);
  const out = { files: [], monitors: [], problems };
  for (const [path, list4] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    const variables = /* @__PURE__ */ new Set();
    const definitions = list4.map((d) => ({
      variable: variableFor(d.id, variables),
      builder: d.builder,
      props: inPrintOrder(d.props),
      comments: d.notes
    }));
    out.files.push({ path, text: renderFile(definitions), ids: list4.map((d) => d.id) });
  }
  for (const d of drafts) {
    out.monitors.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: d.builder, overridden: Object.keys(d.props.overrides ?? {}) });
  }
  return out;
}
function errorsOf(drafts) {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return validate(drafts.map((d) => build2(d.builder, d.props))).diagnostics.filter((d) => d.severity === "error" && byId.has(d.id)).map((error) => ({ draft: byId.get(error.id), error }));
}
function label(d) {
  return `${d.id} (Datadog ${d.datadogId})`;
}

// ../../tmp/imp/p4.ts
var dir = "/work/shared/reality/monitors/integrations-extras";
var { sandbox, dd } = await sandboxWithClient();
for (const f of readdirSync(dir).sort()) {
  const def = JSON.parse(readFileSync3(join3(dir, f), "utf8")).definition;
  if (typeof def.options?.renotify_interval === "string") def.options.renotify_interval = Number(def.options.renotify_interval);
  await dd.monitors.createMonitor({ body: v15.ObjectSerializer.deserialize(def, "Monitor", "") });
}
var r = importMonitors((await readUnownedMonitors(dd)).map((x) => asWireMonitor(x.body)));
for (const f of r.files) console.log(f.text);
console.log(r.problems);
await sandbox.close();
