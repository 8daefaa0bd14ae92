// Adoption: definitions carrying `adopt: { datadogId }` (written by `vigil import`) take over monitors that exist in
// Datadog but are not vigil's yet. The first plan updates each such monitor in place, which adds vigil's ownership
// tags; from then on the ordinary planner finds it by its `vigil-id:` tag and the `adopt` marker is inert.
// Pure, like the planner: the caller reads the adoptable monitors (providers/datadog/adopt.ts) and hands them in.
import type { CompiledMonitor, CompiledState } from '../compile/index.ts';
import { ID_TAG_PREFIX, MANAGED_TAG } from '../compile/ownership.ts';
import type { SourceLocation } from '../ir/source.ts';
import { diffLive } from './diff-live.ts';
import { order } from './order.ts';
import { logicalReferences } from './references.ts';
import type { RemoteObject } from './remote.ts';
import type { Change, FieldChange, Plan } from './types.ts';

export interface AdoptionPlan {
  /** One `update` with reason `adopt` per monitor taken over, with the field differences a reviewer reads. */
  changes: Change[];
  /** Adoptions that need no change (the monitor already matches, ownership tags included). */
  unchanged: number;
  /** Adoptions that cannot happen, one line each naming the logical id; plan nothing while there are any. */
  problems: string[];
}

