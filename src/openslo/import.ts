// OpenSLO v1 → vigil SLOs. What Datadog can express maps field by field; what it cannot (calendar windows,
// RatioTimeslices, composite SLOs, raw ratio metrics, non-Datadog sources, alert delays) is an error naming the field.
import type { BurnRateTier, SloDefinition, SloThreshold } from '../ir/slo.ts';
import { dec, mul, toNumber } from '../compile/decimal.ts';
import { formatWindow } from '../compile/slo/windows.ts';
import { LOGICAL_ID } from '../validate/semantic/ids.ts';
import { DocumentSet, isObj, type Obj, type OpenSloDocument, type OpenSloProblem } from './documents.ts';
import { ANNOTATION, OPERATORS, durationMinutes, labelValues, severityOf, timeframeOf } from './mapping.ts';

export interface ImportResult {
  slos: SloDefinition[];
  problems: OpenSloProblem[];
}

/** Converts every SLO in an OpenSLO v1 stream. SLOs with errors are left out; all problems are reported. */
export function importOpenSlo(text: string, file: string): ImportResult {
  const set = DocumentSet.parse(text, file);
  const slos: SloDefinition[] = [];
  for (const doc of set.ofKind('SLO')) {
    const before = set.problems.filter((p) => p.severity === 'error').length;
    const slo = convert(doc, set);
    if (slo && set.problems.filter((p) => p.severity === 'error').length === before) slos.push(slo);
  }
  if (set.ofKind('SLO').length === 0 && set.problems.length === 0) set.fail(file, 'contains no OpenSLO document of kind SLO');
  for (const d of set.ofKind('AlertNotificationTarget')) {
    set.warn(`AlertNotificationTarget "${d.metadata.name}"`, 'not imported: vigil routes alerts by severity and team (routing rules), not per SLO');
  }
  return { slos, problems: set.problems };
}

function convert(doc: OpenSloDocument, set: DocumentSet): SloDefinition | undefined {
  const name = doc.metadata.name;
  const at = (field: string) => `SLO "${name}" ${field}`;
  const spec = doc.spec;
  const notes = doc.metadata.annotations ?? {};
  if (!LOGICAL_ID.test(name) || name.includes('.')) {
    return set.fail(at('metadata.name'), 'must be lowercase letters, digits and dashes to become a vigil logical id');
  }
  const windows = Array.isArray(spec.timeWindow) ? spec.timeWindow : [];
  if (windows.length !== 1 || !isObj(windows[0])) return set.fail(at('spec.timeWindow'), 'must hold exactly one window');
  const window = windows[0];
  if (window.calendar !== undefined || window.isRolling === false) {
    return set.fail(at(window.calendar !== undefined ? 'spec.timeWindow[0].calendar' : 'spec.timeWindow[0].isRolling'),
      'calendar-aligned windows have no Datadog equivalent: Datadog SLOs are rolling 7d, 30d or 90d windows');
  }
  const timeframe = timeframeOf(String(window.duration ?? ''));
  if (!timeframe) {
    return set.fail(at('spec.timeWindow[0].duration'), `Datadog SLOs measure rolling 7d, 30d or 90d windows (got ${JSON.stringify(window.duration)}); use 7d/1w, 30d/1M or 90d/1Q`);
  }
  const method = spec.budgetingMethod;
  if (method === 'RatioTimeslices') {
    return set.fail(at('spec.budgetingMethod'), 'RatioTimeslices (the mean of per-slice ratios) has no Datadog equivalent; use Occurrences (metric SLO) or Timeslices (time-slice SLO)');
  }
  if (method !== 'Occurrences' && method !== 'Timeslices') {
    return set.fail(at('spec.budgetingMethod'), `must be Occurrences or Timeslices (got ${JSON.stringify(method)})`);
  }
  const objectives = Array.isArray(spec.objectives) ? spec.objectives.filter(isObj) : [];
  if (objectives.length !== 1) {
    return set.fail(at('spec.objectives'), `Datadog keeps one target per timeframe, so vigil imports exactly one objective (got ${objectives.length})`);
  }
  const objective = objectives[0]!;
  for (const key of ['indicator', 'indicatorRef', 'compositeWeight']) {
    if (objective[key] !== undefined) return set.fail(at(`spec.objectives[0].${key}`), 'composite SLOs have no Datadog equivalent');
  }
  const target = targetOf(objective, set, at);
  if (target === undefined) return undefined;
  const indicator = spec.indicatorRef !== undefined
    ? set.resolve({ indicatorRef: spec.indicatorRef }, 'SLI', 'indicatorRef', at('spec'))
    : spec.indicator !== undefined ? set.resolve(spec.indicator, 'SLI', 'indicatorRef', at('spec.indicator')) : set.fail(at('spec.indicator'), 'an SLO needs an indicator or indicatorRef');
  if (!indicator) return undefined;
  const warning = notes[ANNOTATION.warning];
  const threshold: SloThreshold = { timeframe, target, ...(warning ? { warning: Number(warning) } : {}) };
  const def: SloDefinition = {
    kind: 'slo', id: name, name: doc.metadata.displayName ?? name, type: 'metric',
    thresholds: [threshold, ...parseJson<SloThreshold[]>(notes[ANNOTATION.thresholds], []).filter((t) => t.timeframe !== timeframe)],
    timeframe,
  };
  if (typeof spec.description === 'string' && spec.description) def.description = spec.description;
  if (typeof spec.service === 'string' && spec.service && notes[ANNOTATION.noService] !== 'true') def.service = spec.service;
  if (notes[ANNOTATION.runbook]) def.runbook = notes[ANNOTATION.runbook];
  applyLabels(def, doc.metadata.labels ?? {});
  const sliWhere = `SLI "${indicator.name || `${name} (inline)`}" spec`;
  if (!sli(def, indicator.doc.spec, method, objective, set, sliWhere)) return undefined;
  alerting(def, spec, notes, set, at);
  return def;
}

