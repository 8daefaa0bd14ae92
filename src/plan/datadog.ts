import type { CompiledState } from '../compile/index.ts';
import { contentHash } from '../compile/canonical.ts';
import { HASH_TAG_PREFIX } from '../compile/ownership.ts';
import { notificationRuleHash, readRuleMarker, ruleAttributesOf } from '../compile/datadog/notification-rule.ts';
import type { SourceLocation } from '../ir/source.ts';
import { noteDeletedOutside } from './deleted-outside.ts';
import { diffLive, liveCanonical } from './diff-live.ts';
import { liveSummary } from './live-summary.ts';
import { order } from './order.ts';
import { logicalMonitorIds, logicalReferences, remoteReferences } from './references.ts';
import type { RemoteObject, RemoteState } from './remote.ts';
import type { Change, Plan, ResourceKind, UpdateReason } from './types.ts';

export interface PlanOptions {
  /** When set, no deletes are planned and the plan says why (a file failed to load, nothing loaded…). */
  withholdDeletes?: string;
  /** Where each logical id was declared, to point reviewers at the line. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

/**
 * The Datadog part of the planner (monitors, SLOs and notification rules vigil owns): a pure function of desired and
 * actual state. It never reads disk or network, so tests drive it with two JSON objects. Objects are matched by logical
 * id (the `vigil-id:` tag, or the marker in a notification rule's name) and compared in canonical form. Notification
 * rules are planned only when they were read (`actual.notificationRules`): without them none is deleted.
 */
export function planDatadog(desired: CompiledState, actual: RemoteState, options: PlanOptions = {}): Plan {
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
  for (const o of actual.notificationRules ?? []) remoteVersions[`${NOTIFICATION_RULE_VERSION_PREFIX}${o.remoteId}`] = o.version;
  const kinds: KindPlan[] = [
    { kind: 'datadog.monitor', desired: desired.datadog.monitors, remote: actual.monitors },
    { kind: 'datadog.slo', desired: desired.datadog.slos, remote: actual.slos },
    {
      kind: 'datadog.notification-rule', desired: desired.datadog.notificationRules.map((r) => ({ id: r.id, payload: r.payload, dependsOn: [] })),
      remote: actual.notificationRules ?? [],
    },
  ];
  const desiredIds = new Set<string>();
  const owned: Array<[KindPlan, Map<string, RemoteObject>]> = [];
  for (const k of kinds) {
    const remotes = keepOldest(k.remote, (dup) => changes.push({
      action: 'delete', kind: k.kind, id: dup.logicalId, remoteId: dup.remoteId, remoteVersion: dup.version, reason: 'duplicate',
      live: liveOf(k.kind, dup.body),
    }));
    owned.push([k, remotes]);
    for (const d of k.desired) {
      desiredIds.add(d.id);
      const source = options.sources?.get(d.id);
      const remote = remotes.get(d.id);
      if (!remote) {
        changes.push({ action: 'create', kind: k.kind, id: d.id, payload: d.payload as Record<string, unknown>, dependsOn: d.dependsOn, ...(source ? { source } : {}) });
        continue;
      }
      remoteIds[d.id] = remote.remoteId;
      const payload = d.payload as Record<string, unknown>;
      const live = withLogicalRefs(remote.body, byRemoteId);
      const fields = diffLive(k.kind, payload, live);
      if (fields.length === 0) {
        unchanged++;
        continue;
      }
      const reason = updateReason(k.kind, remote.body, liveCanonical(k.kind, payload, live), payload);
      if (reason !== 'code') drift.push(d.id);
      changes.push({
        action: 'update', kind: k.kind, id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version,
        reason, fields, payload: d.payload as Record<string, unknown>, dependsOn: d.dependsOn, ...(source ? { source } : {}),
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
          reason: 'removed', dependsOn: remoteReferences(withLogicalRefs(remote.body, byRemoteId)), live: liveOf(k.kind, remote.body),
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

/** One kind of remote object: what the code wants and what vigil owns; diffLive knows how the kind compares. */
interface KindPlan {
  kind: ResourceKind;
  desired: ReadonlyArray<{ id: string; payload: object; dependsOn: string[] }>;
  remote: readonly RemoteObject[];
}

/** One remote object per logical id: the oldest (lowest id) wins; the rest are duplicates from an interrupted apply. */
function keepOldest(objects: readonly RemoteObject[], onDuplicate: (o: RemoteObject) => void): Map<string, RemoteObject> {
  const sorted = [...objects].sort((a, b) => compareAge(a, b));
  const out = new Map<string, RemoteObject>();
  for (const o of sorted) {
    if (out.has(o.logicalId)) onDuplicate(o);
    else out.set(o.logicalId, o);
  }
  return out;
}

/** Monitor ids grow with time; SLO ids are random hex, so SLOs compare by `created_at` (epoch seconds) first. */
function compareAge(a: RemoteObject, b: RemoteObject): number {
  if (typeof a.remoteId === 'number' && typeof b.remoteId === 'number') return a.remoteId - b.remoteId;
  const ca = a.body.created_at, cb = b.body.created_at;
  if (typeof ca === 'number' && typeof cb === 'number' && ca !== cb) return ca - cb;
  return String(a.remoteId) < String(b.remoteId) ? -1 : String(a.remoteId) > String(b.remoteId) ? 1 : 0;
}

/** A remote body with remote ids of owned objects (composite and SLO alert queries, SLO monitor_ids) made logical. */
function withLogicalRefs(body: Record<string, unknown>, byRemoteId: ReadonlyMap<string, string>): Record<string, unknown> {
  const out = { ...body };
  if (typeof body.query === 'string') out.query = logicalReferences(String(body.type), body.query, byRemoteId);
  if (Array.isArray(body.monitor_ids)) out.monitor_ids = logicalMonitorIds(body.monitor_ids, byRemoteId);
  return out;
}

/**
 * `remoteVersions` keys of notification rules: their UUIDs are kept apart from other kinds' ids, so a saved plan
 * knows it read rules (plan/stale.ts).
 */
export const NOTIFICATION_RULE_VERSION_PREFIX = 'notification-rule:';

/** What a reviewer recognises a live object by; a notification rule by its name without vigil's marker. */
function liveOf(kind: ResourceKind, body: Record<string, unknown>) {
  if (kind !== 'datadog.notification-rule') return liveSummary(body);
  const name = ruleAttributesOf(body).name;
  const title = readRuleMarker(name)?.title ?? (typeof name === 'string' ? name : '');
  return title ? { name: title } : {};
}

/**
 * Tells code changes from edits made elsewhere, without a state file: the `vigil-hash:` tag holds the hash of the
 * canonical payload vigil last applied (a notification rule, which has no tags, holds it in its name). Remote content
 * that no longer hashes to it was edited outside vigil; a tag that differs from the new payload's hash means the code
 * changed.
 */
function updateReason(kind: ResourceKind, remoteBody: Record<string, unknown>, remoteCanonical: Record<string, unknown>, payload: Record<string, unknown>): UpdateReason {
  const rule = kind === 'datadog.notification-rule';
  const appliedHash = rule ? readRuleMarker(ruleAttributesOf(remoteBody).name)?.hash : hashTag(remoteBody.tags);
  const desiredHash = rule ? readRuleMarker(ruleAttributesOf(payload).name)?.hash : hashTag(payload.tags);
  const liveHash = rule ? notificationRuleHash(remoteCanonical) : contentHash(remoteCanonical);
  const edited = appliedHash === undefined || liveHash !== appliedHash;
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
