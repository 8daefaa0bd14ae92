// src/validate/query/lexer.ts
var QuerySyntaxError = class extends Error {
  constructor(message, offset, hint) {
    super(message);
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
  constructor(text) {
    this.text = text;
    this.length = text.length;
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
    const text = this.text;
    let i = this.pos;
    for (; ; ) {
      const c = text.charCodeAt(i);
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
    const text = this.text;
    if (!isIdentStart(text.charCodeAt(start))) return void 0;
    let i = start + 1;
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (isIdentPart(c) || c === extra) i++;
      else break;
    }
    this.pos = i;
    return text.slice(start, i);
  }
  /** Reads a decimal number with optional sign, fraction and exponent, or returns undefined. */
  readNumber() {
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
    if (i === digitsStart) return void 0;
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      if (text.charCodeAt(j) === Ch.Plus || text.charCodeAt(j) === Ch.Minus) j++;
      if (isDigit(text.charCodeAt(j))) {
        while (isDigit(text.charCodeAt(j))) j++;
        i = j;
      }
    }
    if (isIdentStart(text.charCodeAt(i))) return void 0;
    this.pos = i;
    return Number(text.slice(start, i));
  }
  /** Reads a `"…"` or `'…'` string with backslash escapes; fails on an unterminated string. */
  readString() {
    const open = this.peek();
    if (open !== Ch.DQuote && open !== Ch.SQuote) return void 0;
    const start = this.pos;
    let value = "";
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
  found(at = this.pos) {
    let i = at;
    while (i < this.length && isSpace(this.text.charCodeAt(i))) i++;
    if (i >= this.length) return "end of query";
    const text = this.text;
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (has(c, WORD)) {
      while (end < this.length && end - i < 24 && has(text.charCodeAt(end), WORD)) end++;
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      const close = text.indexOf(text[i] ?? "", i + 1);
      end = close < 0 ? Math.min(this.length, i + 24) : Math.min(close + 1, i + 24);
    } else if ("<>=!&|".includes(text[i] ?? "")) {
      while (end < this.length && end - i < 3 && "<>=!&|".includes(text[end] ?? "")) end++;
    }
    return JSON.stringify(text.slice(i, end));
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
  fail(message, offset = this.pos, hint) {
    throw new QuerySyntaxError(message, offset, hint);
  }
};

// src/validate/query/balance.ts
var CLOSER = { [Ch.LParen]: Ch.RParen, [Ch.LBrace]: Ch.RBrace, 91: 93 };
var OPENER = { [Ch.RParen]: Ch.LParen, [Ch.RBrace]: Ch.LBrace, 93: 91 };
function checkBalanced(text) {
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.DQuote || c === Ch.SQuote) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== c) j += text.charCodeAt(j) === Ch.Backslash ? 2 : 1;
      if (j >= text.length) {
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
      if (CLOSER[text.charCodeAt(open2)] !== c) {
        const expected = String.fromCharCode(CLOSER[text.charCodeAt(open2)] ?? 0);
        throw new QuerySyntaxError(`expected "${expected}" to close "${text[open2]}" at offset ${open2}, found "${ch}"`, i);
      }
    }
  }
  const open = stack.pop();
  if (open !== void 0) {
    throw new QuerySyntaxError(
      `"${text[open]}" at offset ${open} is never closed`,
      open,
      `add the matching "${String.fromCharCode(CLOSER[text.charCodeAt(open)] ?? 0)}"`
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
      const valueAt = s.pos;
      const value = readLiteral(s, syntax.bareWords);
      if (!value) s.fail(`expected a value after "${lit.name}=" in ".${method}(", found ${s.found(valueAt)}`, valueAt);
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
function isDuration(text) {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === 0) return false;
  const unit = text.slice(i);
  return unit === "s" || unit === "m" || unit === "h" || unit === "d" || unit === "w" || unit === "mo";
}

// src/validate/query/formula-parser.ts
var EXAMPLE = 'formula("query1 / query2 * 100").last("5m") > 10';
var FORMULA_CHAIN = { named: true, bareWords: true };
function atFormula(s) {
  s.skipSpace();
  const text = s.text;
  const i = s.pos;
  if (text.charCodeAt(i) !== 102 || !text.startsWith("formula", i)) return false;
  let j = i + 7;
  while (isSpace(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === Ch.LParen;
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
        const text = literalText(arg);
        if (text === void 0) s.fail(`expected a tag key as argument ${k + 1} of ".by(", found ${s.found(at[k])}`, at[k]);
        for (const group of text.split(",")) {
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
function parseFormulaText(text, str, close) {
  const parser = new FormulaParser(new Scanner(str.value));
  try {
    return { expr: parser.parse(), variables: parser.variables };
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    const raw = text.slice(str.offset + 1, close);
    throw new QuerySyntaxError(err.message, str.offset + 1 + rawOffset(raw, err.offset), err.hint);
  }
}
function rawOffset(raw, offset) {
  let r = 0;
  for (let v = 0; v < offset && r < raw.length; v++) {
    r += raw.charCodeAt(r) === Ch.Backslash && `"'\\`.includes(raw[r + 1] ?? "x") ? 2 : 1;
  }
  return r;
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
        const valueAt = f.pos;
        const value = readLiteral(f);
        if (!value) f.fail(`expected a value after "${word}=" in "${fn}(", found ${this.found(valueAt)}`, valueAt);
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
    const text = s.text;
    if (end > s.length || !isTagEnd(text.charCodeAt(end))) return false;
    if ((text.charCodeAt(start) | 32) !== (kw.charCodeAt(0) | 32)) return false;
    if (keywordOf(text.slice(start, end)) !== kw) return false;
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
function isAmount(text) {
  let i = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || Number(text.slice(0, i)) === 0) return false;
  const unit = text.slice(i);
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
        const valueAt = s.pos;
        const value = readLiteral(s);
        if (!value) s.fail(`expected a value after "${word}=" in "${fn}(", found ${s.found(valueAt)}`, valueAt);
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
  const id = s.readString();
  if (!id) s.fail(`expected the SLO id in quotes after "${measure}(", found ${s.found(idAt)}`, idAt, `e.g. ${example}`);
  const slo = id.value.trim();
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

// ../../tmp/imp/p2.ts
for (const [t, q] of [["log alert", 'logs("*").index("*").rollup("avg", "@bottomline.mainframe.activity.resource.duration").by("@bottomline.mainframe.activity.resource.code").last("5m") > 1000000000'], ["event-v2 alert", 'events("status:error source:seagence").rollup("count").last("5m") > 0'], ["service check", '"downdetector".over("*").by("company").last(2).count_by_status()'], ["composite", "123 && !(456 || ${abc})"]])
  console.log(JSON.stringify(parseQuery(t, q)));
