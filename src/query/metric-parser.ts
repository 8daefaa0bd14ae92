// Metric monitor queries (`metric alert`, `query alert`):
//
//   query   := time ':' expr comparator number ['by' groups]
//   time    := agg '(' window ')' | ('change' | 'pct_change') '(' agg '(' window ')' ',' shift ')'
//   expr    := product (('+' | '-') product)*
//   product := unary (('*' | '/') unary)*
//   unary   := ('-' | '+') unary | number | '(' expr ')' | name '(' args ')' | term
//   args    := arg (',' arg)*   arg := expr | string | word | name '=' literal | groups (multilayer.ts)
//   term    := [space_agg ':'] metric scope ['by' groups] ('.' method '(' literals ')')* ['by' groups]
import type {
  FunctionArg, MethodCall, MetricExpr, MetricQuery, MetricTerm, TimeAggregation,
} from './ast.ts';
import { parseLiteralArgs, readLiteral } from './chain-parser.ts';
import { checkFunction, checkMethod } from './functions.ts';
import { Ch, type Scanner, isDigit, isIdentPart, isIdentStart } from './lexer.ts';
import { isPercentile, isSpaceLayer, rejectGroupList } from './multilayer.ts';
import { atBy, parseGroupBy, parseScope } from './scope-parser.ts';
import { expectEnd, parseCondition } from './threshold.ts';

const TIME_AGGREGATIONS = new Set(['avg', 'sum', 'min', 'max', 'percentile']);
const SPACE_AGGREGATIONS = new Set(['avg', 'sum', 'min', 'max', 'count']);
const WINDOW_HINT = 'windows look like last_<n><unit> with unit m, h, d, w or mo, e.g. last_5m, last_1h, current_1mo';

export function parseMetricQuery(s: Scanner): MetricQuery {
  s.skipSpace();
  const start = s.pos;
  const time = parseTimeAggregation(s);
  if (!s.eat(Ch.Colon)) {
    s.missing(Ch.Colon, `after "${s.since(start)}"`, 'a metric query reads <time aggregation>(<window>):<metric expression>');
  }
  const expr = parseExpr(s);
  const cond = parseCondition(s, 'the metric expression', true, atBy);
  const query: MetricQuery = cond ? { kind: 'metric', time, expr, comparator: cond.comparator, threshold: cond.threshold } : { kind: 'metric', time, expr };
  // `… > 0.9 by {host}`: an older spelling Datadog still accepts and ships in integration monitors; the groups apply
  // to the whole query. Kept where it was written, so the query prints back as Datadog has it.
  if (cond && atBy(s)) {
    s.pos += 2;
    query.trailingGroupBy = parseGroupBy(s);
    expectEnd(s, `"by {${query.trailingGroupBy.join(',')}}"`);
  }
  return query;
}

