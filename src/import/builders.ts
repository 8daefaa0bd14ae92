// Which DSL builder an imported monitor is written with, and its builder-specific props. Typed builders are used only
// when running them on the props gives back Datadog's query byte for byte; otherwise the generic `monitor()` keeps
// the raw query.
import { compositeMonitor, monitor } from '../dsl/monitors/composite.ts';
import { eventAlert, logAlert, serviceCheck } from '../dsl/monitors/checks.ts';
import { metricAlert } from '../dsl/monitors/metric.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { Literal, SearchQuery, ServiceCheckQuery } from '../query/ast.ts';
import { parseQuery } from '../query/index.ts';
import { sameJson } from './options.ts';

type Json = Record<string, unknown>;
export type BuilderName = 'metricAlert' | 'serviceCheck' | 'logAlert' | 'eventAlert' | 'compositeMonitor' | 'monitor';

// The builders take precise prop types; the importer hands them plain JSON it checks by building.
type Builder = (props: never) => MonitorDefinition;
export const BUILDERS: Record<BuilderName, Builder> = { metricAlert, serviceCheck, logAlert, eventAlert, compositeMonitor, monitor };

export function build(builder: BuilderName, props: Json): MonitorDefinition {
  return (BUILDERS[builder] as (p: Json) => MonitorDefinition)(props);
}

export interface BuilderChoice {
  builder: BuilderName;
  /** Builder-specific props (query, check, search, when…), in print order. */
  props: Json;
  /** The threshold written in the query, which the builder turns into `thresholds.critical` (not repeated). */
  queryThreshold?: number;
  /** Thresholds the builder fills in itself when left out (service checks: `critical: 1, ok: 1`). */
  thresholdDefaults?: Json;
}

/**
 * Picks the builder for a monitor. `refs` maps Datadog ids to logical ids for composite queries; `thresholds` are
 * the monitor's typed thresholds, needed to check that a typed builder reproduces the query.
 */
export function chooseBuilder(type: string, query: string, refs: ReadonlyMap<string, string>, thresholds: Json): BuilderChoice {
  if (type === 'composite') {
    const when = query.replace(/\b\d+\b/g, (id) => (refs.has(id) ? `\${${refs.get(id)}}` : id));
    return { builder: 'compositeMonitor', props: { when } };
  }
  const parsed = parseQuery(type, query);
  if (!parsed.ok) return raw(type, query);
  if (type === 'query alert' || type === 'metric alert') {
    return { builder: 'metricAlert', props: { query }, ...(parsed.threshold !== undefined ? { queryThreshold: parsed.threshold } : {}) };
  }
  const ast = parsed.ast;
  const typed = ast.kind === 'service-check' ? serviceCheckProps(ast)
    : ast.kind === 'search' && ast.source === 'logs' && type === 'log alert' ? searchProps('logAlert', ast)
      : ast.kind === 'search' && ast.source === 'events' && type === 'event-v2 alert' ? searchProps('eventAlert', ast)
        : undefined;
  if (!typed || !reproduces(typed, query, thresholds)) return raw(type, query, parsed.threshold);
  return typed;
}

/** The generic builder with the query as Datadog has it; compile still fills `critical` from a parsed query. */
function raw(type: string, query: string, queryThreshold?: number): BuilderChoice {
  return { builder: 'monitor', props: { type, query }, ...(queryThreshold !== undefined ? { queryThreshold } : {}) };
}

/** True when the typed builder, given these props, writes exactly Datadog's query and thresholds. */
function reproduces(choice: BuilderChoice, query: string, thresholds: Json): boolean {
  const props = { id: 'probe', name: 'probe', message: 'probe', ...choice.props, thresholds: withoutDefaults(choice, thresholds) };
  try {
    const def = build(choice.builder, props);
    // Compile fills `critical` from the query whatever the builder, so a monitor without one compares with it.
    const expected = choice.queryThreshold !== undefined ? { critical: choice.queryThreshold, ...thresholds } : thresholds;
    return def.query === query && sameJson(def.options?.thresholds ?? {}, expected);
  } catch {
    return false;
  }
}

/** The thresholds to write: without the query's own threshold or the builder's defaults, which it adds itself. */
export function withoutDefaults(choice: BuilderChoice, thresholds: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(thresholds)) {
    if (key === 'critical' && choice.queryThreshold !== undefined && value === choice.queryThreshold) continue;
    if (choice.thresholdDefaults && key in choice.thresholdDefaults && value === choice.thresholdDefaults[key]) continue;
    out[key] = value;
  }
  return out;
}

function serviceCheckProps(ast: ServiceCheckQuery): BuilderChoice {
  const props: Json = { check: ast.check };
  if (!sameJson(ast.over, ['*'])) props.over = ast.over;
  if (ast.exclude.length) props.exclude = ast.exclude;
  if (ast.by.length) props.by = ast.by;
  props.last = ast.last;
  return { builder: 'serviceCheck', props, thresholdDefaults: { critical: 1, ok: 1 } };
}

function searchProps(builder: 'logAlert' | 'eventAlert', ast: SearchQuery): BuilderChoice | undefined {
  if (ast.window === undefined || ast.comparator === undefined || ast.threshold === undefined) return undefined;
  const strings = (name: string) => ast.calls.find((c) => c.name === name)?.args.map(text);
  const props: Json = { search: ast.search };
  const indexes = strings('index');
  if (builder === 'logAlert' && indexes && !sameJson(indexes, ['*'])) props.indexes = indexes;
  const [method, measure] = strings('rollup') ?? ['count'];
  if (method !== 'count' || measure !== undefined) props.rollup = measure === undefined ? { method } : { method, measure };
  if (ast.groupBy.length) props.by = ast.groupBy;
  Object.assign(props, { window: ast.window, comparator: ast.comparator, threshold: ast.threshold });
  return { builder, props, queryThreshold: ast.threshold };
}

function text(l: Literal): string {
  return l.kind === 'string' ? l.value : l.kind === 'number' ? String(l.value) : l.name;
}
