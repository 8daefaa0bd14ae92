// Metric queries: `GET /api/v1/query` and `POST /api/v2/query/timeseries`, answered from the sandbox's synthetic
// series (synthetic-series.ts, a function of the metric, its scope, the time and `--seed`) in the shapes recorded
// from the real API: v1__Metrics__Query-timeseries-points-returns-OK-response and
// v2__Metrics__Timeseries-cross-product-query-returns-{OK,Bad-Request}-response (datadog-recorded-v2).
import type { FormulaExpr } from '../../query/ast.ts';
import { QuerySyntaxError, Scanner } from '../../query/lexer.ts';
import { parseFormulaQuery } from '../../query/formula-parser.ts';
import type { SandboxResponse } from '../http-types.ts';
import { ddError } from './errors.ts';
import { isObject } from './model.ts';
import { combine, mapValues, MetricQueryError, runMetricQuery, type QueryAnswer, type Values } from './metric-query.ts';
import type { Ctx, Route } from './router.ts';

export const metricRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/query$/, handler: queryV1, limit: 'query_timeseries' },
  { method: 'POST', path: /^\/api\/v2\/query\/timeseries$/, handler: queryV2, limit: 'query_timeseries_v2' },
];

/**
 * `GET /api/v1/query?from=<s>&to=<s>&query=<q>`. OBSERVED answer: `status`, `resp_version`, `series[]` (each with
 * `pointlist` as `[ms, value]`, `start`/`end` in ms, `interval`, `length`, `query_index`, `aggr`, `scope`,
 * `tag_set`, `expression`, `metric`, `display_name`, `unit`, `attributes`), `from_date`/`to_date` in ms, `query`,
 * `group_by`, `res_type: "time_series"`, `message: ""`, empty `times` and `values`.
 */
function queryV1(ctx: Ctx) {
  const q = ctx.req.query;
  const from = Number(q.get('from'));
  const to = Number(q.get('to'));
  const query = q.get('query');
  // The real texts for a missing or bad argument are not recorded; these follow the API's `errors` form.
  if (q.get('from') === null || !Number.isInteger(from)) return ddError(400, "Missing or invalid 'from' parameter"); // invented
  if (q.get('to') === null || !Number.isInteger(to) || to < from) return ddError(400, "Missing or invalid 'to' parameter"); // invented
  if (!query) return ddError(400, "Missing 'query' parameter"); // invented
  let answer: QueryAnswer;
  try {
    answer = runMetricQuery(query, from, to, ctx.series);
  } catch (err) {
    if (err instanceof MetricQueryError) return ddError(400, err.message);
    throw err;
  }
  return okJson({
    status: 'ok', resp_version: 1,
    series: answer.series.map((s) => {
      const first = s.points[0]?.[0] ?? from;
      const last = s.points[s.points.length - 1]?.[0] ?? from;
      return {
        end: (last + s.interval - 1) * 1000, // OBSERVED: the last point + interval − 1 s, in ms
        attributes: {}, metric: s.metric, interval: s.interval, tag_set: s.tagSet,
        start: first * 1000, length: s.points.length, query_index: s.queryIndex, aggr: s.aggr, scope: s.scope,
        pointlist: s.points.map(([t, v]) => [t * 1000, v]), expression: s.expression, unit: null, display_name: s.expression,
      };
    }),
    to_date: to * 1000, query, message: '', res_type: 'time_series', times: [], from_date: from * 1000,
    group_by: answer.groupBy, values: [],
  });
}

/**
 * A 200 written with JSON.stringify: a week of points is tens of thousands of numbers, which the emulator's
 * Python-float writer (json-floats.ts) would spend most of the answer's time on; `420` and `420.0` read the same.
 */
function okJson(body: unknown): SandboxResponse {
  return { status: 200, body, rawBody: JSON.stringify(body) };
}

/**
 * `POST /api/v2/query/timeseries`: `{data: {type: "timeseries_request", attributes: {from, to (ms), interval (ms),
 * queries: [{data_source, name, query}], formulas?: [{formula}]}}}`. OBSERVED answer (content type
 * `application/vnd.api+json`): `{data: {id: "0", type: "timeseries_response", attributes: {series: [{group_tags,
 * query_index, unit}], times: [ms…], values: [[…] per series]}}}`. A wrong `type` gets the recorded 400.
 */
