import type { CompiledState } from '../compile/index.ts';
import type { SourceLocation } from '../ir/source.ts';
import { DATADOG_KINDS, type DatadogKind } from './datadog-kinds.ts';
import { noteDeletedOutside } from './deleted-outside.ts';
import { diffLive, liveCanonical } from './diff-live.ts';
import { order } from './order.ts';
import { logicalIdFields, logicalMonitorIds, logicalReferences, remoteReferences } from './references.ts';
import type { RemoteObject, RemoteState } from './remote.ts';
import type { Change, Plan, UpdateReason } from './types.ts';

export { NOTIFICATION_RULE_VERSION_PREFIX } from './datadog-kinds.ts';

export interface PlanOptions {
  /** When set, no deletes are planned and the plan says why (a file failed to load, nothing loaded…). */
  withholdDeletes?: string;
  /** Where each logical id was declared, to point reviewers at the line. */
  sources?: ReadonlyMap<string, SourceLocation>;
  /** The time the plan is made for (epoch ms): what a maintenance window may send, and whether it is over. */
  now?: number;
  /**
   * Remote id → logical id of objects being adopted in the same plan: owned objects that refer to them (a downtime
   * muting an adopted monitor) compare with logical references, as they will once the adoption is applied.
   */
  adopting?: ReadonlyMap<string, string>;
}

/**
 * The Datadog part of the planner (every kind in DATADOG_KINDS vigil owns): a pure function of desired and actual
 * state. It never reads disk or network, so tests drive it with two JSON objects. Objects are matched by logical id
 * (the `vigil-id:` tag or marker line) and compared in canonical form.
 */
export function planDatadog(desired: CompiledState, actual: RemoteState, options: PlanOptions = {}): Plan {
  const now = options.now ?? Date.now();
  const changes: Change[] = [];
  const drift: string[] = [];
  let unchanged = 0;
  const remoteIds: Record<string, string | number> = {};
  const remoteVersions: Record<string, string> = {};
  const byRemoteId = new Map<string, string>(options.adopting ?? []);
  for (const k of DATADOG_KINDS) {
    for (const o of k.owned(actual)) {
      byRemoteId.set(String(o.remoteId), o.logicalId);
      remoteVersions[k.versionKey ? k.versionKey(o.remoteId) : String(o.remoteId)] = o.version;
    }
  }
  const desiredIds = new Set<string>();
  const owned: Array<[DatadogKind, Map<string, RemoteObject>]> = [];
  for (const k of DATADOG_KINDS) {
    // What Datadog reports as over (a maintenance window that ended) is history: never updated, never deleted.
    const all = k.owned(actual);
    const ended = new Map<string, RemoteObject[]>();
    for (const o of k.ended ? all.filter(k.ended) : []) ended.set(o.logicalId, [...(ended.get(o.logicalId) ?? []), o]);
    const remotes = keepOldest(k, all.filter((o) => !k.ended?.(o)), (dup) => changes.push({
      action: 'delete', kind: k.kind, id: dup.logicalId, remoteId: dup.remoteId, remoteVersion: dup.version, reason: 'duplicate',
      live: k.live(dup.body),
    }));
    owned.push([k, remotes]);
    for (const d of k.desired(desired)) {
      desiredIds.add(d.id);
      const source = options.sources?.get(d.id);
      const remote = remotes.get(d.id);
      if (remote) remoteIds[d.id] = remote.remoteId;
      const payload = k.at ? k.at(d.payload as Record<string, unknown>, now) : d.payload as Record<string, unknown>;
      if (payload === undefined) {
        // Over by now: nothing to create, and what exists (running out, or ended) is left to end by itself.
        if (remote || ended.has(d.id)) unchanged++;
        continue;
      }
      if (!remote) {
        // Datadog may call a window over a moment before vigil's clock does: the one the code describes is done.
        const done = ended.get(d.id)?.some((e) => diffLive(k.kind, payload, withLogicalRefs(e.body, byRemoteId)).length === 0);
        if (done) unchanged++;
        else changes.push({ action: 'create', kind: k.kind, id: d.id, payload, dependsOn: d.dependsOn, ...(source ? { source } : {}) });
        continue;
      }
      const live = withLogicalRefs(remote.body, byRemoteId);
      const fields = diffLive(k.kind, payload, live);
      if (fields.length === 0) {
        unchanged++;
        continue;
      }
      if (k.replaces?.(fields)) {
        delete remoteIds[d.id];
        changes.push(
          { action: 'create', kind: k.kind, id: d.id, reason: 'replaced', payload, dependsOn: d.dependsOn, ...(source ? { source } : {}) },
          { action: 'delete', kind: k.kind, id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version, reason: 'replaced', fields, live: k.live(remote.body) },
        );
        continue;
      }
      const reason = updateReason(k, remote.body, liveCanonical(k.kind, payload, live), payload);
      if (reason !== 'code') drift.push(d.id);
      changes.push({
        action: 'update', kind: k.kind, id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version,
        reason, fields, payload, dependsOn: d.dependsOn, ...(source ? { source } : {}),
      });
    }
  }
  // Duplicates of a desired object are deleted even when other deletes are withheld: they are vigil's own leftovers.
  const kept = changes.filter((c) => c.reason !== 'duplicate' || desiredIds.has(c.id) || !options.withholdDeletes);
  changes.length = 0;
  changes.push(...kept);
  if (!options.withholdDeletes) {
    for (const [k, remotes] of owned) {
      for (const [id, remote] of remotes) {
        if (desiredIds.has(id)) continue;
        changes.push({
          action: 'delete', kind: k.kind, id, remoteId: remote.remoteId, remoteVersion: remote.version,
          reason: 'removed', dependsOn: remoteReferences(withLogicalRefs(remote.body, byRemoteId)), live: k.live(remote.body),
        });
      }
    }
  }
  const ordered = order(changes);
  const summary = {
    create: ordered.filter((c) => c.action === 'create').length,
    update: ordered.filter((c) => c.action === 'update').length,
    delete: ordered.filter((c) => c.action === 'delete').length,
    unchanged,
  };
  return noteDeletedOutside({
    version: 1, summary, changes: ordered, drift: drift.sort(),
    ...(options.withholdDeletes ? { deletesWithheld: options.withholdDeletes } : {}),
    remoteIds: sortRecord(remoteIds), remoteVersions: sortRecord(remoteVersions),
  });
}