function parseTimeAggregation(s: Scanner): TimeAggregation {
  const start = s.pos;
  const name = s.readIdent();
  if (name === undefined) {
    s.fail(`expected a time aggregation such as "avg(last_5m):" at the start of the query, found ${s.found()}`, start,
      'a metric query starts with avg, sum, min, max or percentile and a window, e.g. avg(last_5m):');
  }
  if (name === 'change' || name === 'pct_change') {
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${name}"`, `e.g. ${name}(avg(last_5m),last_1h):`);
    s.skipSpace();
    const innerAt = s.pos;
    const aggregation = s.readIdent();
    if (aggregation === undefined || !TIME_AGGREGATIONS.has(aggregation)) {
      s.fail(`expected a time aggregation such as "avg(last_5m)" after "${name}(", found ${s.found(innerAt)}`, innerAt,
        `e.g. ${name}(avg(last_5m),last_1h):`);
    }
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${s.since(start)}"`);
    const window = readWindow(s, start);
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the window "${window}"`);
    if (!s.eat(Ch.Comma)) s.missing(Ch.Comma, `after "${s.since(start)}"`, `the change window follows, e.g. ${name}(avg(last_5m),last_1h):`);
    const shift = readWindow(s, start, true);
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the change window "${shift}"`);
    return { kind: 'change', change: name, aggregation, window, shift };
  }
  if (!TIME_AGGREGATIONS.has(name)) {
    s.fail(`unknown time aggregation "${name}"; expected avg, sum, min, max, percentile, change or pct_change`, start);
  }
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${name}"`, `write the window in parentheses, e.g. ${name}(last_5m):`);
  const window = readWindow(s, start);
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the window "${window}"`);
  return { kind: 'window', aggregation: name, window };
}

/** `last_5m`, `current_1mo`, `next_2w`; with `shift`, also `5m_ago`. `start` is where the time aggregation began. */
function readWindow(s: Scanner, start: number, shift = false): string {
  s.skipSpace();
  const at = s.pos;
  while (isIdentPart(s.peek())) s.pos++;
  const word = s.text.slice(at, s.pos);
  if (!isWindow(word, shift)) {
    s.pos = at;
    s.fail(`expected a time window such as "last_5m" after "${s.since(start)}", found ${s.found(at)}`, at,
      shift ? `${WINDOW_HINT}; the change window may also read 5m_ago` : WINDOW_HINT);
  }
  return word;
}

function isWindow(word: string, shift: boolean): boolean {
  const sep = word.indexOf('_');
  if (sep < 0) return false;
  const head = word.slice(0, sep);
  const tail = word.slice(sep + 1);
  if (head === 'last' || head === 'current' || head === 'next') return isAmount(tail);
  return shift && tail === 'ago' && isAmount(head);
}

/** `5m`, `12h`, `1mo` with a positive whole amount. */
function isAmount(text: string): boolean {
  let i = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || Number(text.slice(0, i)) === 0) return false;
  const unit = text.slice(i);
  return unit === 'm' || unit === 'h' || unit === 'd' || unit === 'w' || unit === 'mo';
}

export function parseExpr(s: Scanner): MetricExpr {
  let left = parseProduct(s);
  for (;;) {
    s.skipSpace();
    const c = s.peek();
    if (c !== Ch.Plus && c !== Ch.Minus) return left;
    s.pos++;
    left = { kind: 'binary', op: c === Ch.Plus ? '+' : '-', left, right: parseProduct(s) };
  }
}

function parseProduct(s: Scanner): MetricExpr {
  let left = parseUnary(s);
  for (;;) {
    s.skipSpace();
    const c = s.peek();
    if (c !== Ch.Star && c !== Ch.Slash) return left;
    s.pos++;
    left = { kind: 'binary', op: c === Ch.Star ? '*' : '/', left, right: parseUnary(s) };
  }
}

function parseUnary(s: Scanner): MetricExpr {
  s.skipSpace();
  s.enter(s.pos);
  let e: MetricExpr;
  if (s.peek() === Ch.Minus) {
    const n = s.readNumber();
    if (n !== undefined) {
      e = { kind: 'number', value: n };
    } else {
      s.pos++;
      e = { kind: 'negate', operand: parseUnary(s) };
    }
  } else if (s.peek() === Ch.Plus) {
    // `anomalies(+ avg:apache.performance.cpu_load{*} by {host}, …)`: a unary plus, which Datadog accepts and ships in
    // integration monitors; it changes nothing, and the query is sent as written.
    s.pos++;
    e = parseUnary(s);
  } else {
    e = parsePrimary(s);
  }
  s.leave();
  return e;
}

function parsePrimary(s: Scanner): MetricExpr {
  const at = s.pos;
  const c = s.peek();
  if (c === Ch.LParen) {
    s.pos++;
    const inner = parseExpr(s);
    s.skipSpace();
    if (s.peek() !== Ch.RParen) {
      s.fail(`expected ")" to close the "(" at offset ${at}, found ${s.found()}`, s.pos,
        s.atEnd() ? 'every "(" needs a matching ")"' : 'join metric terms with +, -, * or /');
    }
    s.pos++;
    return { kind: 'paren', inner };
  }
  if (isDigit(c) || c === Ch.Dot) {
    const n = s.readNumber();
    if (n === undefined) s.fail(`expected a number, found ${s.found(at)}`, at);
    return { kind: 'number', value: n };
  }
  if (isIdentStart(c)) {
    const name = s.readIdent(Ch.Dot) ?? '';
    const next = s.peek();
    if (next === Ch.Colon) return parseTerm(s, name, at);
    if (next === Ch.LParen && !name.includes('.')) return parseCall(s, name, at);
    // A bare metric with its scope (`rabbitmq.queue.consumers{*}`): Datadog averages across sources.
    if (next === Ch.LBrace) return parseTerm(s, 'avg', at, false);
    if (name.includes('.')) {
      s.fail(`expected a space aggregation before the metric "${name}"`, at,
        `write the aggregation across sources first, e.g. avg:${name}{*}`);
    }
    s.fail(`expected a metric such as "avg:system.cpu.user{*}", a number, a function or "(", found "${name}"`, at);
  }
  s.fail(`expected a metric such as "avg:system.cpu.user{*}", a number, a function or "(", found ${s.found()}`, at,
    s.atEnd() ? 'an operator must be followed by another operand' : undefined);
}

/**
 * A metric term. With `written` false the cursor is on the scope's `{` of a bare metric read from `at`, and the
 * aggregation is the one Datadog applies to it.
 */
function parseTerm(s: Scanner, aggregation: string, at: number, written = true): MetricTerm {
  if (!SPACE_AGGREGATIONS.has(aggregation) && !isPercentile(aggregation)) {
    s.fail(`unknown space aggregation "${aggregation}"; expected avg, sum, min, max, count or a percentile such as p95`, at);
  }
  let metric: string | undefined;
  if (written) {
    s.pos++;
    const nameAt = s.pos;
    metric = s.readIdent(Ch.Dot);
    if (metric === undefined) s.fail(`expected a metric name after "${aggregation}:", found ${s.found(nameAt)}`, nameAt);
  } else metric = s.text.slice(at, s.pos);
  const scope = parseScope(s, metric);
  let groupBy: string[] = [];
  if (atBy(s)) {
    s.pos += 2;
    groupBy = parseGroupBy(s);
  }
  const methods: MethodCall[] = [];
  while (s.eat(Ch.Dot)) {
    s.skipSpace();
    const methodAt = s.pos;
    const name = s.readIdent();
    if (name === undefined) s.fail(`expected a method such as "as_count" after ".", found ${s.found(methodAt)}`, methodAt);
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after ".${name}"`, `call it: .${name}()`);
    const { args, offsets } = parseLiteralArgs(s, name);
    checkMethod(s, name, methodAt, args, offsets, s.pos - 1);
    methods.push({ name, args });
  }
  if (atBy(s)) {
    if (groupBy.length > 0) s.fail(`"${metric}" is already grouped by {${groupBy.join(',')}}`, s.pos, 'use one "by {…}"');
    s.pos += 2;
    groupBy = parseGroupBy(s);
  }
  const term: MetricTerm = { kind: 'metric', aggregation, metric, scope, groupBy, methods };
  if (!written) term.implicitAggregation = true;
  return term;
}