export interface AdoptionOptions {
  /** Remote id → logical id of monitors vigil already owns, so a composite's references to them read as logical. */
  ownedRemoteIds?: ReadonlyMap<string, string>;
  /** Where each logical id was declared, to point reviewers at the line. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

/** Datadog ids the caller must read for {@link planAdoptions}: adopt markers of definitions vigil does not own yet. */
export function adoptionTargets(desired: readonly CompiledMonitor[], owned: ReadonlySet<string>): number[] {
  return [...new Set(pending(desired, owned).map((d) => d.adopt!))].sort((a, b) => a - b);
}

/**
 * Plans the takeover of every adoptable monitor. `owned` holds the logical ids vigil already owns remotely (their
 * `adopt` markers are done and ignored); `adoptable` holds the monitors read by Datadog id.
 */
export function planAdoptions(
  desired: readonly CompiledMonitor[], owned: ReadonlySet<string>, adoptable: readonly RemoteObject[],
  options: AdoptionOptions = {},
): AdoptionPlan {
  const wanted = pending(desired, owned);
  // Composite queries name monitors by Datadog id: those being adopted count as logical here, like owned ones.
  const logicalIds = new Map(options.ownedRemoteIds ?? []);
  for (const d of wanted) logicalIds.set(String(d.adopt), d.id);

  return planTakeovers(wanted, adoptable, options.sources, {
    kind: 'datadog.monitor', noun: 'monitor', article: 'a', showId: (id) => String(id),
    owner: (body) => taggedOwner(body, (t) => t),
    logical: (body) => (typeof body.query === 'string'
      ? { ...body, query: logicalReferences(String(body.type), body.query, logicalIds) } : body),
  });
}

/** What differs between adopting one kind and another: names in messages, ownership and the canonical form. */
export interface TakeoverSpec {
  kind: 'datadog.monitor' | 'datadog.slo' | 'datadog.notification-rule' | 'datadog.downtime';
  noun: string;
  article: string;
  showId(id: string | number): string;
  /** The logical id of the vigil definition that owns the remote object already (`(no id)` if none is named), or undefined. */
  owner(body: Record<string, unknown>): string | undefined;
  /** The remote body with the Datadog ids it refers to written as logical ids, as payloads write them. */
  logical(body: Record<string, unknown>): Record<string, unknown>;
  /**
   * For kinds whose ownership is not among the compared fields (a marker line in a downtime's message): the field
   * change that takes the object over. Monitors and SLOs compare their ownership tags, so their diff shows it already.
   */
  ownership?(live: Record<string, unknown>, payload: Record<string, unknown>): FieldChange;
}

interface Adoptable {
  id: string;
  adopt?: string | number;
  payload: unknown;
  dependsOn: string[];
}

/**
 * The takeover plan shared by monitors and SLOs: refuses an object claimed twice, gone, or owned already, and
 * otherwise plans an in-place `update` with reason `adopt` unless the object already matches.
 */
export function planTakeovers(
  wanted: readonly Adoptable[], adoptable: readonly RemoteObject[], sources: ReadonlyMap<string, SourceLocation> | undefined,
  spec: TakeoverSpec,
): AdoptionPlan {
  const byRemoteId = new Map(adoptable.map((o) => [String(o.remoteId), o]));
  const claims = new Map<string, string[]>();
  for (const d of wanted) claims.set(String(d.adopt), [...(claims.get(String(d.adopt)) ?? []), d.id]);
  const out: AdoptionPlan = { changes: [], unchanged: 0, problems: [] };
  for (const d of wanted) {
    const at = `"${d.id}": adopt.datadogId ${spec.showId(d.adopt!)}`;
    const rivals = claims.get(String(d.adopt))!.filter((id) => id !== d.id);
    if (rivals.length > 0) {
      out.problems.push(`${at} is also adopted by ${rivals.map((r) => `"${r}"`).join(', ')}; ${spec.article} ${spec.noun} can be adopted once`);
      continue;
    }
    const remote = byRemoteId.get(String(d.adopt));
    if (!remote) {
      out.problems.push(`${at}: Datadog has no ${spec.noun} with that id (deleted since the import?); remove "adopt" to create it anew`);
      continue;
    }
    const owner = spec.owner(remote.body);
    if (owner !== undefined) {
      out.problems.push(`${at}: that ${spec.noun} is already managed by vigil as "${owner}"; remove "adopt" or the other definition`);
      continue;
    }
    const payload = d.payload as Record<string, unknown>;
    const fields = diffLive(spec.kind, payload, spec.logical(remote.body));
    if (spec.ownership) fields.unshift(spec.ownership(remote.body, payload));
    if (fields.length === 0) {
      out.unchanged++;
      continue;
    }
    const source = sources?.get(d.id);
    out.changes.push({
      action: 'update', kind: spec.kind, id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version,
      reason: 'adopt', fields, payload, dependsOn: d.dependsOn, ...(source ? { source } : {}),
    });
  }
  out.problems.sort();
  return out;
}

/** The owner a tagged object (monitor, SLO) names: `managed-by:vigil` with its `vigil-id:` tag, as `normalize` reads tags. */
export function taggedOwner(body: Record<string, unknown>, normalize: (tag: string) => string): string | undefined {
  const tags = Array.isArray(body.tags) ? body.tags.map((t) => normalize(String(t))) : [];
  if (!tags.includes(MANAGED_TAG)) return undefined;
  return tags.find((t) => t.startsWith(ID_TAG_PREFIX))?.slice(ID_TAG_PREFIX.length) ?? '(no id)';
}

/**
 * The desired state the ordinary planner must see while adoptions are pending: without the monitors, SLOs and
 * downtimes being adopted, which it would otherwise plan as creates. `owned` holds the logical ids vigil owns
 * remotely, of every kind (logical ids are unique across kinds).
 */
export function withoutAdoptions(desired: CompiledState, owned: ReadonlySet<string>): CompiledState {
  const adopting = (d: { id: string; adopt?: unknown }) => d.adopt !== undefined && !owned.has(d.id);
  const monitors = desired.datadog.monitors.filter((m) => !adopting(m));
  const slos = desired.datadog.slos.filter((s) => !adopting(s));
  const notificationRules = desired.datadog.notificationRules.filter((r) => !adopting(r));
  const downtimes = desired.datadog.downtimes.filter((d) => !adopting(d));
  return { ...desired, datadog: { ...desired.datadog, monitors, slos, notificationRules, downtimes } };
}

/**
 * Adds the adoptions to a plan made from {@link withoutAdoptions}: changes in execution order, the summary counted,
 * and the adopted monitors' remote ids known, so composites created in the same apply can refer to them. Their
 * versions stay out of `remoteVersions`, which lists owned objects only (the staleness check re-reads owned ones).
 */
export function mergeAdoptions(plan: Plan, adoption: AdoptionPlan): Plan {
  const remoteIds = { ...plan.remoteIds };
  for (const c of adoption.changes) remoteIds[c.id] = c.remoteId!;
  const sorted = Object.fromEntries(Object.entries(remoteIds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...plan,
    summary: {
      ...plan.summary,
      update: plan.summary.update + adoption.changes.length,
      unchanged: plan.summary.unchanged + adoption.unchanged,
    },
    changes: order([...plan.changes, ...adoption.changes]),
    remoteIds: sorted,
  };
}

function pending(desired: readonly CompiledMonitor[], owned: ReadonlySet<string>): CompiledMonitor[] {
  return desired.filter((d) => d.adopt !== undefined && !owned.has(d.id));
}

/**
 * The names of the monitors a plan creates: what to look for among monitors vigil does not own (see
 * {@link offerAdoptions}). Empty when the plan creates no monitor, so nothing is read.
 */
export function monitorCreateNames(plan: Plan): string[] {
  return createNames(plan, 'datadog.monitor');
}

/** The same for the SLOs a plan creates. */
export function sloCreateNames(plan: Plan): string[] {
  return createNames(plan, 'datadog.slo');
}

function createNames(plan: Plan, kind: Change['kind']): string[] {
  const names = plan.changes.filter((c) => c.action === 'create' && c.kind === kind)
    .map((c) => c.payload?.name).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return [...new Set(names)].sort();
}

/**
 * Marks each create of a monitor that a live monitor vigil does not own matches — by name (case and surrounding
 * spaces aside), else by query and type — with that monitor, so the plan warns before a second one pages twice and
 * says which `adopt: { datadogId }` line takes it back; and each create of an SLO that an unowned SLO matches by
 * name. Most often it is vigil's own object whose tags someone removed in the UI. A match by name wins over one by
 * query; among equals the lowest Datadog id. Pure: the caller reads the candidates (providers/datadog/adopt.ts,
 * readUnownedNamed; adopt-slos.ts, readUnownedSlosNamed).
 */
export function offerAdoptions(plan: Plan, unowned: readonly RemoteObject[], unownedSlos: readonly RemoteObject[] = []): Plan {
  if (unowned.length === 0 && unownedSlos.length === 0) return plan;
  const monitors = [...unowned].sort((a, b) => Number(a.remoteId) - Number(b.remoteId));
  const slos = [...unownedSlos].sort((a, b) => (String(a.remoteId) < String(b.remoteId) ? -1 : 1));
  const changes = plan.changes.map((c) => {
    if (c.action !== 'create' || !c.payload || (c.kind !== 'datadog.monitor' && c.kind !== 'datadog.slo')) return c;
    const monitor = c.kind === 'datadog.monitor';
    const name = sameName(c.payload.name);
    const byName = (monitor ? monitors : slos).find((o) => name !== undefined && sameName(o.body.name) === name);
    const byQuery = byName || !monitor ? undefined : monitors.find((o) => sameQuery(o.body, c.payload!));
    const found = byName ?? byQuery;
    if (!found) return c;
    const datadogId = monitor ? Number(found.remoteId) : String(found.remoteId);
    return { ...c, adoptable: { datadogId, name: String(found.body.name ?? ''), matchedBy: byName ? 'name' as const : 'query and type' as const } };
  });
  return { ...plan, changes };
}

function sameName(name: unknown): string | undefined {
  return typeof name === 'string' && name.trim() !== '' ? name.trim().toLowerCase() : undefined;
}

/** Same type (Datadog stores `metric alert` as `query alert`) and the same query, spaces aside. */
function sameQuery(live: Record<string, unknown>, payload: Record<string, unknown>): boolean {
  const type = (t: unknown) => (t === 'metric alert' ? 'query alert' : String(t));
  const query = (q: unknown) => (typeof q === 'string' ? q.replace(/\s+/g, '') : undefined);
  return type(live.type) === type(payload.type) && query(live.query) !== undefined && query(live.query) === query(payload.query);
}