/** One remote object per logical id: the oldest (lowest id) wins; the rest are duplicates from an interrupted apply. */
function keepOldest(kind: DatadogKind, objects: readonly RemoteObject[], onDuplicate: (o: RemoteObject) => void): Map<string, RemoteObject> {
  const sorted = [...objects].sort((a, b) => compareAge(kind, a, b));
  const out = new Map<string, RemoteObject>();
  for (const o of sorted) {
    if (out.has(o.logicalId)) onDuplicate(o);
    else out.set(o.logicalId, o);
  }
  return out;
}

/** Monitor ids grow with time; other ids are random, so those objects compare by when they were created first. */
function compareAge(kind: DatadogKind, a: RemoteObject, b: RemoteObject): number {
  if (typeof a.remoteId === 'number' && typeof b.remoteId === 'number') return a.remoteId - b.remoteId;
  const ca = kind.createdAt(a.body), cb = kind.createdAt(b.body);
  if (ca !== undefined && cb !== undefined && ca !== cb) return ca - cb;
  return String(a.remoteId) < String(b.remoteId) ? -1 : String(a.remoteId) > String(b.remoteId) ? 1 : 0;
}

/** A remote body with remote ids of owned objects (composite and SLO alert queries, SLO monitor_ids, id fields) made logical. */
function withLogicalRefs(body: Record<string, unknown>, byRemoteId: ReadonlyMap<string, string>): Record<string, unknown> {
  const out = { ...body };
  if (typeof body.query === 'string') out.query = logicalReferences(String(body.type), body.query, byRemoteId);
  if (Array.isArray(body.monitor_ids)) out.monitor_ids = logicalMonitorIds(body.monitor_ids, byRemoteId);
  return logicalIdFields(out, byRemoteId);
}

/**
 * Tells code changes from edits made elsewhere, without a state file: the object carries the hash of the canonical
 * payload vigil last applied (a `vigil-hash:` tag or marker line). Remote content that no longer hashes to it was
 * edited outside vigil; an applied hash that differs from the new payload's means the code changed.
 */
function updateReason(kind: DatadogKind, remoteBody: Record<string, unknown>, remoteCanonical: Record<string, unknown>, payload: Record<string, unknown>): UpdateReason {
  const appliedHash = kind.appliedHash(remoteBody);
  const edited = appliedHash === undefined || kind.hash(remoteCanonical) !== appliedHash;
  const codeChanged = appliedHash !== kind.appliedHash(payload);
  if (edited && codeChanged) return 'code+drift';
  return edited ? 'drift' : 'code';
}

function sortRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
