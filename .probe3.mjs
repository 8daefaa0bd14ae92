// ../../tmp/imp/p3.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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
    const ref = s.text.slice(start, s.pos);
    if (s.peek() !== Ch.RBrace) {
      s.fail(
        `expected "}" to close the reference opened at offset ${at}, found ${s.found()}`,
        s.pos,
        "a reference reads ${logical-id}"
      );
    }
    if (ref === "") s.fail('empty reference "${}"; expected a logical id such as ${checkout-errors}', at);
    s.pos++;
    if (!this.refs.includes(ref)) this.refs.push(ref);
    return ref;
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
      const call = `.${method}(`;
      if (s.atEnd()) s.fail(`expected ")" to close "${call}", found end of query`, at, 'every "(" needs a matching ")"');
      s.fail(
        `expected a quoted string, a number or a word as an argument of "${call}", found ${s.found()}`,
        at,
        isDigit(s.peek()) ? `quote durations, e.g. ${call}"5m")` : void 0
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
    const call = { name, args: parsed.args, offset: at };
    if (parsed.named !== void 0) call.named = parsed.named;
    calls.push(call);
    offsets.push(parsed.offsets);
  }
  return { calls, offsets };
}
function literalText(lit) {
  return lit.kind === "string" ? lit.value : lit.kind === "ident" ? lit.name : void 0;
}
function stringArgs(s, call, offsets, min, max = Infinity) {
  const values = [];
  call.args.forEach((arg, i) => {
    if (arg.kind !== "string") {
      s.fail(
        `expected a quoted string as argument ${i + 1} of ".${call.name}(", found ${s.found(offsets[i])}`,
        offsets[i],
        `quote it: .${call.name}("\u2026")`
      );
    }
    values.push(arg.value);
  });
  if (values.length < min) {
    s.fail(`".${call.name}()" needs at least ${min} argument${min === 1 ? "" : "s"}, found ${values.length}`, call.offset);
  }
  if (values.length > max) {
    s.fail(
      `".${call.name}()" takes at most ${max} argument${max === 1 ? "" : "s"}, found ${values.length}`,
      offsets[max] ?? call.offset
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
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (call.name === "by") {
      noNamed(s, call);
      if (call.args.length === 0) s.fail('".by()" needs at least 1 group', call.offset, 'e.g. .by("service") or .by(service,env)');
      call.args.forEach((arg, k) => {
        const text2 = literalText(arg);
        if (text2 === void 0) s.fail(`expected a tag key as argument ${k + 1} of ".by(", found ${s.found(at[k])}`, at[k]);
        for (const group of text2.split(",")) {
          const g = group.trim();
          if (g !== "" && g !== "*" && !groupBy.includes(g)) groupBy.push(g);
        }
      });
    } else if (call.name === "last" || call.name === "current") {
      noNamed(s, call);
      if (windowCall) {
        s.fail(
          `a formula query takes one evaluation window, found ".${windowCall.name}()" and ".${call.name}()"`,
          call.offset,
          `keep one, e.g. ${EXAMPLE}`
        );
      }
      const value = call.args.length === 1 && call.args[0] ? literalText(call.args[0]) : void 0;
      if (value === void 0 || !isDuration(value)) {
        s.fail(
          `expected one window such as "5m", "1h" or "7d" in ".${call.name}(", found ${s.found(at[0] ?? call.offset)}`,
          at[0] ?? call.offset,
          `e.g. .${call.name}("5m")`
        );
      }
      windowCall = call;
      window = value;
    } else if (call.name === "rollup") {
      noNamed(s, call);
      const method = call.args[0];
      if (method === void 0 || literalText(method) === void 0) {
        s.fail(
          `expected the rollup method as argument 1 of ".rollup(", found ${s.found(at[0] ?? call.offset)}`,
          at[0] ?? call.offset,
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
function noNamed(s, call) {
  const first = call.named?.[0];
  if (first) s.fail(`".${call.name}()" takes no name=value arguments, found "${first.name}="`, call.offset);
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
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (call.name === "by") {
      for (const value of stringArgs(s, call, at, 1)) {
        for (const group of value.split(",")) {
          const g = group.trim();
          if (g !== "" && g !== "*") query.groupBy.push(g);
        }
      }
    } else if (call.name === "last" && (strict || call.args[0]?.kind === "string")) {
      const [window] = stringArgs(s, call, at, 1, 1);
      if (window === void 0 || !isDuration(window)) {
        s.fail(
          `expected a window such as "5m", "1h" or "1d" in ".last(", found ${s.found(at[0])}`,
          at[0],
          'e.g. .last("5m")'
        );
      }
      query.window = window;
    } else if (strict && (call.name === "rollup" || call.name === "index" || call.name === "over" || call.name === "exclude")) {
      stringArgs(s, call, at, 1);
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
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (counted) s.fail(`".count_by_status()" must end the query, found ".${call.name}(" after it`, call.offset);
    switch (call.name) {
      case "over":
        query.over.push(...stringArgs(s, call, at, 1));
        break;
      case "exclude":
        query.exclude.push(...stringArgs(s, call, at, 1));
        break;
      case "by":
        query.by.push(...stringArgs(s, call, at, 1));
        break;
      case "last": {
        const n = call.args[0];
        if (call.args.length !== 1 || n?.kind !== "number" || !Number.isInteger(n.value) || n.value < 1) {
          s.fail(
            `expected ".last(<n>)" with a whole number of check runs, found ${s.found(at[0] ?? call.offset)}`,
            at[0] ?? call.offset,
            "e.g. .last(2)"
          );
        }
        query.last = n.value;
        sawLast = true;
        break;
      }
      case "count_by_status":
        if (call.args.length > 0) s.fail('".count_by_status()" takes no arguments', at[0] ?? call.offset);
        counted = true;
        break;
      default:
        s.fail(
          `unknown method ".${call.name}()" in a service check query; expected over, exclude, by, last or count_by_status`,
          call.offset,
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
  const id2 = s.readString();
  if (!id2) s.fail(`expected the SLO id in quotes after "${measure}(", found ${s.found(idAt)}`, idAt, `e.g. ${example}`);
  const slo = id2.value.trim();
  if (slo === "") s.fail(`the SLO id in "${measure}(" is empty`, idAt, `e.g. ${example}`);
  let ref;
  if (slo.startsWith("${")) {
    if (!slo.endsWith("}") || slo.length === 3) {
      s.fail(`expected a reference such as "\${checkout-availability}" in "${measure}(", found ${s.found(idAt)}`, idAt);
    }
    ref = slo.slice(2, -1);
  }
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the SLO id`, "the SLO id is one quoted string");
  const { calls, offsets } = parseChain(s);
  const windows = {};
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    const name = call.name;
    if (name !== "over" && name !== "long_window" && name !== "short_window") {
      s.fail(
        `unknown method ".${name}()" in an SLO alert query; expected ${measure === "burn_rate" ? "over, long_window or short_window" : "over"}`,
        call.offset,
        `e.g. ${example}`
      );
    }
    if (name !== "over" && measure === "error_budget") {
      s.fail(`".${name}()" applies to burn_rate alerts only`, call.offset, `e.g. ${EXAMPLES.error_budget}`);
    }
    if (windows[name] !== void 0) s.fail(`".${name}()" appears twice`, call.offset);
    const [value] = stringArgs(s, call, at, 1, 1);
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
  if (ref !== void 0) ast.ref = ref;
  if (windows.long_window !== void 0) ast.longWindow = windows.long_window;
  if (windows.short_window !== void 0) ast.shortWindow = windows.short_window;
  return { ast, refs: ref === void 0 ? [] : [ref] };
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
  const validate2 = compiled()[def.kind];
  if (!validate2 || validate2(def)) return [];
  return (validate2.errors ?? []).filter(notNoise).map((err) => toDiagnostic(def, err));
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
function valueAt(root, pointer) {
  let v = root;
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

// src/ir/source.ts
function formatLocation(loc) {
  if (!loc) return "<unknown>:0:0";
  return `${loc.file}:${loc.line}:${loc.col}`;
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
    const list = seen.get(def.id) ?? [];
    list.push(def);
    seen.set(def.id, list);
  }
  for (const [id2, defs2] of seen) {
    if (defs2.length < 2) continue;
    for (const def of defs2) {
      const others = defs2.filter((d) => d !== def).map((d) => formatLocation(d.source)).join(", ");
      out.push(problem(
        def,
        "/id",
        "duplicate-id",
        `logical id "${id2}" is also defined at ${others}`,
        "every monitor and SLO needs its own id; rename one of them"
      ));
    }
  }
  return out;
}
function suggestId(id2) {
  return id2.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || "my-monitor";
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
  for (const ref of parsed.refs) {
    const target = ctx.byId.get(ref);
    if (ref === def.id) {
      out.push(problem(
        def,
        "/query",
        "reference-self",
        `the query refers to this monitor itself ("\${${ref}}")`,
        "a composite combines other monitors"
      ));
    } else if (!target) {
      const guess = closest(ref, [...ctx.byId.keys()]);
      out.push(problem(
        def,
        "/query",
        "reference-unknown",
        `the query refers to "\${${ref}}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a ${wanted} with id "${ref}"`
      ));
    } else if (target.kind !== wanted) {
      out.push(problem(def, "/query", "reference-kind", `"\${${ref}}" is a ${target.kind}, but a ${def.type} refers to ${wanted}s`));
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
  const ok = (v, limit) => above ? v < limit : v > limit;
  const sign = above ? "\u2265" : "\u2264";
  if (t.warning !== void 0 && !ok(t.warning, critical)) {
    out.push(problem(
      def,
      `${T}/warning`,
      "threshold-order",
      `"thresholds.warning" must be ${before} "thresholds.critical" for comparator "${comparator}" (got ${t.warning} ${sign} ${critical})`,
      `a warning fires before the alert: swap them, or move the warning ${before} ${critical}`
    ));
  }
  if (t.criticalRecovery !== void 0 && !ok(t.criticalRecovery, critical)) {
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
    } else if (!ok(t.warningRecovery, t.warning)) {
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
    for (const id2 of Object.keys(suppressed)) {
      if (!RULE_IDS.has(id2)) {
        out.push(diag(
          def,
          "lint-suppress-unknown",
          "warning",
          `"suppress" names "${id2}", which is not a lint rule`,
          `/suppress/${id2}`,
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
  const bad = aggregations(parsed.ast.expr).filter((a) => a !== "sum");
  if (bad.length) {
    return problem(
      def,
      path,
      "slo-query",
      `"${field}" aggregates with "${bad[0]}:"; a metric SLO counts events, and Datadog only accepts the "sum" aggregator there`,
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
  def.monitors.forEach((ref, i) => {
    const target = byId.get(ref);
    const at = `/monitors/${i}`;
    if (!target) {
      const guess = closest(ref, [...byId.keys()]);
      out.push(problem(
        def,
        at,
        "reference-unknown",
        `"monitors[${i}]" refers to "${ref}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a monitor with id "${ref}"`
      ));
    } else if (target.kind !== "monitor") {
      out.push(problem(def, at, "reference-kind", `"monitors[${i}]" refers to "${ref}", which is a ${target.kind}; a monitor SLO counts monitors`));
    } else if (hasAlerts && !METRIC_MONITOR_TYPES.has(target.type)) {
      out.push(problem(
        def,
        at,
        "slo-monitor-type",
        `burn-rate and error-budget alerts need a monitor SLO made only of metric monitors, but "${ref}" is a ${target.type} monitor`,
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
    } else if (isObject(value) && fieldsOf(field) && !WIRE_SHAPED2.has(camel)) {
      const inner = split(value, field);
      if (Object.keys(inner.typed).length > 0 || Object.keys(inner.rest).length === 0) out.typed[camel] = inner.typed;
      if (Object.keys(inner.rest).length > 0) out.rest[key] = inner.rest;
    } else {
      out.typed[camel] = value;
    }
  }
  return out;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function sameJson(a, b) {
  return canonical(a) === canonical(b);
}
function canonical(v) {
  return JSON.stringify(v, (_, x) => isObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : x);
}

// src/import/builders.ts
var BUILDERS = { metricAlert, serviceCheck, logAlert, eventAlert, compositeMonitor, monitor };
function build(builder, props) {
  return BUILDERS[builder](props);
}
function chooseBuilder(type, query, refs, thresholds) {
  const parsed = parseQuery(type, query);
  if (type === "composite") {
    const when = query.replace(/\b\d+\b/g, (id2) => refs.has(id2) ? `\${${refs.get(id2)}}` : id2);
    return { builder: "compositeMonitor", props: { when } };
  }
  if (!parsed.ok) return raw(type, query);
  if (type === "query alert" || type === "metric alert") {
    return { builder: "metricAlert", props: { query }, ...parsed.threshold !== void 0 ? { queryThreshold: parsed.threshold } : {} };
  }
  const ast = parsed.ast;
  const typed = ast.kind === "service-check" ? serviceCheckProps(ast) : ast.kind === "search" && ast.source === "logs" && type === "log alert" ? searchProps("logAlert", ast) : ast.kind === "search" && ast.source === "events" && type === "event-v2 alert" ? searchProps("eventAlert", ast) : void 0;
  if (!typed || !reproduces(typed, query, thresholds)) return raw(type, query);
  return typed;
}
function raw(type, query) {
  return { builder: "monitor", props: { type, query } };
}
function reproduces(choice, query, thresholds) {
  const props = { id: "probe", name: "probe", message: "probe", ...choice.props, thresholds: withoutDefaults(choice, thresholds) };
  try {
    const def = build(choice.builder, props);
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
function draftMonitor(remote, id2, file, refs) {
  const { thresholds = {}, ...options } = splitOptions(remote.options ?? {}).typed;
  const choice = chooseBuilder(remote.type, remote.query, refs, thresholds);
  const notes = [];
  const name = remote.name.trim() || `Monitor ${remote.id}`;
  const props = { id: id2, name, ...choice.props };
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
  return { datadogId: remote.id, id: id2, file, builder: choice.builder, props, remote, notes };
}
function untype(draft, path) {
  const [, root, key, sub2] = path.split("/");
  if (root !== "options" || !key) return false;
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
  let id2 = base;
  for (let n = 2; taken.has(id2); n++) id2 = `${base}-${n}`;
  taken.add(id2);
  return id2;
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

// src/plan/references.ts
var REF = /\$\{([a-z0-9.-]+)\}/g;
function resolveReferences(query, ids) {
  const missing = [];
  const out = query.replace(REF, (whole, id2) => {
    const remote = ids[id2];
    if (remote === void 0) {
      missing.push(id2);
      return whole;
    }
    return String(remote);
  });
  return { query: out, missing };
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
  const options = optionResidue(remote.options ?? {}, stored(isObject(sent.options) ? sent.options : {}), out.unavoidable);
  if (Object.keys(options).length > 0) out.overrides.options = options;
  return out;
}
function stored(sent) {
  const out = { ...sent };
  if (isObject(out.thresholds)) {
    out.thresholds = Object.fromEntries(Object.entries(out.thresholds).filter(([, v]) => v !== null));
  }
  for (const [key, value] of Object.entries(SERVER_DEFAULTS)) if (!(key in out)) out[key] = value;
  return out;
}
function optionResidue(have, will, unavoidable) {
  const out = {};
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(have), ...Object.keys(will)])].sort()) {
    if (sameJson(have[key], will[key])) continue;
    if (key === "thresholds" && isObject(have[key]) && isObject(will[key])) {
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
  for (const d of definitions) {
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: d.variable, initializer: `${d.builder}(${literal(d.props, 0)})` }],
      ...d.comments.length ? { leadingTrivia: `${d.comments.map((c) => `// ${c}`).join("\n")}
` } : {}
    });
  }
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

// src/import/index.ts
var MAX_ROUNDS = 5;
function importMonitors(remotes2, options = {}) {
  const taken = new Set(options.reserved ?? []);
  const sorted = [...remotes2].sort((a, b) => a.id - b.id);
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
    const first = residue(draft.remote, compileMonitor(build(draft.builder, draft.props)), remoteIds);
    if (Object.keys(first.overrides).length > 0) draft.props.overrides = first.overrides;
    const check = residue(draft.remote, compileMonitor(build(draft.builder, draft.props)), remoteIds);
    const left = [...check.unavoidable, ...Object.keys(check.overrides).map((k) => `${k} still differs`)];
    for (const what of left) problems.push(`${label(draft)}: adoption would change ${what}`);
  }
  for (const { draft, error } of errorsOf(drafts)) problems.push(`${label(draft)}: vigil rejects it: ${error.message}`);
  const files = /* @__PURE__ */ new Map();
  for (const d of [...drafts].sort((a, b) => a.id < b.id ? -1 : 1)) files.set(d.file, [...files.get(d.file) ?? [], d]);
  const out = { files: [], monitors: [], problems };
  for (const [path, list] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    const variables = /* @__PURE__ */ new Set();
    const definitions = list.map((d) => ({
      variable: variableFor(d.id, variables),
      builder: d.builder,
      props: inPrintOrder(d.props),
      comments: d.notes
    }));
    out.files.push({ path, text: renderFile(definitions), ids: list.map((d) => d.id) });
  }
  for (const d of drafts) {
    out.monitors.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: d.builder, overridden: Object.keys(d.props.overrides ?? {}) });
  }
  return out;
}
function errorsOf(drafts) {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return validate(drafts.map((d) => build(d.builder, d.props))).diagnostics.filter((d) => d.severity === "error" && byId.has(d.id)).map((error) => ({ draft: byId.get(error.id), error }));
}
function label(d) {
  return `${d.id} (Datadog ${d.datadogId})`;
}

// ../../tmp/imp/p3.ts
var dir = "/work/shared/reality/monitors/integrations-extras";
var id = 1e3;
var remotes = readdirSync(dir).sort().map((f) => {
  const d = JSON.parse(readFileSync(join(dir, f), "utf8")).definition;
  return { ...d, id: id++, options: { notify_no_data: false, notify_audit: false, new_host_delay: 300, include_tags: true, silenced: {}, ...d.options } };
});
var r = importMonitors(remotes);
for (const f of r.files) console.log("=====", f.path, "\n" + f.text);
console.log(r.problems);
console.log(r.monitors.map((m) => `${m.id} ${m.builder} ${m.overridden}`).join("\n"));
