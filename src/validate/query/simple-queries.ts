// A fast path for the commonest monitor queries, such as
//
//   avg(last_5m):sum:trace.http.request.errors{service:web,env:prod} by {resource_name}.as_count() * 100 > 5
//   logs("service:web status:error").index("*").rollup("count").by("@http.url").last("5m") > 10
//   "http.can_connect".over("service:web").by("host").last(3).count_by_status()
//
// read with a few sticky regular expressions instead of the recursive-descent parsers. On the 10,000-monitor
// benchmark parsing was validation's largest cost, most of it spent before V8 had optimized the parsers; irregexp
// compiles these patterns to machine code on their second use.
//
// It only ever answers for queries the parsers accept, with the facts they would give: anything outside the shapes
// below gets undefined, and the parser reads it, errors and all. For metric queries that means other aggregations and
// windows, functions, parentheses, negation, AND/OR/IN, whitespace inside a term, methods other than as_count and
// as_rate; for the chains, other methods or another order, escapes or single quotes in strings, whitespace between
// calls. A test compares fast path and parsers over hand-picked queries, the real monitor corpus and thousands of
// mutations of them.
import type { Comparator } from './ast.ts';
import { isComparator } from './threshold.ts';

/** The facts `parsedQuery` keeps of a query that parsed: grouped or not, no references, the condition if any. */
export interface SimpleQueryFacts {
  ok: true;
  multi: boolean;
  refs: string[];
  comparator?: Comparator;
  threshold?: number;
}

/** The facts of `query` when it has one of the shapes above for its `type`; undefined for anything else. */
export function simpleQueryFacts(type: string, query: string): SimpleQueryFacts | undefined {
  switch (type) {
    case 'query alert': case 'metric alert': return simpleMetric(query);
    case 'log alert': return simpleLogSearch(query);
    case 'service check': return simpleServiceCheck(query);
    default: return undefined;
  }
}

// Whitespace as the parsers' lexer knows it: not \s, which also matches no-break and other Unicode spaces.
const WS = '[ \\t\\n\\r]*';
// A scope tag, negated or not: anything up to whitespace or `,{}()`, and not one of the words the parser reads as AND,
// OR, NOT or IN.
const TAG = '!?(?!(?:AND|and|OR|or|NOT|not|IN|in)[,}])[^ \\t\\n\\r,{}()!][^ \\t\\n\\r,{}()]*';
const GROUP = '[^ \\t\\n\\r,{}()]+';
const GROUP_BY = `${WS}by${WS}\\{${GROUP}(?:,${GROUP})*\\}`;
// A double-quoted string with no escapes (its value is its text), and the same capturing that value.
const QUOTED = '"[^"\\\\]*"';
const STRING = '"([^"\\\\]*)"';
const NUMBER_TEXT = '[-+]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?';

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
const CONDITION = new RegExp(`${WS}([<>=!]+)${WS}(${NUMBER_TEXT})${WS}$`, 'y');

function simpleMetric(query: string): SimpleQueryFacts | undefined {
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
  return withCondition(query, at, multi);
}

/**
 * `logs("…")`, then `.index("…")`, `.rollup("count")` and `.by("…")` if present, in that order, then `.last("5m")`.
 * Other roll-ups are the parser's: it checks the method and its measure.
 */
const LOG_SEARCH = new RegExp(
  `${WS}logs\\(${STRING}\\)(?:\\.index\\(${STRING}\\))?(?:\\.rollup\\(("count")\\))?(?:\\.by\\(${STRING}\\))?` +
  '\\.last\\("[0-9]+(?:mo|[smhdw])"\\)',
  'y',
);

function simpleLogSearch(query: string): SimpleQueryFacts | undefined {
  LOG_SEARCH.lastIndex = 0;
  const m = LOG_SEARCH.exec(query);
  if (!m) return undefined;
  // The groups are the `.by()` string split at commas, blanks and `*` left out.
  const multi = m[4] !== undefined && m[4].split(',').some((g) => g.trim() !== '' && g.trim() !== '*');
  return withCondition(query, LOG_SEARCH.lastIndex, multi);
}

/** `"check".over("…")`, then `.exclude("…")` and `.by("…")` if present, then `.last(n).count_by_status()`. */
const SERVICE_CHECK = new RegExp(
  `${WS}${STRING}\\.over\\(${QUOTED}\\)(?:\\.exclude\\(${QUOTED}\\))?(?:\\.by\\(${STRING}\\))?` +
  `\\.last\\([1-9][0-9]*\\)\\.count_by_status\\(\\)${WS}$`,
  'y',
);

function simpleServiceCheck(query: string): SimpleQueryFacts | undefined {
  SERVICE_CHECK.lastIndex = 0;
  const m = SERVICE_CHECK.exec(query);
  if (!m || m[1]!.trim() === '') return undefined; // an empty check name is the parser's error
  return { ok: true, multi: m[2] !== undefined && m[2] !== '*', refs: [] };
}

/** The facts with the condition that ends the query at `at`, or undefined when something else follows. */
function withCondition(query: string, at: number, multi: boolean): SimpleQueryFacts | undefined {
  CONDITION.lastIndex = at;
  const condition = CONDITION.exec(query);
  if (!condition) return undefined;
  const comparator = condition[1]!;
  const threshold = Number(condition[2]);
  if (!isComparator(comparator) || !Number.isFinite(threshold)) return undefined;
  return { ok: true, multi, refs: [], comparator, threshold };
}
