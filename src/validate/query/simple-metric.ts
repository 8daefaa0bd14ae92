// A fast path for the commonest metric monitor queries, such as
//
//   avg(last_5m):sum:trace.http.request.errors{service:web,env:prod} by {resource_name}.as_count() * 100 > 5
//
// read with a few sticky regular expressions instead of the recursive-descent parser. On the 10,000-monitor
// benchmark the parser was validation's largest cost, most of it spent before V8 had optimized it; irregexp compiles
// these patterns to machine code on their second use.
//
// It only ever answers for queries the parser accepts, with the facts the parser would give: anything outside the
// shapes below (other aggregations and windows, functions, parentheses, negation, AND/OR/IN, whitespace inside a
// term, methods other than as_count and as_rate) gets undefined, and the parser reads it, errors and all. A test
// compares the two over the real monitor corpus and thousands of mutated queries.
import { isComparator } from './threshold.ts';
import type { Comparator } from './ast.ts';

/** The query facts of a metric query that parsed (what `parsedQuery` keeps): grouped, no references, the condition. */
export interface SimpleMetricFacts {
  ok: true;
  multi: boolean;
  refs: string[];
  comparator: Comparator;
  threshold: number;
}

// Whitespace as the parser's lexer knows it: not \s, which also matches no-break and other Unicode spaces.
const WS = '[ \\t\\n\\r]*';
// A scope tag, negated or not: anything up to whitespace or `,{}()`, and not one of the words the parser reads as AND,
// OR, NOT or IN.
const TAG = '!?(?!(?:AND|and|OR|or|NOT|not|IN|in)[,}])[^ \\t\\n\\r,{}()!][^ \\t\\n\\r,{}()]*';
const GROUP = '[^ \\t\\n\\r,{}()]+';
const GROUP_BY = `${WS}by${WS}\\{${GROUP}(?:,${GROUP})*\\}`;

/** `avg(last_5m):` with a positive whole amount. */
const TIME = new RegExp(`${WS}(?:avg|sum|min|max)\\(last_[1-9][0-9]*(?:mo|[mhdw])\\):`, 'y');
/** `sum:metric.name{tag,tag}`, optionally grouped and counted, in either order the parser allows. */
const TERM = new RegExp(
  `(?:avg|sum|min|max|count|p(?:[1-9][0-9]?|100)):[A-Za-z_][A-Za-z0-9_.]*\\{${TAG}(?:,${TAG})*\\}` +
  `(${GROUP_BY})?(?:\\.as_(?:count|rate)\\(\\))?(${GROUP_BY})?`,
  'y',
);
/** An arithmetic operator between operands. */
const OPERATOR = new RegExp(`${WS}[-+*/]${WS}`, 'y');
/** A plain number operand (`* 100`), not followed by anything the parser would read on. */
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?![0-9A-Za-z_.])/y;
/** The condition and the end of the query. */
const CONDITION = new RegExp(`${WS}([<>=!]+)${WS}([-+]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)${WS}$`, 'y');

/** The facts of `query` when it has one of the shapes above; undefined for anything else. */
export function simpleMetricFacts(query: string): SimpleMetricFacts | undefined {
  TIME.lastIndex = 0;
  if (!TIME.test(query)) return undefined;
  let at = TIME.lastIndex;
  let multi = false;
  let operands = 0;
  for (;;) {
    TERM.lastIndex = at;
    const term = TERM.exec(query);
    if (term) {
      if (term[1] !== undefined && term[2] !== undefined) return undefined; // grouped twice: the parser's error
      multi ||= term[1] !== undefined || term[2] !== undefined;
      at = TERM.lastIndex;
    } else {
      NUMBER.lastIndex = at;
      if (operands === 0 || !NUMBER.test(query)) return undefined; // the first operand is a metric
      at = NUMBER.lastIndex;
    }
    operands++;
    OPERATOR.lastIndex = at;
    if (!OPERATOR.test(query)) break;
    at = OPERATOR.lastIndex;
  }
  CONDITION.lastIndex = at;
  const condition = CONDITION.exec(query);
  if (!condition) return undefined;
  const comparator = condition[1]!;
  const threshold = Number(condition[2]);
  if (!isComparator(comparator) || !Number.isFinite(threshold)) return undefined;
  return { ok: true, multi, refs: [], comparator, threshold };
}