function targetOf(objective: Obj, set: DocumentSet, at: (f: string) => string): number | undefined {
  if (typeof objective.targetPercent === 'number') return objective.targetPercent;
  if (typeof objective.target === 'number') return toNumber(mul(dec(objective.target), dec(100)));
  return set.fail(at('spec.objectives[0].target'), 'needs "target" (0–1) or "targetPercent" (0–100)');
}

/** Ratio metrics become metric SLOs (Occurrences) or a good/total slice ratio (Timeslices); threshold metrics time slices. */
function sli(def: SloDefinition, spec: Obj, method: string, objective: Obj, set: DocumentSet, where: string): boolean {
  if (isObj(spec.ratioMetric)) {
    const r = spec.ratioMetric;
    if (r.raw !== undefined) return !!set.fail(`${where}.ratioMetric.raw`, 'a raw (precomputed) ratio has no Datadog equivalent; give good or bad, and total');
    const good = r.good !== undefined ? query(r.good, set, `${where}.ratioMetric.good`) : undefined;
    const bad = r.bad !== undefined ? query(r.bad, set, `${where}.ratioMetric.bad`) : undefined;
    const total = query(r.total, set, `${where}.ratioMetric.total`);
    if (total === undefined || (good === undefined && bad === undefined)) return false;
    if (method === 'Occurrences') {
      if (good !== undefined) def.good = good;
      else def.bad = bad!;
      def.total = total;
      return true;
    }
    const window = sliceSeconds(objective, set, where);
    const sliceTarget = objective.timeSliceTarget;
    if (window === undefined || typeof sliceTarget !== 'number') {
      return !!set.fail(`${where.replace(/SLI .*/, 'SLO')} objectives[0].timeSliceTarget`, 'Timeslices needs "timeSliceTarget" and "timeSliceWindow"');
    }
    def.type = 'time_slice';
    def.timeSlice = good !== undefined
      ? { queries: { good, total }, formula: 'good / total', comparator: '>=', threshold: sliceTarget, intervalSeconds: window }
      : { queries: { bad: bad!, total }, formula: '(total - bad) / total', comparator: '>=', threshold: sliceTarget, intervalSeconds: window };
    return true;
  }
  if (isObj(spec.thresholdMetric)) {
    if (method !== 'Timeslices') {
      return !!set.fail(`${where}.thresholdMetric`, 'Datadog counts threshold metrics in time slices: use budgetingMethod Timeslices, or a ratioMetric for Occurrences');
    }
    const q = query(spec.thresholdMetric, set, `${where}.thresholdMetric`);
    const op = OPERATORS[String(objective.op)];
    const window = sliceSeconds(objective, set, where);
    if (!op) return !!set.fail(`${where} objectives[0].op`, `must be lt, lte, gt or gte (got ${JSON.stringify(objective.op)})`);
    if (typeof objective.value !== 'number') return !!set.fail(`${where} objectives[0].value`, 'a threshold metric needs a numeric "value"');
    if (q === undefined || window === undefined) return false;
    if (objective.timeSliceTarget !== undefined && objective.timeSliceTarget !== 1) {
      set.warn(`${where} objectives[0].timeSliceTarget`, 'ignored: Datadog judges each slice by one aggregated value');
    }
    def.type = 'time_slice';
    def.timeSlice = { query: q, comparator: op, threshold: objective.value, intervalSeconds: window };
    return true;
  }
  return !!set.fail(where, 'needs a ratioMetric or a thresholdMetric');
}

function sliceSeconds(objective: Obj, set: DocumentSet, where: string): 60 | 300 | undefined {
  const minutes = durationMinutes(String(objective.timeSliceWindow ?? ''));
  if (minutes === 1 || minutes === 5) return (minutes * 60) as 60 | 300;
  return set.fail(`${where} objectives[0].timeSliceWindow`, `Datadog slices are 1m or 5m (got ${JSON.stringify(objective.timeSliceWindow)})`);
}

