import { SLO_TIMEFRAMES, type SloDefinition, type SloTimeSlice } from '../../ir/slo.ts';
import { contentHash, sortKeys } from '../canonical.ts';
import { dec, toNumber } from '../decimal.ts';
import { HASH_TAG_PREFIX, ownershipTags } from '../ownership.ts';
import { primaryTimeframe } from '../slo/tiers.ts';
import { normalizeSlo } from './normalize-slo.ts';
import { isSingleQuery } from './slo-sli.ts';
import type { SloPayload } from './payload-types.ts';

type Json = Record<string, unknown>;

export interface CompiledSlo {
  id: string;
  payload: SloPayload;
  /** Logical ids of the monitors a monitor SLO counts; `monitor_ids` holds them as `${id}` until apply. */
  dependsOn: string[];
  /** Datadog id of an existing SLO to adopt instead of creating one (`adopt.datadogId`; not sent). */
  adopt?: string;
}

/** Compiles one valid SLO definition into the exact body of `POST /api/v1/slo`. */
export function compileSlo(def: SloDefinition): CompiledSlo {
  const primary = primaryTimeframe(def);
  const order = (tf: string) => SLO_TIMEFRAMES.indexOf(tf as never);
  const thresholds = [...def.thresholds]
    .sort((a, b) => order(a.timeframe) - order(b.timeframe))
    .map((t) => ({ timeframe: t.timeframe, target: toNumber(dec(t.target)), ...(t.warning !== undefined ? { warning: toNumber(dec(t.warning)) } : {}) }));
  const main = thresholds.find((t) => t.timeframe === primary) ?? thresholds[0]!;
  const payload: Json = {
    name: def.name.trim(),
    // Always sent: an update replaces the SLO, and Datadog stores a missing description as "".
    description: def.description?.trim() ?? '',
    type: def.type,
    thresholds,
    timeframe: primary,
    target_threshold: main.target,
  };
  if (main.warning !== undefined) payload.warning_threshold = main.warning;
  let dependsOn: string[] = [];
  if (def.type === 'metric') Object.assign(payload, metricSli(def));
  if (def.type === 'monitor') {
    dependsOn = [...new Set(def.monitors ?? [])].sort();
    payload.monitor_ids = (def.monitors ?? []).map((id) => `\${${id}}`);
    if (def.groups?.length) payload.groups = [...def.groups].sort();
  }
  if (def.type === 'time_slice' && def.timeSlice) payload.sli_specification = { time_slice: timeSlice(def.timeSlice) };
  // Datadog lowercases and sorts SLO tags; sending them that way keeps the plan free of a false diff.
  const tags = new Set<string>((def.tags ?? []).map((t) => t.toLowerCase()));
  for (const [key, value] of [['team', def.team], ['service', def.service], ['env', def.env]] as const) {
    if (value) tags.add(`${key}:${value}`.toLowerCase());
  }
  for (const tag of ownershipTags(def.id)) tags.add(tag);
  payload.tags = [...tags].sort();
  const { thresholdOrder, ...overrides } = def.overrides ?? {};
  if (thresholdOrder) payload.thresholds = inOrder(thresholds, thresholdOrder);
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) payload[key] = value;
  const hash = contentHash(normalizeSlo(payload));
  payload.tags = [...(payload.tags as string[]), `${HASH_TAG_PREFIX}${hash}`].sort();
  const compiled: CompiledSlo = { id: def.id, payload: sortKeys(payload) as SloPayload, dependsOn };
  if (def.adopt) compiled.adopt = def.adopt.datadogId;
  return compiled;
}

/** Thresholds with the listed timeframes first, in that order (`overrides.thresholdOrder`); the rest keep theirs. */
function inOrder<T extends { timeframe: string }>(thresholds: T[], timeframes: readonly string[]): T[] {
  const rank = (t: T) => (timeframes.includes(t.timeframe) ? timeframes.indexOf(t.timeframe) : timeframes.length);
  return [...thresholds].sort((a, b) => rank(a) - rank(b));
}

/**
 * The count-based SLI as `sli_specification.count`, the form the 2026 API documents (`query` is "superseded … retained
 * for backwards compatibility"). A good/total pair where either side is arithmetic over several metrics stays in the
 * `query` form, which takes expressions; the server derives the other form either way (see slo-sli.ts).
 */
function metricSli(def: SloDefinition): Json {
  if (def.formulas) {
    const f = def.formulas;
    const formulas: Json = {};
    if (f.good !== undefined) formulas.good_events_formula = { formula: f.good.trim() };
    else if (f.bad !== undefined && f.total !== undefined) formulas.good_events_formula = { formula: `(${f.total.trim()}) - (${f.bad.trim()})` };
    if (f.total !== undefined) formulas.total_events_formula = { formula: f.total.trim() };
    else if (f.bad !== undefined) formulas.bad_events_formula = { formula: f.bad.trim() };
    return { sli_specification: { count: { ...formulas, queries: metricQueries(f.queries) } } };
  }
  const { good, bad, total } = def;
  if (good !== undefined && total !== undefined) {
    if (!isSingleQuery(good) || !isSingleQuery(total)) return { query: { numerator: good.trim(), denominator: total.trim() } };
    // Named as the server names the queries it derives from `query` (TestAccDatadogServiceLevelObjective_
    // MetricQueryToCountTransition), so an SLO adopted or read in either form stores the same specification.
    return { sli_specification: { count: {
      good_events_formula: { formula: 'query1' }, total_events_formula: { formula: 'query2' },
      queries: metricQueries({ query1: good, query2: total }),
    } } };
  }
  if (bad !== undefined && total !== undefined) {
    return { sli_specification: { count: {
      good_events_formula: { formula: 'total - bad' }, total_events_formula: { formula: 'total' },
      queries: metricQueries({ bad, total }),
    } } };
  }
  return { sli_specification: { count: {
    good_events_formula: { formula: 'good' }, bad_events_formula: { formula: 'bad' },
    queries: metricQueries({ good: good ?? '', bad: bad ?? '' }),
  } } };
}

function timeSlice(ts: SloTimeSlice): Json {
  const queries = ts.queries ?? { query1: ts.query ?? '' };
  return {
    comparator: ts.comparator,
    query: { formulas: [{ formula: (ts.formula ?? Object.keys(queries)[0] ?? 'query1').trim() }], queries: metricQueries(queries) },
    query_interval_seconds: ts.intervalSeconds ?? 300,
    threshold: toNumber(dec(ts.threshold)),
  };
}

/** Named metric queries in Datadog's formula-and-function shape, sorted by name for stable output. */
function metricQueries(queries: Record<string, string>): Json[] {
  return Object.keys(queries).sort().map((name) => ({ data_source: 'metrics', name, query: queries[name]!.trim() }));
}
