// Method chains such as `.over("env:prod").by("host").last(2)`, shared by the search, service check, SLO and
// formula families, and the literal argument lists of metric methods (`.rollup(sum, 60)`). Formula chains are read
// more loosely (ChainSyntax): Datadog's own recorded queries write `.by(job_name)`, `.last(10d)`, `.anomaly(a="b")`.
import type { ChainCall, Literal, NamedArg } from './ast.ts';
import { Ch, type Scanner, isDigit, isIdentPart, isSpace } from './lexer.ts';

export interface ParsedArgs {
  args: Literal[];
  /** Offset of each argument, parallel to `args`. */
  offsets: number[];
  /** `name=value` arguments, when the chain takes them and some are written. */
  named?: NamedArg[];
}

/** How loosely a chain reads its arguments. Search, service check and SLO chains take neither; formula chains both. */
export interface ChainSyntax {
  /** Accept `name=value` arguments, as in `.anomaly(direction="above", threshold=10)`. */
  named?: boolean;
  /** Accept unquoted words such as the duration in `.last(10d)` or the tag keys in `.by(job_name,@git.branch)`. */
  bareWords?: boolean;
}

const STRICT: ChainSyntax = {};

/** Reads one string, number or bare word, or returns undefined without moving. */
export function readLiteral(s: Scanner, bareWords = false): Literal | undefined {
  s.skipSpace();
  const str = s.readString();
  if (str) return { kind: 'string', value: str.value };
  const n = s.readNumber();
  if (n !== undefined) return { kind: 'number', value: n };
  if (bareWords) {
    const start = s.pos;
    while (isBareWordPart(s.peek())) s.pos++;
    return s.pos > start ? { kind: 'ident', name: s.text.slice(start, s.pos) } : undefined;
  }
  const name = s.readIdent();
  if (name !== undefined) return { kind: 'ident', name };
  return undefined;
}

/** Letters, digits, `_` and the punctuation of tag keys and durations: `@`, `.`, `:`, `-`, `/`, `*`. */
function isBareWordPart(c: number): boolean {
  return isIdentPart(c) || c === 64 || c === Ch.Dot || c === Ch.Colon || c === Ch.Minus || c === Ch.Slash || c === Ch.Star;
}

/** Reads `a, "b", 3)`: the cursor is just past `(` of the method `.<method>(`. */
export function parseLiteralArgs(s: Scanner, method: string, syntax: ChainSyntax = STRICT): ParsedArgs {
  const args: Literal[] = [];
  const offsets: number[] = [];
  let named: NamedArg[] | undefined;
  if (s.eat(Ch.RParen)) return { args, offsets };
  for (;;) {
    s.skipSpace();
    const at = s.pos;
    const lit = readLiteral(s, syntax.bareWords);
    if (!lit) {
      const call = `.${method}(`;
      if (s.atEnd()) s.fail(`expected ")" to close "${call}", found end of query`, at, 'every "(" needs a matching ")"');
      s.fail(`expected a quoted string, a number or a word as an argument of "${call}", found ${s.found()}`, at,
        isDigit(s.peek()) ? `quote durations, e.g. ${call}"5m")` : undefined);
    }
    if (syntax.named && lit.kind === 'ident' && atAssign(s)) {
      s.skipSpace();
      s.pos++;
      s.skipSpace();
      const valueAt = s.pos;
      const value = readLiteral(s, syntax.bareWords);
      if (!value) s.fail(`expected a value after "${lit.name}=" in ".${method}(", found ${s.found(valueAt)}`, valueAt);
      named ??= [];
      if (named.some((n) => n.name === lit.name)) s.fail(`"${lit.name}=" appears twice in ".${method}("`, at);
      named.push({ name: lit.name, value });
    } else if (named !== undefined) {
      s.fail(`positional argument after a named one in ".${method}("`, at, 'put name=value arguments last');
    } else {
      args.push(lit);
      offsets.push(at);
    }
    if (s.eat(Ch.Comma)) continue;
    if (s.eat(Ch.RParen)) return named === undefined ? { args, offsets } : { args, offsets, named };
    s.fail(`expected "," or ")" after an argument of ".${method}(", found ${s.found()}`, s.pos,
      s.atEnd() ? 'every "(" needs a matching ")"' : undefined);
  }
}

/** True when the next non-space character is a single `=` (not `==`). */
function atAssign(s: Scanner): boolean {
  let i = s.pos;
  while (isSpace(s.text.charCodeAt(i))) i++;
  return s.text.charCodeAt(i) === Ch.Eq && s.text.charCodeAt(i + 1) !== Ch.Eq;
}

/** Reads `.name(args)` calls until the next character is not `.`. */
export function parseChain(s: Scanner, syntax: ChainSyntax = STRICT): { calls: ChainCall[]; offsets: number[][] } {
  const calls: ChainCall[] = [];
  const offsets: number[][] = [];
  while (s.eat(Ch.Dot)) {
    s.skipSpace();
    const at = s.pos;
    const name = s.readIdent();
    if (name === undefined) s.fail(`expected a method name after ".", found ${s.found()}`, at);
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after ".${name}"`, `call it: .${name}(…)`);
    const parsed = parseLiteralArgs(s, name, syntax);
    const call: ChainCall = { name, args: parsed.args, offset: at };
    if (parsed.named !== undefined) call.named = parsed.named;
    calls.push(call);
    offsets.push(parsed.offsets);
  }
  return { calls, offsets };
}

/** The string value of a literal, or undefined when it is a number. */
export function literalText(lit: Literal): string | undefined {
  return lit.kind === 'string' ? lit.value : lit.kind === 'ident' ? lit.name : undefined;
}

/** Fails unless every argument of `call` is a quoted string; returns their values. */
export function stringArgs(s: Scanner, call: ChainCall, offsets: readonly number[], min: number, max = Infinity): string[] {
  const values: string[] = [];
  call.args.forEach((arg, i) => {
    if (arg.kind !== 'string') {
      s.fail(`expected a quoted string as argument ${i + 1} of ".${call.name}(", found ${s.found(offsets[i])}`,
        offsets[i], `quote it: .${call.name}("…")`);
    }
    values.push(arg.value);
  });
  if (values.length < min) {
    s.fail(`".${call.name}()" needs at least ${min} argument${min === 1 ? '' : 's'}, found ${values.length}`, call.offset);
  }
  if (values.length > max) {
    s.fail(`".${call.name}()" takes at most ${max} argument${max === 1 ? '' : 's'}, found ${values.length}`,
      offsets[max] ?? call.offset);
  }
  return values;
}

/** `5m`, `1h`, `2d`, `1w`, `1mo` — the durations search and SLO chains take. */
export function isDuration(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === 0) return false;
  const unit = text.slice(i);
  return unit === 's' || unit === 'm' || unit === 'h' || unit === 'd' || unit === 'w' || unit === 'mo';
}
