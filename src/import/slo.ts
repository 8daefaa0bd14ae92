// One Datadog SLO → the props of the DSL call that defines it (metricSlo, monitorSlo or timeSliceSlo), and what
// those props cannot reproduce. Team, service and env are not set (compile would add tags it already has, or not),
// and `alerts` never is: adopting an SLO must not create burn-rate monitors next to it.
import { compileSlo, type CompiledSlo } from '../compile/datadog/slo.ts';
import { isOwnershipTag } from '../compile/ownership.ts';
import { metricSlo, monitorSlo, timeSliceSlo } from '../dsl/slo/define.ts';
import { SLO_TIMEFRAMES, type SloDefinition, type SloOverrides } from '../ir/slo.ts';
import { diffLive } from '../plan/diff-live.ts';
import { logicalMonitorIds } from '../plan/references.ts';
import { isObject, sameJson } from './options.ts';
import type { WireSlo } from './wire.ts';

type Json = Record<string, unknown>;
export type SloBuilderName = 'metricSlo' | 'monitorSlo' | 'timeSliceSlo';

const BUILDERS: Record<SloBuilderName, (props: never) => SloDefinition> = { metricSlo, monitorSlo, timeSliceSlo };
const BY_TYPE: Readonly<Record<string, SloBuilderName>> = { metric: 'metricSlo', monitor: 'monitorSlo', time_slice: 'timeSliceSlo' };

export function buildSlo(builder: SloBuilderName, props: Json): SloDefinition {
  return (BUILDERS[builder] as (p: Json) => SloDefinition)(props);
}

export interface SloDraft {
  datadogId: string;
  id: string;
  /** File the definition is written to, relative to the output folder. */
  file: string;
  builder: SloBuilderName;
  /** The props of the builder call, in print order; `overrides` is added once the residue is known. */
  props: Json;
  remote: WireSlo;
  /** Things a reviewer should know about this import, one phrase each. */
  notes: string[];
}

/**
 * The draft of one SLO, or the reason it cannot be imported. `monitors` maps Datadog ids to the logical ids of the
 * monitors a monitor SLO may count (imported now or owned already): `monitorSlo` names monitors by logical id only.
 */
export function draftSlo(remote: WireSlo, id: string, file: string, monitors: ReadonlyMap<string, string>): SloDraft | string {
  const builder = BY_TYPE[remote.type];
  if (!builder) return `SLOs of type "${remote.type}" cannot be written with vigil's DSL`;
  const thresholds = (Array.isArray(remote.thresholds) ? remote.thresholds : []).filter(isObject).map((t) => ({
    timeframe: t.timeframe, target: t.target, ...(typeof t.warning === 'number' ? { warning: t.warning } : {}),
  }));
  const odd = thresholds.find((t) => !SLO_TIMEFRAMES.includes(t.timeframe as never));
  if (odd || thresholds.length === 0) return `its timeframe ${JSON.stringify(odd?.timeframe ?? null)} is not one of 7d, 30d, 90d`;
  const notes: string[] = [];
  const props: Json = { id, name: remote.name.trim() || `SLO ${remote.id}` };
  if (typeof remote.description === 'string' && remote.description.trim()) props.description = remote.description;
  const all = Array.isArray(remote.tags) ? remote.tags.map(String) : [];
  const tags = all.filter((t) => !isOwnershipTag(t));
  if (tags.length < all.length) notes.push('stray vigil ownership tags were dropped');
  if (tags.length > 0) props.tags = tags;
  props.thresholds = thresholds;
  if (typeof remote.timeframe === 'string' && remote.timeframe !== thresholds[0]!.timeframe) props.timeframe = remote.timeframe;

  const spec = isObject(remote.sli_specification) ? remote.sli_specification : {};
  if (remote.type === 'metric') {
    // The 2026 API answers with both forms, each derived from the other. good/total reads best and compiles to the
    // very specification the server derives from it; any other specification is kept as formulas, name for name.
    const query = isObject(remote.query) ? remote.query : {};
    const count = isObject(spec.count) ? spec.count : undefined;
    if (typeof query.numerator === 'string' && typeof query.denominator === 'string' && (!count || isPlainGoodTotal(count))) {
      Object.assign(props, { good: query.numerator, total: query.denominator });
    } else if (count) props.formulas = formulas(count);
    else return 'a metric SLO without "query" or "sli_specification.count"';
  } else if (remote.type === 'monitor') {
    const ids = Array.isArray(remote.monitor_ids) ? remote.monitor_ids.map(String) : [];
    const unknown = ids.filter((m) => !monitors.has(m));
    if (unknown.length > 0) {
      return `it counts monitor${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}, which vigil neither owns nor imports now, `
        + 'and monitorSlo names monitors by logical id only. Hint: import or define those monitors, then import again';
    }
    props.monitors = ids.map((m) => monitors.get(m)!);
    if (Array.isArray(remote.groups) && remote.groups.length > 0) props.groups = remote.groups;
  } else {
    if (!isObject(spec.time_slice)) return 'a time-slice SLO without "sli_specification.time_slice"';
    props.timeSlice = timeSlice(spec.time_slice);
  }
  props.adopt = { datadogId: remote.id };
  return { datadogId: remote.id, id, file, builder, props, remote, notes };
}

