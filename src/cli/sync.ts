// What `plan` and `apply` share: definitions → compiled desired state, providers → owned remote state, → plan.
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { plan as makePlan } from '../plan/plan.ts';
import { DEFAULT_MAX_DELETE_PERCENT, shrinkGuardReason } from '../plan/delete-guard.ts';
import type { RemoteState } from '../plan/remote.ts';
import type { Plan } from '../plan/types.ts';
import { createDatadogClient, type DatadogClient } from '../providers/datadog/client.ts';
import { readOwnedMonitors } from '../providers/datadog/monitors.ts';
import { readOwnedSlos } from '../providers/datadog/slos.ts';
import { plural, runPipeline, type PipelineResult } from './pipeline.ts';
import { mergePagerDuty } from '../plan/merge.ts';
import { datadogTarget } from '../providers/datadog/target.ts';
import { pagerDutyTarget } from '../providers/pagerduty/target.ts';
import { byKind } from '../apply/targets.ts';
import type { ApplyTarget } from '../apply/target.ts';
import { planPagerDutySide, unresolvedHandles, type PagerDutySide } from './pagerduty-sync.ts';
import { referenceDiagnostics } from './plan-references.ts';
import { adoptionTargets, mergeAdoptions, monitorCreateNames, offerAdoptions, planAdoptions, sloCreateNames, withoutAdoptions } from '../plan/adopt.ts';
import { adoptingMonitors, planSloAdoptions, sloAdoptionTargets } from '../plan/adopt-slo.ts';
import { readAdoptable, readUnownedNamed } from '../providers/datadog/adopt.ts';
import { readAdoptableSlos, readUnownedSlosNamed } from '../providers/datadog/adopt-slos.ts';

export interface Prepared {
  pipeline: PipelineResult;
  dd: DatadogClient;
  /** Present when PagerDuty objects are managed or PAGERDUTY_TOKEN is set. */
  pd?: PagerDutySide;
  plan: Plan;
}

/** The apply target for a plan: Datadog objects through the Datadog client, PagerDuty ones through pdjs. */
export function applyTarget(dd: DatadogClient, pd: PagerDutySide | undefined): ApplyTarget {
  const datadog = datadogTarget(dd);
  const pagerduty = pd ? pagerDutyTarget(pd.client, dd, pd.remote) : undefined;
  return byKind((kind) => (kind.startsWith('pagerduty.') || kind === 'datadog.pagerduty-service' ? pagerduty : datadog));
}

/** Reads every object vigil owns, in pages. */
export async function readRemote(dd: DatadogClient): Promise<RemoteState> {
  const [monitors, slos] = await Promise.all([readOwnedMonitors(dd), readOwnedSlos(dd)]);
  return { monitors, slos };
}

/**
 * Loads, validates and compiles, then reads remote state and plans. Returns undefined (after printing the problems)
 * when the definitions have errors: vigil never plans from a broken or partial set of definitions.
 */
