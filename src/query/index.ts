// A local parser for Datadog monitor queries: one entry point per monitor type, errors with offsets and hints.
import type { Comparator, QueryAst } from './ast.ts';
import { checkBalanced } from './balance.ts';
import { parseComposite } from './composite-parser.ts';
import { atFormula, parseFormulaQuery } from './formula-parser.ts';
import { exprGroups } from './groups.ts';
import { QuerySyntaxError, Scanner, isIdentStart } from './lexer.ts';
import { parseMetricQuery } from './metric-parser.ts';
import { acceptsFormula, parseSearch } from './search-parser.ts';
import { parseServiceCheck } from './service-check-parser.ts';
import { parseSlo } from './slo-parser.ts';

export type * from './ast.ts';
export { COMPARATORS } from './ast.ts';
export { exprGroups, isExprArg } from './groups.ts';
export { QuerySyntaxError } from './lexer.ts';
export { isSpaceLayer } from './multilayer.ts';
export { printMetricExpr, printMetricQuery, printScope, printTimeAggregation } from './printer.ts';

export type QueryParseResult =
  | {
    ok: true; ast: QueryAst; multi: boolean; comparator?: Comparator; threshold?: number; refs: string[];
    /** A formula query's query names (`query1`…), which `options.variables` must define. */
    formulaNames?: string[];
    /**
     * The tag keys a metric or service-check query alerts per, each once: for a multilayer space aggregation those
     * of its outer layer, `{env}` in `sum(avg:cpu{*} by {env,host}, {env})`. Absent for other families.
     */
    groupBy?: string[];
  }
  | { ok: false; error: { message: string; offset: number; hint?: string } };

/** How vigil reads each monitor type's query. */
export type QueryFamily = 'metric' | 'service-check' | 'search' | 'composite' | 'slo' | 'generic';

const FAMILIES: Record<string, QueryFamily> = {
  'metric alert': 'metric',
  'query alert': 'metric',
  'service check': 'service-check',
  'log alert': 'search',
  'event alert': 'search',
  'event-v2 alert': 'search',
  'process alert': 'search',
  'rum alert': 'search',
  'trace-analytics alert': 'search',
  'audit alert': 'search',
  'ci-pipelines alert': 'search',
  'ci-tests alert': 'search',
  'error-tracking alert': 'search',
  'database-monitoring alert': 'search',
  composite: 'composite',
  'slo alert': 'slo',
  'synthetics alert': 'generic',
  'cost alert': 'generic',
  'data-quality alert': 'generic',
  'network-path alert': 'generic',
  'network-performance alert': 'generic',
  'data-jobs alert': 'generic',
  'llm-observability alert': 'generic',
};

/** The family of a Datadog monitor type, or undefined for a type Datadog does not have. */
export function queryFamily(type: string): QueryFamily | undefined {
  return FAMILIES[type];
}

/**
 * Parses the query of a monitor of Datadog type `type`. Never throws for bad input: a syntax problem comes back as
 * `{ ok: false, error: { message, offset, hint } }` with a 0-based offset into `query`.
 * @example parseQuery('query alert', 'avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90')
 */
export function parseQuery(type: string, query: string): QueryParseResult {
  const family = FAMILIES[type];
  if (family === undefined) {
    return {
      ok: false,
      error: { message: `unknown monitor type "${type}"`, offset: 0, hint: `use one of: ${Object.keys(FAMILIES).join(', ')}` },
    };
  }
  try {
    if (query.trim() === '') throw new QuerySyntaxError('the query is empty', 0, 'write the monitor query');
    return parseFamily(family, type, query);
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    const error: { message: string; offset: number; hint?: string } = { message: err.message, offset: err.offset };
    if (err.hint !== undefined) error.hint = err.hint;
    return { ok: false, error };
  }
}

function parseFamily(family: QueryFamily, type: string, query: string): QueryParseResult {
  const s = new Scanner(query);
  switch (family) {
    case 'metric': {
      // `formula("query1").rollup("sum").last("5m") > 100`: a metric monitor over `options.variables` (recorded).
      if (atFormula(s)) return formula(s, type);
      const ast = parseMetricQuery(s);
      const groups = exprGroups(ast.expr);
      for (const g of ast.trailingGroupBy ?? []) if (!groups.includes(g)) groups.push(g);
      return grouped(success(ast, groups.length > 0, [], ast.comparator, ast.threshold), groups);
    }
    case 'service-check': {
      const ast = parseServiceCheck(s);
      // `.by("*")` names no tag a message can use, but Datadog stores such a check as a multi alert (OBSERVED 2022
      // in a Terraform provider acceptance test: `"ntp.in_sync".by("*").last(2).count_by_status()` read back
      // `multi: true`).
      const groups = ast.by.filter((g) => g !== '*');
      return grouped(success(ast, ast.by.length > 0, []), groups);
    }
    case 'search': {
      if (acceptsFormula(type) && atFormula(s)) return formula(s, type);
      const ast = parseSearch(s, type, true);
      return success(ast, ast.groupBy.length > 0, [], ast.comparator, ast.threshold);
    }
    case 'composite': {
      const { ast, refs } = parseComposite(s);
      return success(ast, false, refs);
    }
    case 'slo': {
      const { ast, refs } = parseSlo(s);
      return success(ast, false, refs, ast.comparator, ast.threshold);
    }
    case 'generic':
      return parseGeneric(s, type, query);
  }
}

/**
 * Other types: a formula query (parsed strictly: cost, data-jobs and data-quality monitors are formulas), else the
 * `source("…").method(…) > n` form when it fits, otherwise any text with balanced brackets.
 */
function parseGeneric(s: Scanner, type: string, query: string): QueryParseResult {
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
  return success({ kind: 'opaque', text: query }, false, []);
}

type ParseSuccess = Extract<QueryParseResult, { ok: true }>;

/** A formula query alerts per group when its `.by(…)` names groups (OBSERVED: data-jobs `multi: true`); group-bys
 * inside `options.variables` do not count (OBSERVED: cost and data-quality monitors stay `multi: false`). */
function formula(s: Scanner, type: string): ParseSuccess {
  const ast = parseFormulaQuery(s, type);
  const result = success(ast, ast.groupBy.length > 0, [], ast.comparator, ast.threshold);
  result.formulaNames = ast.variables;
  return result;
}

function success(ast: QueryAst, multi: boolean, refs: string[], comparator?: Comparator, threshold?: number): ParseSuccess {
  const result: ParseSuccess = { ok: true, ast, multi, refs };
  if (comparator !== undefined && threshold !== undefined) {
    result.comparator = comparator;
    result.threshold = threshold;
  }
  return result;
}

function grouped(result: ParseSuccess, groups: string[]): ParseSuccess {
  result.groupBy = groups;
  return result;
}

/**
 * 1-based line and column of a 0-based `offset` in `text` (columns count UTF-16 code units); out-of-range offsets
 * are clamped.
 * @example offsetToLineCol('a\nbc', 3) // { line: 2, col: 2 }
 */
export function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}
