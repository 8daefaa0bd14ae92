// Formula-and-functions queries: the form of every monitor whose data is defined in `options.variables` (metric
// monitors over aggregate queries, RUM, CI, logs, cost, data jobs, data quality, …):
//
//   query   := 'formula' '(' string ')' ('.' method '(' args ')')* comparator number
//   formula := sum                                    (the text inside the string)
//   sum     := product (('+' | '-') product)*
//   product := unary (('*' | '/') unary)*
//   unary   := '-' unary | number | '(' sum ')' | name '(' fargs ')' | name
//
// e.g. `formula("query2 / query1 * 100").last("15m") >= 0.8`,
//      `formula("failed_runs(run_query)").by(job_name,workspace_name).last(10d) > 0` (unquoted words, as recorded),
//      `formula("exclude_null(query1)").last("7d").anomaly(direction="above", threshold=10) >= 5` (cost).
import type { ChainCall, FormulaArg, FormulaExpr, FormulaQuery } from './ast.ts';
import { type ChainSyntax, isDuration, literalText, parseChain, readLiteral } from './chain-parser.ts';
import { Ch, QuerySyntaxError, Scanner, type StringToken, isDigit, isIdentStart, isSpace } from './lexer.ts';
import { parseCondition } from './threshold.ts';

const EXAMPLE = 'formula("query1 / query2 * 100").last("5m") > 10';
/** Recorded formula chains write `name=value` arguments and unquoted words (`.by(job_name)`, `.last(10d)`). */
const FORMULA_CHAIN: ChainSyntax = { named: true, bareWords: true };

/** True when the query continues, after whitespace, with `formula(`. Moves only past the whitespace. */
export function atFormula(s: Scanner): boolean {
  s.skipSpace();
  const text = s.text;
  const i = s.pos;
  if (text.charCodeAt(i) !== 102 || !text.startsWith('formula', i)) return false;
  let j = i + 7;
  while (isSpace(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === Ch.LParen;
}

/** Parses `formula("…")…` at the cursor (see {@link atFormula}); `type` names the monitor type in messages. */
export function parseFormulaQuery(s: Scanner, type: string): FormulaQuery {
  s.skipSpace();
  const start = s.pos;
  s.readIdent();
  s.eat(Ch.LParen);
  s.skipSpace();
  const stringAt = s.pos;
  const str = s.readString();
  if (!str) s.fail(`expected the formula in quotes after "formula(", found ${s.found(stringAt)}`, stringAt, `e.g. ${EXAMPLE}`);
  const { expr, variables } = parseFormulaText(s.text, str, s.pos - 1);
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, 'after the formula string', 'the formula is one quoted string');

  const { calls, offsets } = parseChain(s, FORMULA_CHAIN);
  const groupBy: string[] = [];
  let windowCall: ChainCall | undefined;
  let window: string | undefined;
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (call.name === 'by') {
      noNamed(s, call);
      if (call.args.length === 0) s.fail('".by()" needs at least 1 group', call.offset, 'e.g. .by("service") or .by(service,env)');
      call.args.forEach((arg, k) => {
        const text = literalText(arg);
        if (text === undefined) s.fail(`expected a tag key as argument ${k + 1} of ".by(", found ${s.found(at[k])}`, at[k]);
        for (const group of text.split(',')) {
          const g = group.trim();
          if (g !== '' && g !== '*' && !groupBy.includes(g)) groupBy.push(g);
        }
      });
    } else if (call.name === 'last' || call.name === 'current') {
      noNamed(s, call);
      if (windowCall) {
        s.fail(`a formula query takes one evaluation window, found ".${windowCall.name}()" and ".${call.name}()"`, call.offset,
          `keep one, e.g. ${EXAMPLE}`);
      }
      const value = call.args.length === 1 && call.args[0] ? literalText(call.args[0]) : undefined;
      if (value === undefined || !isDuration(value)) {
        s.fail(`expected one window such as "5m", "1h" or "7d" in ".${call.name}(", found ${s.found(at[0] ?? call.offset)}`,
          at[0] ?? call.offset, `e.g. .${call.name}("5m")`);
      }
      windowCall = call;
      window = value;
    } else if (call.name === 'rollup') {
      noNamed(s, call);
      const method = call.args[0];
      if (method === undefined || literalText(method) === undefined) {
        s.fail(`expected the rollup method as argument 1 of ".rollup(", found ${s.found(at[0] ?? call.offset)}`,
          at[0] ?? call.offset, 'e.g. .rollup("sum")');
      }
    }
    // Other methods (`.anomaly(…)`, `.change(…)`, `.forecast(…)`, newer products' functions) take any literals.
  });
  if (window === undefined) {
    s.fail(`expected ".last("5m")" (the evaluation window) in the ${type} formula query, found ${s.found()}`, s.pos,
      `e.g. ${EXAMPLE}`);
  }
  const cond = parseCondition(s, start, true);
  if (!cond) s.fail(`expected a comparator such as ">" after "${s.since(start)}"`, s.pos);
  return {
    kind: 'formula', formula: str.value, expr, variables, calls, groupBy, window,
    comparator: cond.comparator, threshold: cond.threshold,
  };
}

function noNamed(s: Scanner, call: ChainCall): void {
  const first = call.named?.[0];
  if (first) s.fail(`".${call.name}()" takes no name=value arguments, found "${first.name}="`, call.offset);
}

/**
 * Parses the formula inside the string token `str` of `text` (its closing quote at `close`). Errors point into
 * `text`: offsets in the unescaped formula are mapped back through any backslash escapes.
 */
