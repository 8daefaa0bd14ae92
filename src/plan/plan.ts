import type { CompiledState } from '../compile/index.ts';
import { contentHash } from '../compile/canonical.ts';
import { normalizeMonitor } from '../compile/datadog/normalize.ts';
import { HASH_TAG_PREFIX } from '../compile/ownership.ts';
import type { SourceLocation } from '../ir/source.ts';
import { diffFields } from './diff.ts';
import { order } from './order.ts';
import { logicalReferences, referencedIds } from './references.ts';
import type { RemoteObject, RemoteState } from './remote.ts';
import type { Change, Plan, UpdateReason } from './types.ts';

export interface PlanOptions {
  /** When set, no deletes are planned and the plan says why (a file failed to load, nothing loaded…). */
  withholdDeletes?: string;
  /** Where each logical id was declared, to point reviewers at the line. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

/**
 * The planner: a pure function of desired and actual state. It never reads disk or network, so tests drive it with
 * two JSON objects. Objects are matched by logical id (the `vigil-id:` tag) and compared in canonical form.
 */
export function plan(desired: CompiledState, actual: RemoteState, options: PlanOptions = {}): Plan {
  const changes: Change[] = [];
  const drift: string[] = [];
  let unchanged = 0;
  const remoteIds: Record<string, string | number> = {};
  const remoteVersions: Record<string, string> = {};
  const byRemoteId = new Map<string, string>();
  for (const o of [...actual.monitors, ...actual.slos]) {
    byRemoteId.set(String(o.remoteId), o.logicalId);
    remoteVersions[String(o.remoteId)] = o.version;
  }

  const remoteMonitors = keepOldest(actual.monitors, (dup) => changes.push({
    action: 'delete', kind: 'datadog.monitor', id: dup.logicalId, remoteId: dup.remoteId, remoteVersion: dup.version,
    reason: 'duplicate',
  }));
  const desiredIds = new Set<string>();
  for (const m of desired.datadog.monitors) {
    desiredIds.add(m.id);
    const source = options.sources?.get(m.id);
    const remote = remoteMonitors.get(m.id);
    if (!remote) {
      changes.push({ action: 'create', kind: 'datadog.monitor', id: m.id, payload: m.payload, dependsOn: m.dependsOn, ...(source ? { source } : {}) });
      continue;
    }
    remoteIds[m.id] = remote.remoteId;
    const remoteBody = withLogicalRefs(remote.body, byRemoteId);
    const before = normalizeMonitor(remoteBody);
    const after = normalizeMonitor(m.payload);
    const fields = diffFields(before, after);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    const reason = updateReason(remote.body, before, m.payload);
    if (reason !== 'code') drift.push(m.id);
    changes.push({
      action: 'update', kind: 'datadog.monitor', id: m.id, remoteId: remote.remoteId, remoteVersion: remote.version,
      reason, fields, payload: m.payload, dependsOn: m.dependsOn, ...(source ? { source } : {}),
    });
  }
  // Duplicates of a desired object are deleted even when other deletes are withheld: they are vigil's own leftovers.
  const kept = changes.filter((c) => c.reason !== 'duplicate' || desiredIds.has(c.id) || !options.withholdDeletes);
  changes.length = 0;
  changes.push(...kept);
  if (!options.withholdDeletes) {
    for (const [id, remote] of remoteMonitors) {
      if (desiredIds.has(id)) continue;
      const query = withLogicalRefs(remote.body, byRemoteId).query;
      changes.push({
        action: 'delete', kind: 'datadog.monitor', id, remoteId: remote.remoteId, remoteVersion: remote.version,
        reason: 'removed', dependsOn: referencedIds(String(query ?? '')),
      });
    }
  }
  const ordered = order(changes);
  const summary = {
    create: ordered.filter((c) => c.action === 'create').length,
    update: ordered.filter((c) => c.action === 'update').length,
    delete: ordered.filter((c) => c.action === 'delete').length,
    unchanged,
  };
  return {
    version: 1, summary, changes: ordered, drift: drift.sort(),
    ...(options.withholdDeletes ? { deletesWithheld: options.withholdDeletes } : {}),
    remoteIds: sortRecord(remoteIds), remoteVersions: sortRecord(remoteVersions),
  };
}

/** One remote object per logical id: the oldest (lowest id) wins; the rest are duplicates from an interrupted apply. */
function keepOldest(objects: readonly RemoteObject[], onDuplicate: (o: RemoteObject) => void): Map<string, RemoteObject> {
  const sorted = [...objects].sort((a, b) => compareIds(a.remoteId, b.remoteId));
  const out = new Map<string, RemoteObject>();
  for (const o of sorted) {
    if (out.has(o.logicalId)) onDuplicate(o);
    else out.set(o.logicalId, o);
  }
  return out;
}

function compareIds(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function withLogicalRefs(body: Record<string, unknown>, byRemoteId: ReadonlyMap<string, string>): Record<string, unknown> {
  if (typeof body.query !== 'string') return body;
  return { ...body, query: logicalReferences(String(body.type), body.query, byRemoteId) };
}

/**
 * Tells code changes from edits made elsewhere, without a state file: the `vigil-hash:` tag holds the hash of the
 * canonical payload vigil last applied. Remote content that no longer hashes to it was edited outside vigil; a tag
 * that differs from the new payload's hash means the code changed.
 */
function updateReason(remoteBody: Record<string, unknown>, remoteCanonical: Record<string, unknown>, payload: Record<string, unknown>): UpdateReason {
  const appliedHash = hashTag(remoteBody.tags);
  const desiredHash = hashTag(payload.tags);
  const edited = appliedHash === undefined || contentHash(remoteCanonical) !== appliedHash;
  const codeChanged = appliedHash !== desiredHash;
  if (edited && codeChanged) return 'code+drift';
  return edited ? 'drift' : 'code';
}

function hashTag(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const tag = tags.find((t) => typeof t === 'string' && t.startsWith(HASH_TAG_PREFIX)) as string | undefined;
  return tag?.slice(HASH_TAG_PREFIX.length);
}

function sortRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