function queryV2(ctx: Ctx) {
  const data = isObject(ctx.req.body) ? ctx.req.body['data'] : undefined;
  if (!isObject(data)) return ddError(400, 'API input validation failed: data is required'); // invented, in the recorded form
  if (data['type'] !== 'timeseries_request') {
    return ddError(400, 'API input validation failed: Invalid type. Expected "timeseries_request".'); // OBSERVED
  }
  const attrs = isObject(data['attributes']) ? data['attributes'] : {};
  const from = Number(attrs['from']);
  const to = Number(attrs['to']);
  const queries = Array.isArray(attrs['queries']) ? attrs['queries'].filter(isObject) : [];
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return ddError(400, 'API input validation failed: from and to are required'); // invented
  if (queries.length === 0) return ddError(400, 'API input validation failed: queries is required'); // invented
  const interval = Number(attrs['interval']) > 0 ? Number(attrs['interval']) / 1000 : undefined;
  const named = new Map<string, Values>();
  let times: number[] = [];
  try {
    queries.forEach((query, i) => {
      const answer = runMetricQuery(String(query['query'] ?? ''), Math.floor(from / 1000), Math.floor(to / 1000), ctx.series, interval);
      const values: Values = new Map();
      for (const s of answer.series) {
        values.set(s.tagSet.join(','), { tags: s.tagSet, points: s.points.map(([, v]) => v) });
        if (times.length < s.points.length) times = s.points.map(([t]) => t);
      }
      named.set(typeof query['name'] === 'string' ? query['name'] : `query${i + 1}`, values);
    });
  } catch (err) {
    if (err instanceof MetricQueryError) return ddError(400, err.message);
    throw err;
  }
  const formulas = Array.isArray(attrs['formulas']) ? attrs['formulas'].filter(isObject) : [];
  const results: Values[] = [];
  try {
    if (formulas.length === 0) results.push(...named.values());
    else for (const f of formulas) results.push(evaluateFormula(String(f['formula'] ?? ''), named));
  } catch (err) {
    if (err instanceof MetricQueryError) return ddError(400, err.message);
    throw err;
  }
  const series: unknown[] = [];
  const values: Array<Array<number | null>> = [];
  results.forEach((result, index) => {
    for (const [, { tags, points }] of [...result].sort(([a], [b]) => a.localeCompare(b))) {
      series.push({ group_tags: tags, query_index: index, unit: null });
      values.push(points);
    }
  });
  const body = { data: { id: '0', type: 'timeseries_response', attributes: { series, times: times.map((t) => t * 1000), values } } };
  return { ...okJson(body), headers: { 'content-type': 'application/vnd.api+json' } };
}

/** A v2 formula (`a`, `total - bad`, `a / b * 100`) over the named queries' values, read by vigil's formula parser. */
function evaluateFormula(formula: string, named: Map<string, Values>): Values {
  let expr: FormulaExpr;
  try {
    expr = parseFormulaQuery(new Scanner(`formula(${JSON.stringify(formula)}).last("1m") > 0`), 'query alert').expr;
  } catch (err) {
    if (err instanceof QuerySyntaxError) throw new MetricQueryError(`API input validation failed: invalid formula: ${err.message}`); // invented
    throw err;
  }
  const length = [...named.values()][0]?.values().next().value?.points.length ?? 0;
  const walk = (e: FormulaExpr): Values => {
    switch (e.kind) {
      case 'variable': {
        const v = named.get(e.name);
        if (!v) throw new MetricQueryError(`API input validation failed: unknown query name "${e.name}" in formula`); // invented
        return v;
      }
      case 'number': return new Map([['', { tags: [], points: Array.from({ length }, () => e.value) }]]);
      case 'paren': return walk(e.inner);
      case 'negate': return mapValues(walk(e.operand), (x) => -x);
      case 'binary': return combine(walk(e.left), walk(e.right), e.op);
      case 'call': throw new MetricQueryError(`the sandbox does not evaluate the formula function ${e.name}()`); // sandbox limit
    }
  };
  return walk(expr);
}