/** `query1` good over `query2` total: what compiling a good/total pair sends, and what the server derives from `query`. */
function isPlainGoodTotal(count: Json): boolean {
  const formula = (key: string) => (isObject(count[key]) ? (count[key] as Json).formula : undefined);
  const names = (Array.isArray(count.queries) ? count.queries : []).map((q) => (isObject(q) ? q.name : undefined));
  return formula('good_events_formula') === 'query1' && formula('total_events_formula') === 'query2'
    && count.bad_events_formula === undefined && names.length === 2 && names.includes('query1') && names.includes('query2');
}

function formulas(count: Json): Json {
  const out: Json = { queries: queries(count.queries) };
  for (const [key, name] of [['good_events_formula', 'good'], ['bad_events_formula', 'bad'], ['total_events_formula', 'total']] as const) {
    const f = count[key];
    if (isObject(f) && typeof f.formula === 'string') out[name] = f.formula;
  }
  return out;
}

function timeSlice(ts: Json): Json {
  const q = isObject(ts.query) ? ts.query : {};
  const named = queries(q.queries);
  const formula = (Array.isArray(q.formulas) ? q.formulas : []).filter(isObject).map((f) => String(f.formula ?? ''))[0] ?? '';
  const names = Object.keys(named);
  const out: Json = names.length === 1 && names[0] === 'query1' && formula === 'query1'
    ? { query: named.query1 }
    : { queries: named, formula };
  Object.assign(out, { comparator: ts.comparator, threshold: ts.threshold });
  if (ts.query_interval_seconds !== undefined && ts.query_interval_seconds !== null && ts.query_interval_seconds !== 300) {
    out.intervalSeconds = ts.query_interval_seconds;
  }
  return out;
}

function queries(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of Array.isArray(v) ? v.filter(isObject) : []) out[String(q.name ?? '')] = String(q.query ?? '');
  return out;
}

export interface SloResidue {
  overrides: SloOverrides;
  /** Differences no override can express (adoption would change the SLO), one phrase each. */
  unavoidable: string[];
}

/**
 * What Datadog's SLO has that the compiled payload would change, since an update replaces the SLO: name,
 * description and groups become overrides; anything else is reported. `monitors` as for {@link draftSlo}.
 */
export function sloResidue(remote: WireSlo, compiled: CompiledSlo, monitors: ReadonlyMap<string, string>): SloResidue {
  const sent = compiled.payload as unknown as Json;
  const out: SloResidue = { overrides: {}, unavoidable: [] };
  if (sent.name !== remote.name) out.overrides.name = remote.name;
  const description = typeof remote.description === 'string' ? remote.description : '';
  if (sent.description !== description) out.overrides.description = description;
  const groups = Array.isArray(remote.groups) && remote.groups.length > 0 ? remote.groups.map(String) : undefined;
  if (!sameJson(sent.groups ?? null, groups ?? null)) {
    if (groups) out.overrides.groups = groups;
    else out.unavoidable.push(`groups would be set to ${JSON.stringify(sent.groups)}`);
  }
  const order = (v: unknown) => (Array.isArray(v) ? v.filter(isObject).map((t) => String(t.timeframe)) : []);
  const have = order(remote.thresholds), will = order(sent.thresholds);
  if (!sameJson(have, will) && sameJson([...have].sort(), [...will].sort())) {
    out.overrides.thresholdOrder = have as NonNullable<SloOverrides['thresholdOrder']>;
  }
  const body: Json = { ...remote };
  if (Array.isArray(body.monitor_ids)) body.monitor_ids = logicalMonitorIds(body.monitor_ids, monitors);
  for (const f of diffLive('datadog.slo', sent, body)) {
    if (['name', 'description', 'groups'].includes(f.path) || f.path === 'tags' || f.path.startsWith('tags.')) continue;
    out.unavoidable.push(`${f.path} ${JSON.stringify(f.old ?? null)} → ${JSON.stringify(f.new ?? null)}`);
  }
  for (const key of ['target_threshold', 'warning_threshold']) {
    const have = remote[key] ?? null, will = sent[key] ?? null;
    if (have !== will && Number(have) !== Number(will)) out.unavoidable.push(`${key} ${JSON.stringify(have)} → ${JSON.stringify(will)}`);
  }
  return out;
}

/** Compiles a draft as it stands. */
export function compileDraft(draft: SloDraft): CompiledSlo {
  return compileSlo(buildSlo(draft.builder, draft.props));
}

/** The props in the order a reader expects: identity, objectives, what is counted, then adoption. */
const PRINT_ORDER = [
  'id', 'name', 'description', 'tags', 'thresholds', 'timeframe', 'good', 'bad', 'total', 'formulas', 'monitors',
  'groups', 'timeSlice', 'adopt', 'overrides',
];

export function sloInPrintOrder(props: Json): Json {
  const rank = (k: string) => (PRINT_ORDER.includes(k) ? PRINT_ORDER.indexOf(k) : PRINT_ORDER.length);
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => rank(a) - rank(b)));
}