/** `name(args)`; the cursor is on `(`. */
function parseCall(s: Scanner, name: string, at: number): MetricExpr {
  s.pos++;
  const args: FunctionArg[] = [];
  const offsets: number[] = [];
  if (!s.eat(Ch.RParen)) {
    for (;;) {
      s.skipSpace();
      offsets.push(s.pos);
      args.push(parseArgument(s, name));
      if (s.eat(Ch.Comma)) continue;
      if (s.eat(Ch.RParen)) break;
      s.fail(`expected "," or ")" in the arguments of "${name}(", found ${s.found()}`, s.pos,
        s.atEnd() ? `close the "(" opened at offset ${at + name.length}` : undefined);
    }
  }
  checkFunction(s, name, args, offsets, s.pos - 1);
  return { kind: 'call', name, args };
}

/**
 * One function argument: `'basic'`, `direction='above'`, a bare word, a metric expression, or the group list
 * `{env}` that only a multilayer space aggregation takes.
 */
function parseArgument(s: Scanner, fn: string): FunctionArg {
  const c = s.peek();
  if (c === Ch.LBrace) {
    if (!isSpaceLayer(fn)) rejectGroupList(s, fn, s.pos);
    return { value: { kind: 'groups', tags: parseGroupBy(s, `"${fn}(…, {…})"`) } };
  }
  if (c === Ch.DQuote || c === Ch.SQuote) {
    const str = s.readString();
    return { value: { kind: 'string', value: str?.value ?? '' } };
  }
  if (isIdentStart(c)) {
    const save = s.pos;
    const word = s.readIdent() ?? '';
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
      if (after === Ch.Comma || after === Ch.RParen) return { value: { kind: 'ident', name: word } };
    }
    s.pos = save;
  }
  if (s.atEnd()) s.fail(`expected an argument or ")" after "${fn}(", found end of query`, s.pos, 'every "(" needs a matching ")"');
  return { value: parseExpr(s) };
}
