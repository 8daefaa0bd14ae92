// Search-based queries: logs, events, processes, RUM, APM analytics, audit, CI and the other event platforms.
//
//   query := source '(' string ')' ('.' method '(' literals ')')* [comparator number]
//
// e.g. `logs("status:error").index("*").rollup("count").by("service").last("5m") > 10`,
//      `events('sources:nagios').rollup('count').last('1h') > 0`. `formula(…)` queries go to formula-parser.ts.
import type { SearchQuery } from './ast.ts';
import { isDuration, parseChain, stringArgs } from './chain-parser.ts';
import { closest } from '../diagnostics/suggest.ts';
import { Ch, type Scanner } from './lexer.ts';
import { parseCondition } from './threshold.ts';

/** The sources each monitor type takes (`formula` is read by formula-parser.ts); types not listed accept any. */
const SOURCES: Record<string, readonly string[]> = {
  'log alert': ['logs', 'formula'],
  'event alert': ['events'],
  'event-v2 alert': ['events', 'formula'],
  'process alert': ['processes'],
  'rum alert': ['rum', 'formula'],
  'trace-analytics alert': ['trace-analytics', 'formula'],
  'audit alert': ['audits', 'formula'],
  'ci-pipelines alert': ['ci-pipelines', 'formula'],
  'ci-tests alert': ['ci-tests', 'formula'],
};

/** True when a `type` query may be a `formula(…)` query instead of a search (the types not listed take any source). */
export function acceptsFormula(type: string): boolean {
  return SOURCES[type]?.includes('formula') ?? true;
}

/**
 * Parses a search query for monitor `type`. `strict` (the types vigil knows) requires `.last("…")` and a comparator
 * with a threshold; the generic form for other types takes them when present.
 */
export function parseSearch(s: Scanner, type: string, strict: boolean): SearchQuery {
  s.skipSpace();
  const start = s.pos;
  const allowed = strict ? SOURCES[type] : undefined;
  const example = `${allowed?.[0] ?? 'logs'}("status:error")`;
  const source = s.readIdent(Ch.Minus);
  if (source === undefined) {
    s.fail(`expected a search such as ${example} at the start of a ${type} query, found ${s.found()}`, start,
      `e.g. ${example}.rollup("count").last("5m") > 10`);
  }
  if (allowed && !allowed.includes(source)) {
    s.fail(`a ${type} query starts with ${allowed.map((a) => `${a}(…)`).join(' or ')}, found "${source}"`, start,
      `e.g. ${example}.rollup("count").last("5m") > 10`);
  }
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${source}"`, `e.g. ${example}`);
  s.skipSpace();
  const searchAt = s.pos;
  const search = s.readString();
  if (!search) {
    s.fail(`expected a quoted search after "${source}(", found ${s.found(searchAt)}`, searchAt, `quote it, e.g. ${example}`);
  }
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the search string of "${source}("`, 'the search is one quoted string');
  const { calls, offsets } = parseChain(s);
  const query: SearchQuery = { kind: 'search', source, search: search.value, calls, groupBy: [] };
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (call.name === 'by') {
      for (const value of stringArgs(s, call, at, 1)) {
        for (const group of value.split(',')) {
          const g = group.trim();
          if (g !== '' && g !== '*') query.groupBy.push(g);
        }
      }
    } else if (call.name === 'last' && (strict || call.args[0]?.kind === 'string')) {
      const [window] = stringArgs(s, call, at, 1, 1);
      if (window === undefined || !isDuration(window)) {
        s.fail(`expected a window such as "5m", "1h" or "1d" in ".last(", found ${s.found(at[0])}`, at[0],
          'e.g. .last("5m")');
      }
      query.window = window;
    } else if (strict && call.name === 'rollup') {
      checkRollup(s, source, stringArgs(s, call, at, 1, 2), at);
    } else if (strict && (call.name === 'index' || call.name === 'over' || call.name === 'exclude')) {
      stringArgs(s, call, at, 1);
    }
  });
  if (strict && query.window === undefined) {
    s.fail(`expected ".last(\"5m\")" (the evaluation window) in the ${type} query, found ${s.found()}`, s.pos,
      `e.g. ${example}.rollup("count").last("5m") > 10`);
  }
  const cond = parseCondition(s, start, strict);
  if (cond) {
    query.comparator = cond.comparator;
    query.threshold = cond.threshold;
  }
  return query;
}

/**
 * Roll-up methods of the event platforms' searches: `count`, and a measure or facet aggregated. Datadog's API
 * reference names `count`, `avg` and `cardinality`; its monitor editor also offers the other measure aggregations of
 * log analytics. A misspelled method (`cout`) was accepted here and only refused by Datadog at apply.
 */
const ROLLUPS = ['count', 'cardinality', 'avg', 'sum', 'min', 'max', 'median', 'pc75', 'pc90', 'pc95', 'pc98', 'pc99'];
/** Process monitors count processes, nothing else. */
const PROCESS_ROLLUPS = ['count'];

function checkRollup(s: Scanner, source: string, args: readonly string[], at: readonly number[]): void {
  const [method = '', measure] = args;
  const allowed = source === 'processes' ? PROCESS_ROLLUPS : ROLLUPS;
  if (!allowed.includes(method)) {
    const guess = closest(method, allowed);
    s.fail(`"${method}" is not a roll-up method of a ${source}(…) query; use one of ${allowed.join(', ')}`, at[0] ?? s.pos,
      guess ? `did you mean "${guess}"?` : `e.g. .rollup("count"), or .rollup("avg", "@duration")`);
  }
  if (method !== 'count' && measure === undefined) {
    s.fail(`".rollup("${method}")" needs the measure or facet it aggregates as its second argument`, at[0] ?? s.pos,
      `e.g. .rollup("${method}", "@duration")`);
  }
}