export async function preparePlan(
  projectDir: string, dir: string | undefined, err: (s: string) => void,
  { maxDeletePercent = DEFAULT_MAX_DELETE_PERCENT }: { maxDeletePercent?: number } = {},
): Promise<Prepared | undefined> {
  const pipeline = await runPipeline({ projectDir, ...(dir ? { dir } : {}), compile: true });
  printDiagnostics(pipeline.diagnostics, err);
  if (!pipeline.compiled) {
    err(`\nNo plan: ${plural(pipeline.errors, 'error')} in the definitions. Fix them first (vigil validate).\n`);
    return undefined;
  }
  const dd = createDatadogClient();
  const remote = await readRemote(dd);
  const skipped = pipeline.skippedFiles.length;
  let withholdDeletes = pipeline.definitions.length === 0
    ? `no definitions were loaded${skipped ? ` (${plural(skipped, 'file')} in the definitions directory ${skipped === 1 ? 'was' : 'were'} skipped: see the load-skipped warnings)` : ''}, so vigil will not plan to delete everything it owns`
    : pipeline.failedFiles.length > 0 ? `${plural(pipeline.failedFiles.length, 'definition file')} failed to load` : undefined;
  const sources = new Map<string, SourceLocation>();
  for (const d of pipeline.definitions) if (d.source) sources.set(d.id, d.source);
  // Monitors and SLOs imported with `adopt` (vigil import) are taken over in place: updates that add the ownership tags.
  // (PagerDuty services with `adopt: { pagerdutyId }` are taken over in planPagerDuty.)
  const owned = new Set(remote.monitors.map((m) => m.logicalId));
  const ownedSlos = new Set(remote.slos.map((s) => s.logicalId));
  const { monitors, slos } = pipeline.compiled.datadog;
  const ownedRemoteIds = new Map(remote.monitors.map((m) => [String(m.remoteId), m.logicalId]));
  const [adoptable, adoptableSlos] = await Promise.all([
    readAdoptable(dd, adoptionTargets(monitors, owned)), readAdoptableSlos(dd, sloAdoptionTargets(slos, ownedSlos)),
  ]);
  const adoption = planAdoptions(monitors, owned, adoptable, { ownedRemoteIds, sources });
  const sloAdoption = planSloAdoptions(slos, ownedSlos, adoptableSlos, {
    monitorIds: new Map([...ownedRemoteIds, ...adoptingMonitors(monitors, owned)]), sources,
  });
  const adoptionProblems = [...adoption.problems, ...sloAdoption.problems];
  if (adoptionProblems.length) {
    for (const p of adoptionProblems) err(`plan error: ${p}\n`);
    err('\nNo plan: fix the adoptions above.\n');
    return undefined;
  }
  const desired = withoutAdoptions(pipeline.compiled, new Set([...owned, ...ownedSlos]));
  let ordinary = makePlan(desired, remote, { ...(withholdDeletes ? { withholdDeletes } : {}), sources });
  // Files that were skipped may hold the definitions of what the plan deletes: past the delete guard, plan again
  // without deletes (the planner stays a pure function of what it is given).
  const shrunk = withholdDeletes ? undefined : shrinkGuardReason(ordinary, pipeline, maxDeletePercent);
  if (shrunk) {
    withholdDeletes = shrunk;
    ordinary = makePlan(desired, remote, { withholdDeletes, sources });
  }
  let plan = mergeAdoptions(ordinary, {
    changes: [...adoption.changes, ...sloAdoption.changes],
    unchanged: adoption.unchanged + sloAdoption.unchanged,
    problems: [],
  });
  const desiredPd = pipeline.compiled.pagerduty.objects;
  const pd = await planPagerDutySide(dd, desiredPd, withholdDeletes);
  // PagerDuty services vigil does not own: taken over only when adopted and nothing but the marker changes, and
  // never created again under the same name.
  if (pd?.plan.adoptionProblems.length) {
    for (const p of pd.plan.adoptionProblems) err(`plan error: ${p}\n`);
    err('\nNo plan: fix the PagerDuty services above.\n');
    return undefined;
  }
  // The cross-system check: every @pagerduty-<name> handle must reach a service.
  const managed = new Set(desiredPd.filter((o) => o.kind === 'datadog.pagerduty-service').map((o) => String(o.payload.service_name)));
  const messages = pipeline.compiled.datadog.monitors.map((m) => ({ id: m.id, message: String(m.payload.message ?? '') }));
  const handles = await unresolvedHandles(dd, messages, managed);
  const unresolved = pd?.plan.unresolved ?? [];
  if (unresolved.length || handles.length) {
    // Each at the line of the definition that names it, in the format `vigil validate` prints.
    printDiagnostics(sortDiagnostics(referenceDiagnostics(pipeline.definitions, unresolved, handles)), err);
    const count = new Set([...unresolved.map((u) => `${u.kind}:${u.name}`), ...handles.map((h) => h.handle)]).size;
    err(`\nNo plan: ${plural(count, 'reference')} to PagerDuty cannot be resolved.\n`);
    return undefined;
  }
  if (pd) plan = mergePagerDuty(plan, pd.plan);
  // A create that a monitor or SLO vigil does not own matches (tags removed in the UI?) is warned of, with the adopt line.
  plan = offerAdoptions(plan, ...await Promise.all([readUnownedNamed(dd, monitorCreateNames(plan)), readUnownedSlosNamed(dd, sloCreateNames(plan))]));
  if (pipeline.skippedFiles.length > 0) plan = { ...plan, skippedFiles: pipeline.skippedFiles.map(({ file, reason }) => ({ file, reason })) };
  return { pipeline, dd, ...(pd ? { pd } : {}), plan };
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], err: (s: string) => void): void {
  for (const d of diagnostics) err(`${formatDiagnostic(d)}\n`);
}

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
