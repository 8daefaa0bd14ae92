// The one planner: desired state and the world as read, in; the plan and what stops it, out. Pure — it never reads
// disk or network, so tests drive it with plain JSON. The Datadog objects vigil owns (./datadog.ts), adoptions
// (./adopt.ts, ./adopt-slo.ts, ./adopt-downtime.ts), PagerDuty and Datadog's PagerDuty service objects
// (./pagerduty.ts), the checks that every handle (PagerDuty services, Slack channels, webhooks, teams, email
// addresses), user, schedule and composite member resolves, and the delete policy all happen here, so the plan a
// reviewer reads is the plan apply carries out.
import type { CompiledState } from '../compile/index.ts';
import type { Definition } from '../ir/definition.ts';
import { sortDiagnostics, type Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { mergeAdoptions, offerAdoptions, planAdoptions, withoutAdoptions } from './adopt.ts';
import { planDowntimeAdoptions } from './adopt-downtime.ts';
import { adoptingMonitors, planSloAdoptions } from './adopt-slo.ts';
import { planRuleAdoptions } from './adopt-rules.ts';
import { planDatadog } from './datadog.ts';
import { startNotes } from './downtime-notes.ts';
import { DEFAULT_MAX_DELETE_PERCENT, shrinkGuardReason } from './delete-guard.ts';
import { mergePagerDuty } from './merge.ts';
import { planPagerDuty } from './pagerduty.ts';
import { compositeProblems } from './composites.ts';
import { handleUses, resolveHandles, type HandleUse } from './handles.ts';
import { compositeDiagnostics, handleDiagnostics, referenceDiagnostics } from './reference-diagnostics.ts';
import type { Plan } from './types.ts';
import type { World } from './world.ts';
import { NOTIFICATION_RULE_LIMITS } from '../routing/notification-rules.ts';
import { routeHandles } from './routes.ts';

export { worldNeeds, type World, type WorldNeeds } from './world.ts';
export type { HandleUse } from './handles.ts';

/** What loading the definitions found, as the caller hands it over: it decides whether deletes may be planned. */
export interface LoadFacts {
  /** Files that failed to load: what they define may exist live, so nothing is deleted. */
  failedFiles: readonly string[];
  /** Files in the definitions directory that were not loaded at all (a `.js` file, a backup…), each with why. */
  skippedFiles: ReadonlyArray<{ file: string; reason: string }>;
}

export interface PlanOptions {
  /** The definitions `desired` was compiled from: where each is declared, and where it names a reference. */
  definitions?: readonly Definition[];
  load?: LoadFacts;
  /** The share of owned objects one plan may delete while definition files were skipped. Default 50. */
  maxDeletePercent?: number;
  /** Plan no deletes at all, for this reason (e.g. a plan read only for its versions). */
  withholdDeletes?: string;
  /**
   * Handles to check besides those in monitor messages, each with the definition and field that names it (e.g. the
   * recipients of notification rules).
   */
  handleUses?: readonly HandleUse[];
}

export interface PlanResult {
  /** Absent when an error diagnostic stops the plan: nothing may be applied from a plan with unresolved problems. */
  plan?: Plan;
  /** Why there is no plan (errors), or what a reviewer should know (warnings); sorted, each at its definition's line. */
  diagnostics: Diagnostic[];
}

/** Plans `desired` against `world`. */
export function plan(desired: CompiledState, world: World, options: PlanOptions = {}): PlanResult {
  const definitions = options.definitions ?? [];
  const sources = new Map<string, SourceLocation>();
  for (const d of definitions) if (d.source) sources.set(d.id, d.source);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const diagnostics: Diagnostic[] = [];
  const problem = (code: string, id: string, message: string): void => {
    const source = sources.get(id);
    // Adoption problems name their definition first (`"id": …`); the diagnostic line names it already.
    const text = message.startsWith(`"${id}": `) ? message.slice(id.length + 4) : message;
    diagnostics.push({ severity: 'error', code, id: id || '-', message: text, ...(source ? { location: source } : {}) });
  };

  let withholdDeletes = options.withholdDeletes ?? deleteWithholding(definitions.length, options.load);
  // The "now" of the plan: when the world was read, which decides what a maintenance window may send and what is over.
  const now = world.readAt ?? Date.now();
  const { owned } = world;
  const ownedMonitors = new Set(owned.monitors.map((m) => m.logicalId));
  const ownedSlos = new Set(owned.slos.map((s) => s.logicalId));
  const ownedDowntimes = new Set((owned.downtimes ?? []).map((d) => d.logicalId));
  const { monitors, slos, downtimes } = desired.datadog;
  const ownedRemoteIds = new Map(owned.monitors.map((m) => [String(m.remoteId), m.logicalId]));
  const adopting = adoptingMonitors(monitors, ownedMonitors);
  const monitorIds = new Map([...ownedRemoteIds, ...adopting]);
  const adoption = planAdoptions(monitors, ownedMonitors, world.adoptable.monitors, { ownedRemoteIds, sources });
  const sloAdoption = planSloAdoptions(slos, ownedSlos, world.adoptable.slos, { monitorIds, sources });
  const ruleAdoption = planRuleAdoptions(desired.datadog.notificationRules, owned.notificationRules ?? [], world.unownedNotificationRules ?? [], sources);
  const downtimeAdoption = planDowntimeAdoptions(downtimes, ownedDowntimes, world.adoptable.downtimes ?? [], { monitorIds, sources, now });
  const adoptions = [adoption, sloAdoption, ruleAdoption, downtimeAdoption];
  for (const p of adoptions.flatMap((a) => a.problems)) problem('plan-adopt', idOf(p, byId), p);

  const ownedRules = (owned.notificationRules ?? []).map((r) => r.logicalId);
  const ordinaryDesired = withoutAdoptions(desired, new Set([...ownedMonitors, ...ownedSlos, ...ownedRules, ...ownedDowntimes]));
  const planOwned = (withhold: string | undefined) => planDatadog(ordinaryDesired, owned, { ...(withhold ? { withholdDeletes: withhold } : {}), sources, now, adopting });
  let ordinary = planOwned(withholdDeletes);
  // Skipped files may hold the definitions of what the plan deletes: past the delete guard, plan without deletes.
  const shrunk = withholdDeletes || !options.load ? undefined
    : shrinkGuardReason(ordinary, options.load, options.maxDeletePercent ?? DEFAULT_MAX_DELETE_PERCENT);
  if (shrunk) {
    withholdDeletes = shrunk;
    ordinary = planOwned(withholdDeletes);
  }
  let out = mergeAdoptions(ordinary, {
    changes: adoptions.flatMap((a) => a.changes),
    unchanged: adoptions.reduce((n, a) => n + a.unchanged, 0),
    problems: [],
  });
  diagnostics.push(...startNotes(desired, out, sources));

  // PagerDuty, and the cross-system check that every handle reaches something the organisation has.
  const desiredPd = desired.pagerduty.objects;
  const datadogServices = new Set(world.datadogPagerDutyServices);
  const pd = world.pagerduty
    ? planPagerDuty({ desired: desiredPd, remote: world.pagerduty, datadogServices, withholdDeletes })
    : undefined;
  for (const p of pd?.adoptionProblems ?? []) problem('plan-adopt', idOf(p, byId), p);
  diagnostics.push(...referenceDiagnostics(definitions, pd?.unresolved ?? []));
  const slackAccounts = definitions.find((d) => d.kind === 'routing')?.slackAccounts ?? [];
  const handles = resolveHandles([...handleUses(desired), ...(options.handleUses ?? [])], world, {
    managedPagerDutyServices: new Set(desiredPd.filter((o) => o.kind === 'datadog.pagerduty-service').map((o) => String(o.payload.service_name))),
    slackAccounts,
  });
  const missingAccounts = slackAccounts.filter((a) => world.slackChannels?.missing.includes(a));
  diagnostics.push(...handleDiagnostics(definitions, handles, missingAccounts));
  diagnostics.push(...compositeDiagnostics(definitions, compositeProblems(desired, ownedRemoteIds, out.changes, world.compositeTargets)));
  // Datadog refuses rules past its organisation-wide limit; the rules vigil does not own count too, so only here,
  // with the world read, can the limit be checked before apply.
  const rules = desired.datadog.notificationRules.length;
  const others = world.unownedNotificationRules?.length ?? 0;
  if (rules > 0 && rules + others > NOTIFICATION_RULE_LIMITS.rulesPerOrg) {
    const routing = definitions.find((d) => d.kind === 'routing');
    problem('plan-limit', routing?.id ?? '', `Datadog allows ${NOTIFICATION_RULE_LIMITS.rulesPerOrg} monitor notification rules per organisation; `
      + `it has ${others} that vigil does not own and the definitions compile to ${rules} (${others + rules} in all). `
      + 'Route fewer teams through notification rules (teamTargets), or remove rules in Datadog that are no longer used');
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: sortDiagnostics(diagnostics) };

  if (pd) out = mergePagerDuty(out, pd);
  // A create that a monitor or SLO vigil does not own matches (tags removed in the UI?) is warned of, with the adopt line.
  if (world.unownedNamed) out = offerAdoptions(out, world.unownedNamed.monitors, world.unownedNamed.slos);
  const routes = routeHandles(out.changes, desired, world.owned.notificationRules);
  if (Object.keys(routes).length > 0) out = { ...out, routes };
  const skipped = options.load?.skippedFiles ?? [];
  if (skipped.length > 0) out = { ...out, skippedFiles: skipped.map(({ file, reason }) => ({ file, reason })) };
  return { plan: out, diagnostics: sortDiagnostics(diagnostics) };
}

/** No deletes from a broken or empty load: what the missing definitions describe may well exist live. */
function deleteWithholding(definitions: number, load: LoadFacts | undefined): string | undefined {
  if (!load) return undefined;
  const skipped = load.skippedFiles.length;
  if (definitions === 0) {
    const why = skipped ? ` (${skipped} file${skipped === 1 ? '' : 's'} in the definitions directory ${skipped === 1 ? 'was' : 'were'} skipped: see the load-skipped warnings)` : '';
    return `no definitions were loaded${why}, so vigil will not plan to delete everything it owns`;
  }
  const failed = load.failedFiles.length;
  return failed > 0 ? `${failed} definition file${failed === 1 ? '' : 's'} failed to load` : undefined;
}

/** The logical id a problem line names first (`"checkout-errors": …`), or "-". */
function idOf(problem: string, byId: ReadonlyMap<string, Definition>): string {
  const m = /^"([^"]+)"/.exec(problem);
  return m && byId.has(m[1]!) ? m[1]! : m?.[1] ?? '-';
}
