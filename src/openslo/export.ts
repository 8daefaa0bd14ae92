// vigil SLOs → OpenSLO v1 documents: an SLI, one AlertCondition and AlertPolicy per burn-rate tier, and the SLO
// referring to them. What OpenSLO has no field for travels in `vigil.dev/*` annotations so it imports back intact.
import { stringify } from 'yaml';
import type { SloDefinition } from '../ir/slo.ts';
import { dec, div, toNumber } from '../compile/decimal.ts';
import { primaryTimeframe, resolveTiers } from '../compile/slo/tiers.ts';
import { API_VERSION, type OpenSloProblem } from './documents.ts';
import { ANNOTATION, operatorName } from './mapping.ts';

type Doc = Record<string, unknown>;

export interface ExportResult {
  documents: Doc[];
  problems: OpenSloProblem[];
}

/** Converts valid SLO definitions. Monitor-based SLOs have no OpenSLO form and are reported, not exported. */
export function exportOpenSlo(slos: readonly SloDefinition[]): ExportResult {
  const documents: Doc[] = [];
  const problems: OpenSloProblem[] = [];
  for (const slo of [...slos].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (slo.type === 'monitor') {
      problems.push({ severity: 'warning', where: `SLO "${slo.id}" type`, message: 'monitor-based SLOs count monitor uptime, which OpenSLO cannot express; not exported' });
      continue;
    }
    const sli = indicator(slo);
    if (typeof sli === 'string') {
      problems.push({ severity: 'warning', where: `SLO "${slo.id}" ${slo.type === 'time_slice' ? 'timeSlice' : 'formulas'}`, message: `${sli}; not exported` });
      continue;
    }
    documents.push(...sloDocuments(slo, sli));
  }
  return { documents, problems };
}

/** The documents as one YAML stream. */
export function toYaml(documents: readonly Doc[]): string {
  return documents.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

function sloDocuments(slo: SloDefinition, sli: Doc): Doc[] {
  const timeframe = primaryTimeframe(slo);
  const main = slo.thresholds.find((t) => t.timeframe === timeframe)!;
  const annotations: Record<string, string> = {};
  if (main.warning !== undefined) annotations[ANNOTATION.warning] = String(main.warning);
  const others = slo.thresholds.filter((t) => t.timeframe !== timeframe);
  if (others.length) annotations[ANNOTATION.thresholds] = JSON.stringify(others);
  if (slo.alerts?.errorBudget?.length) annotations[ANNOTATION.errorBudget] = JSON.stringify(slo.alerts.errorBudget);
  if (slo.alerts?.message) annotations[ANNOTATION.message] = JSON.stringify(slo.alerts.message);
  if (slo.runbook) annotations[ANNOTATION.runbook] = slo.runbook;
  if (!slo.service) annotations[ANNOTATION.noService] = 'true';
  const labels: Record<string, string | string[]> = {};
  if (slo.team) labels.team = slo.team;
  if (slo.env) labels.env = slo.env;
  for (const tag of slo.tags ?? []) {
    const [key, ...rest] = tag.split(':');
    const value = rest.join(':');
    const prev = labels[key!];
    labels[key!] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  const sliName = `${slo.id}-sli`;
  const docs: Doc[] = [doc('SLI', sliName, undefined, {}, {}, { ...(slo.description ? { description: slo.description } : {}), ...sli })];
  const policies: Array<{ alertPolicyRef: string }> = [];
  for (const tier of resolveTiers(slo).filter((t) => t.kind === 'burn-rate')) {
    const name = `${slo.id}-${tier.name}`;
    docs.push(doc('AlertCondition', name, undefined, {}, { [ANNOTATION.shortWindow]: tier.shortWindow! }, {
      severity: tier.severity,
      condition: { kind: 'burnrate', op: 'gt', threshold: toNumber(tier.rate!), lookbackWindow: tier.longWindow, alertAfter: '0m' },
    }));
    docs.push(doc('AlertPolicy', name, undefined, {}, { [ANNOTATION.tier]: tier.name }, {
      alertWhenBreaching: true, alertWhenResolved: true, alertWhenNoData: false, conditions: [{ conditionRef: name }],
    }));
    policies.push({ alertPolicyRef: name });
  }
  const objective: Doc = { displayName: `${main.target}% over ${timeframe}`, target: toNumber(div(dec(main.target), dec(100), 6)) };
  if (slo.type === 'time_slice' && slo.timeSlice) {
    objective.timeSliceWindow = slo.timeSlice.intervalSeconds === 60 ? '1m' : '5m';
    if (slo.timeSlice.query !== undefined) {
      objective.op = operatorName(slo.timeSlice.comparator);
      objective.value = slo.timeSlice.threshold;
      objective.timeSliceTarget = 1;
    } else objective.timeSliceTarget = slo.timeSlice.threshold;
  }
  docs.push(doc('SLO', slo.id, slo.name, labels, annotations, {
    ...(slo.description ? { description: slo.description } : {}),
    service: slo.service ?? slo.team ?? slo.id,
    indicatorRef: sliName,
    timeWindow: [{ duration: timeframe, isRolling: true }],
    budgetingMethod: slo.type === 'time_slice' ? 'Timeslices' : 'Occurrences',
    objectives: [objective],
    ...(policies.length ? { alertPolicies: policies } : {}),
  }));
  return docs;
}

/** The SLI: a ratio of Datadog queries, or a threshold metric for a single-query time slice; or why there is none. */
function indicator(slo: SloDefinition): Doc | string {
  const source = (query: string) => ({ metricSource: { type: 'Datadog', spec: { query } } });
  const ratio = (counter: boolean, good: string | undefined, bad: string | undefined, total: string) =>
    ({ ratioMetric: { counter, ...(good !== undefined ? { good: source(good) } : { bad: source(bad!) }), total: source(total) } });
  if (slo.type === 'time_slice' && slo.timeSlice) {
    const ts = slo.timeSlice;
    if (ts.query !== undefined) return { thresholdMetric: source(ts.query) };
    const q = ts.queries ?? {};
    const f = ts.formula?.replace(/\s+/g, ' ').trim();
    if (q.good && q.total && f === 'good / total' && ts.comparator === '>=') return ratio(false, q.good, undefined, q.total);
    if (q.bad && q.total && f === '(total - bad) / total' && ts.comparator === '>=') return ratio(false, undefined, q.bad, q.total);
    return 'a time slice over a formula other than good / total (or (total - bad) / total) with ">=" has no OpenSLO form';
  }
  if (slo.formulas) {
    const { queries, good, bad, total } = slo.formulas;
    const leaf = (f: string | undefined) => (f !== undefined ? queries[f.trim()] : undefined);
    const g = leaf(good), b = leaf(bad), t = leaf(total);
    if (t !== undefined && (g !== undefined || b !== undefined)) return ratio(true, g, g === undefined ? b : undefined, t);
    return 'count formulas that combine several queries have no OpenSLO form (OpenSLO ratios take one query each for good, bad and total)';
  }
  if (slo.total === undefined) return 'an SLO of good and bad counts without a total has no OpenSLO form';
  return ratio(true, slo.good, slo.good === undefined ? slo.bad : undefined, slo.total);
}

function doc(kind: string, name: string, displayName: string | undefined, labels: Doc, annotations: Record<string, string>, spec: Doc): Doc {
  const metadata: Doc = { name };
  if (displayName) metadata.displayName = displayName;
  if (Object.keys(labels).length) metadata.labels = labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  return { apiVersion: API_VERSION, kind, metadata, spec };
}