function parseFormulaText(text: string, str: StringToken, close: number): { expr: FormulaExpr; variables: string[] } {
  const parser = new FormulaParser(new Scanner(str.value));
  try {
    return { expr: parser.parse(), variables: parser.variables };
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    const raw = text.slice(str.offset + 1, close);
    throw new QuerySyntaxError(err.message, str.offset + 1 + rawOffset(raw, err.offset), err.hint);
  }
}

/** Offset in the written (escaped) string of the character at `offset` in its unescaped value. */
function rawOffset(raw: string, offset: number): number {
  let r = 0;
  for (let v = 0; v < offset && r < raw.length; v++) {
    // Only `\<quote>` and `\\` lose their backslash when read (Scanner.readString); other escapes stay as written.
    r += raw.charCodeAt(r) === Ch.Backslash && '"\'\\'.includes(raw[r + 1] ?? 'x') ? 2 : 1;
  }
  return r;
}

class FormulaParser {
  /** Query names read by the formula, in order of first use. */
  readonly variables: string[] = [];

  constructor(private readonly f: Scanner) {}

  parse(): FormulaExpr {
    const f: Scanner = this.f;
    f.skipSpace();
    if (f.atEnd()) f.fail('the formula is empty; expected query names joined by +, -, * or /', f.pos, `e.g. ${EXAMPLE}`);
    const e = this.sum();
    f.skipSpace();
    if (!f.atEnd()) {
      const c = f.peek();
      f.fail(c === Ch.RParen ? '")" in the formula has no matching "("' : `unexpected ${this.found()} in the formula`, f.pos,
        c === Ch.RParen ? undefined : 'join query names with +, -, * or /, e.g. query1 / query2 * 100');
    }
    return e;
  }

  private sum(): FormulaExpr {
    const f: Scanner = this.f;
    let left = this.product();
    for (;;) {
      f.skipSpace();
      const c = f.peek();
      if (c !== Ch.Plus && c !== Ch.Minus) return left;
      f.pos++;
      left = { kind: 'binary', op: c === Ch.Plus ? '+' : '-', left, right: this.product() };
    }
  }

  private product(): FormulaExpr {
    const f: Scanner = this.f;
    let left = this.unary();
    for (;;) {
      f.skipSpace();
      const c = f.peek();
      if (c !== Ch.Star && c !== Ch.Slash) return left;
      f.pos++;
      left = { kind: 'binary', op: c === Ch.Star ? '*' : '/', left, right: this.unary() };
    }
  }

  private unary(): FormulaExpr {
    const f: Scanner = this.f;
    f.skipSpace();
    f.enter(f.pos);
    let e: FormulaExpr;
    if (f.peek() === Ch.Minus) {
      const n = f.readNumber();
      if (n !== undefined) {
        e = { kind: 'number', value: n };
      } else {
        f.pos++;
        e = { kind: 'negate', operand: this.unary() };
      }
    } else {
      e = this.primary();
    }
    f.leave();
    return e;
  }

  private primary(): FormulaExpr {
    const f: Scanner = this.f;
    const at = f.pos;
    const c = f.peek();
    if (c === Ch.LParen) {
      f.pos++;
      const inner = this.sum();
      f.skipSpace();
      if (f.peek() !== Ch.RParen) {
        f.fail(`expected ")" to close the "(" at character ${at + 1} of the formula, found ${this.found()}`, f.pos,
          f.atEnd() ? 'every "(" needs a matching ")"' : 'join query names with +, -, * or /');
      }
      f.pos++;
      return { kind: 'paren', inner };
    }
    if (isDigit(c) || c === Ch.Dot) {
      const n = f.readNumber();
      if (n === undefined) f.fail(`expected a number in the formula, found ${this.found()}`, at);
      return { kind: 'number', value: n };
    }
    const name = f.readIdent();
    if (name === undefined) {
      f.fail(`expected a query name such as "query1", a number, a function or "(" in the formula, found ${this.found()}`, at,
        f.atEnd() ? 'an operator must be followed by another operand' : undefined);
    }
    f.skipSpace();
    if (f.peek() === Ch.LParen) return this.call(name, at);
    if (!this.variables.includes(name)) this.variables.push(name);
    return { kind: 'variable', name };
  }

  /** `name(args)`; the cursor is on `(`. */
  private call(name: string, at: number): FormulaExpr {
    const f: Scanner = this.f;
    f.pos++;
    const args: FormulaArg[] = [];
    if (f.eat(Ch.RParen)) return { kind: 'call', name, args };
    let sawNamed = false;
    for (;;) {
      f.skipSpace();
      const argAt = f.pos;
      const arg = this.argument(name);
      if (arg.name !== undefined) sawNamed = true;
      else if (sawNamed) f.fail(`positional argument after a named one in "${name}("`, argAt, 'put name=value arguments last');
      args.push(arg);
      if (f.eat(Ch.Comma)) continue;
      if (f.eat(Ch.RParen)) return { kind: 'call', name, args };
      f.fail(`expected "," or ")" in the arguments of "${name}(", found ${this.found()}`, f.pos,
        f.atEnd() ? `close the "(" at character ${at + name.length + 1} of the formula` : undefined);
    }
  }

  /** `'basic'`, `direction='above'` or a formula expression. */
  private argument(fn: string): FormulaArg {
    const f: Scanner = this.f;
    const c = f.peek();
    if (c === Ch.DQuote || c === Ch.SQuote) return { value: { kind: 'string', value: f.readString()?.value ?? '' } };
    if (isIdentStart(c)) {
      const save = f.pos;
      const word = f.readIdent() ?? '';
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
  private found(at = this.f.pos): string {
    let i = at;
    while (isSpace(this.f.text.charCodeAt(i))) i++;
    return i >= this.f.length ? 'the end of the formula' : this.f.found(at);
  }
}
