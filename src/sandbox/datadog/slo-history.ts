// `GET /api/v1/slo/{id}/history`: the sandbox has no metric data, so it answers what the real API answers for an
// SLO without data (OBSERVED: Get-an-SLO-s-history-returns-OK-response): zero series on a deterministic time grid,
// `state: "no_data"` and the zero-denominator error.
import { ddError, invalidParameter, ok, sloNotFound } from './errors.ts';
import type { JsonObject } from './model.ts';
import type { Ctx } from './router.ts';

/** Grid steps the history may use, in seconds. OBSERVED: a 1-day range gives 7200 s (12 steps); the general rule
 * (the smallest step giving at most 12 points) is inferred from that one case. */
const STEPS = [60, 300, 600, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 172800, 604800];

export function sloHistory(ctx: Ctx) {
  const slo = ctx.store.slos.get(ctx.params[0] ?? '');
  if (!slo) return sloNotFound(ctx.params[0] ?? '');
  const from = Number(ctx.req.query.get('from_ts'));
  const to = Number(ctx.req.query.get('to_ts'));
  if (!Number.isInteger(from) || ctx.req.query.get('from_ts') === null) return ddError(400, invalidParameter('from_ts'));
  if (!Number.isInteger(to) || ctx.req.query.get('to_ts') === null || to <= from) return ddError(400, invalidParameter('to_ts'));

  const thresholds: JsonObject = {};
  const precision: JsonObject = {};
  for (const t of slo.thresholds) {
    thresholds[t['timeframe'] as string] = t;
    precision[t['timeframe'] as string] = 0;
  }
  const data: JsonObject = {
    thresholds, from_ts: from, to_ts: to, type: slo.type, type_id: slo['type_id'], slo, group_by: [],
  };
  const query = slo['query'] as { numerator?: string; denominator?: string } | undefined;
  if (query?.numerator && query.denominator) data['series'] = series(query.numerator, query.denominator, from, to);
  data['overall'] = {
    errors: [{ error_message: 'The denominator is zero valued', error_type: 'ZERO_VALUED_DENOMINATOR' }],
    sli_value: null, span_precision: 2, precision, uptime: null, corrections: [], state: 'no_data',
  };
  return ok({ data, errors: null }); // OBSERVED: "errors" here, unlike the SLO CRUD envelopes' "error"
}

function series(numerator: string, denominator: string, from: number, to: number): JsonObject {
  const step = STEPS.find((s) => (to - from) / s <= 12) ?? 604800;
  const first = Math.floor(from / (step / 12)) * (step / 12); // OBSERVED: 1704236088 → 1704235800 for step 7200
  const times = [first * 1000];
  for (let t = Math.ceil((first + 1) / step) * step; t <= to; t += step) times.push(t * 1000);
  const zeros = times.map(() => 0);
  const n = `default_zero(${numerator})`;
  const d = `default_zero(${denominator})`;
  return {
    timing: '0.001', // server time spent, in seconds; a constant here
    res_type: 'time_series', resp_version: 2, query: `${n}, ${d}`, from_date: from * 1000, to_date: to * 1000,
    message: '', interval: step, times,
    numerator: { values: zeros, metadata: metadata(numerator, 0), sum: 0, count: times.length },
    denominator: { values: zeros, metadata: metadata(denominator, 1), sum: 0, count: times.length },
    numerator_query: n, denominator_query: d, bad_series_query: `${d} - ${n}`, graph_query: `${n}, ${d} - ${n}`,
  };
}

/** `sum:httpservice.hits{code:2xx}.as_count()` → aggr `sum`, metric `default_zero(httpservice.hits)`, scope `code:2xx`. */
function metadata(query: string, index: number): JsonObject {
  const m = /^(\w+):([\w.]+)\{([^}]*)\}/.exec(query.trim());
  return {
    unit: null, query_index: index, aggr: m?.[1] ?? null, metric: m ? `default_zero(${m[2]})` : null, tag_set: [],
    expression: `default_zero(${query})`, scope: m?.[3] ?? null,
  };
}