/** `{metricSource: {type: Datadog, spec: {query}}}`, possibly through a DataSource (`metricSourceRef`). */
function query(leaf: unknown, set: DocumentSet, where: string): string | undefined {
  const source = isObj(leaf) && isObj(leaf.metricSource) ? leaf.metricSource : undefined;
  if (!source) return set.fail(`${where}.metricSource`, 'is required');
  let type = source.type;
  if (typeof source.metricSourceRef === 'string') {
    const ds = set.get('DataSource', source.metricSourceRef);
    if (!ds) return set.fail(`${where}.metricSource.metricSourceRef`, `refers to DataSource "${source.metricSourceRef}", which is not in the file`);
    type ??= ds.spec.type;
  }
  if (String(type).toLowerCase() !== 'datadog') {
    return set.fail(`${where}.metricSource.type`, `vigil compiles to Datadog, so the source must be Datadog (got ${JSON.stringify(type)})`);
  }
  const q = isObj(source.spec) ? source.spec.query : undefined;
  if (typeof q !== 'string' || !q.trim()) return set.fail(`${where}.metricSource.spec.query`, 'needs the Datadog metric query');
  return q.trim();
}

function applyLabels(def: SloDefinition, labels: Record<string, string | string[]>): void {
  const tags: string[] = [];
  for (const key of Object.keys(labels).sort()) {
    const values = labelValues(labels[key]);
    if ((key === 'team' || key === 'env') && values.length === 1) def[key] = values[0]!;
    else for (const v of values) tags.push(`${key}:${v}`);
  }
  if (tags.length) def.tags = tags;
}

/** Each AlertPolicy (one burn-rate condition) becomes a burn-rate tier; error-budget alerts come from the annotation. */
function alerting(def: SloDefinition, spec: Obj, notes: Record<string, string>, set: DocumentSet, at: (f: string) => string): void {
  const policies = Array.isArray(spec.alertPolicies) ? spec.alertPolicies : [];
  const tiers: BurnRateTier[] = [];
  policies.forEach((p, i) => {
    const where = at(`spec.alertPolicies[${i}]`);
    const policy = set.resolve(p, 'AlertPolicy', 'alertPolicyRef', where);
    if (!policy) return;
    const conditions = Array.isArray(policy.doc.spec.conditions) ? policy.doc.spec.conditions : [];
    if (conditions.length !== 1) return void set.fail(`AlertPolicy "${policy.name}" spec.conditions`, 'must hold exactly one condition (OpenSLO v1)');
    const cond = set.resolve(conditions[0], 'AlertCondition', 'conditionRef', `AlertPolicy "${policy.name}" spec.conditions[0]`);
    if (!cond) return;
    const cwhere = `AlertCondition "${cond.name || `${policy.name} (inline)`}" spec`;
    const c = isObj(cond.doc.spec.condition) ? cond.doc.spec.condition : {};
    if (c.kind !== 'burnrate') return void set.fail(`${cwhere}.condition.kind`, `only "burnrate" maps to Datadog (got ${JSON.stringify(c.kind)})`);
    if (c.op !== 'gt' && c.op !== 'gte') return void set.fail(`${cwhere}.condition.op`, `a burn-rate alert fires above its threshold: use gt (got ${JSON.stringify(c.op)})`);
    if (c.alertAfter !== undefined && durationMinutes(String(c.alertAfter)) !== 0) {
      return void set.fail(`${cwhere}.condition.alertAfter`, 'Datadog burn-rate alerts have no delay; the short window confirms the burn instead (use 0m)');
    }
    const long = durationMinutes(String(c.lookbackWindow ?? ''));
    if (long === undefined) return void set.fail(`${cwhere}.condition.lookbackWindow`, `must be a duration such as 1h (got ${JSON.stringify(c.lookbackWindow)})`);
    if (typeof c.threshold !== 'number') return void set.fail(`${cwhere}.condition.threshold`, 'must be the burn rate, a number');
    const severity = severityOf(String(cond.doc.spec.severity ?? ''));
    if (!severity) return void set.fail(`${cwhere}.severity`, `must be sev1…sev5, page, ticket, critical, high, medium, low or info (got ${JSON.stringify(cond.doc.spec.severity)})`);
    const annotations = { ...policy.doc.metadata.annotations, ...cond.doc.metadata.annotations };
    const name = annotations[ANNOTATION.tier] ?? policy.name.replace(new RegExp(`^${def.id}-`), '');
    const tier: BurnRateTier = { name, longWindow: formatWindow(long), burnRate: c.threshold, severity };
    if (annotations[ANNOTATION.shortWindow]) tier.shortWindow = annotations[ANNOTATION.shortWindow];
    tiers.push(tier);
  });
  const budget = parseJson<Array<{ consumed: number }>>(notes[ANNOTATION.errorBudget], []);
  const message = parseJson<Record<string, unknown> | undefined>(notes[ANNOTATION.message], undefined);
  if (!tiers.length && !budget.length) return;
  def.alerts = { burnRate: tiers.length ? tiers : false };
  if (budget.length) def.alerts.errorBudget = budget as NonNullable<NonNullable<SloDefinition['alerts']>['errorBudget']>;
  if (message) def.alerts.message = message;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
