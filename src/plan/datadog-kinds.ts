// The Datadog kinds the planner manages, one entry each: where their desired and owned objects are, how ownership
// and its hash are carried, what a reviewer recognises a live one by, and — for objects that live in time, like
// maintenance windows — what may be sent now and what is over. A new kind is one more entry here (and one in
// order.ts, diff-live.ts, providers/datadog/target.ts and providers/world.ts), not a copy of the planner.
import type { CompiledState } from '../compile/index.ts';
import { contentHash } from '../compile/canonical.ts';
import { downtimeAttributes, downtimeHash } from '../compile/datadog/downtime.ts';
import { downtimeAt } from '../compile/datadog/downtime-time.ts';
import { correctionAttributes } from '../compile/datadog/slo-correction.ts';
import { notificationRuleHash, readRuleMarker, ruleAttributesOf } from '../compile/datadog/notification-rule.ts';
import { readMarker } from '../compile/marker.ts';
import { HASH_TAG_PREFIX } from '../compile/ownership.ts';
import { taggedOwner } from './adopt.ts';
import { describeFacts } from './describe.ts';
import { liveSummary } from './live-summary.ts';
import type { RemoteObject, RemoteState } from './remote.ts';
import type { FieldChange, LiveSummary, ResourceKind } from './types.ts';

type Json = Record<string, unknown>;

/**
 * `remoteVersions` keys of notification rules: their UUIDs are kept apart from other kinds' ids, so a saved plan
 * knows it read rules (plan/stale.ts).
 */
export const NOTIFICATION_RULE_VERSION_PREFIX = 'notification-rule:';

/** The kind entry of a plan kind, if the planner manages it. */
export function datadogKind(kind: ResourceKind): DatadogKind | undefined {
  return DATADOG_KINDS.find((k) => k.kind === kind);
}

/** A compiled object as the planner reads it. */
export interface DesiredObject {
  id: string;
  payload: object;
  dependsOn: string[];
}

export interface DatadogKind {
  kind: ResourceKind;
  desired(state: CompiledState): readonly DesiredObject[];
  owned(remote: RemoteState): readonly RemoteObject[];
  /** The hash of the payload vigil last applied, as the live object carries it (a tag, a marker line). */
  appliedHash(body: Json): string | undefined;
  /** The hash of a canonical form, as appliedHash reads it back. */
  hash(canonical: Json): string;
  /** The logical id of the vigil definition that owns a live object (`(no id)` when it names none), or undefined. */
  owner(body: Json): string | undefined;
  /** What a reviewer recognises a live object by when the plan deletes it. */
  live(body: Json): LiveSummary;
  /** When it was created (epoch ms), to keep the oldest of duplicates; Datadog's numeric ids grow with time anyway. */
  createdAt(body: Json): number | undefined;
  /**
   * The key of a remote object's version in a plan's `remoteVersions`: its remote id, unless the kind keeps its ids
   * apart so a saved plan knows it read that kind (notification rules: `notification-rule:<id>`, plan/stale.ts).
   */
  versionKey?(remoteId: string | number): string;
  /** The payload as it may be sent at `now`, or undefined when the object is over (a window that has ended). */
  at?(payload: Json, now: number): Json | undefined;
  /** True for an owned object Datadog reports as over: never deleted, never matched for an update. */
  ended?(remote: RemoteObject): boolean;
  /**
   * True when these differences cannot be made by an update (a field Datadog does not change, or one an update cannot
   * clear): the object is created anew and the live one deleted, both with reason `replaced`.
   */
  replaces?(fields: readonly FieldChange[]): boolean;
}

const tagged = {
  appliedHash: (body: Json) => hashTag(body.tags),
  // Datadog keeps SLO tags as sent but answers some in lower case: compare ownership tags without case.
  owner: (body: Json) => taggedOwner(body, (t) => t.toLowerCase()),
  hash: contentHash,
  live: liveSummary,
  createdAt: (body: Json) => (typeof body.created_at === 'number' ? body.created_at * 1000 : undefined),
};

export const DATADOG_KINDS: readonly DatadogKind[] = [
  { kind: 'datadog.monitor', desired: (s) => s.datadog.monitors, owned: (r) => r.monitors, ...tagged },
  { kind: 'datadog.slo', desired: (s) => s.datadog.slos, owned: (r) => r.slos, ...tagged },
  {
    kind: 'datadog.notification-rule',
    desired: (s) => s.datadog.notificationRules.map((r) => ({ id: r.id, payload: r.payload, dependsOn: [] })),
    // Read only when needed (plan/world.ts): absent, none is planned for deletion.
    owned: (r) => r.notificationRules ?? [],
    // Rules have no tags: the marker with the id and hash is in their name.
    appliedHash: (body) => readRuleMarker(ruleAttributesOf(body).name)?.hash,
    owner: (body) => readRuleMarker(ruleAttributesOf(body).name)?.id,
    hash: notificationRuleHash,
    live: (body) => {
      const name = ruleAttributesOf(body).name;
      const title = readRuleMarker(name)?.title ?? (typeof name === 'string' ? name : '');
      return title ? { name: title } : {};
    },
    createdAt: (body) => {
      const created = Date.parse(String(ruleAttributesOf(body).created_at));
      return Number.isNaN(created) ? undefined : created;
    },
    versionKey: (remoteId) => `${NOTIFICATION_RULE_VERSION_PREFIX}${remoteId}`,
  },
  {
    kind: 'datadog.downtime', desired: (s) => s.datadog.downtimes, owned: (r) => r.downtimes ?? [],
    appliedHash: (body) => readMarker(downtimeAttributes(body).message)?.hash,
    owner: (body) => readMarker(downtimeAttributes(body).message)?.id,
    hash: downtimeHash,
    // A downtime has no name: its message and what it mutes when say what it was for.
    live: (body) => {
      const message = readMarker(downtimeAttributes(body).message)?.text ?? '';
      return { ...(message ? { message } : {}), facts: describeFacts('datadog.downtime', body) };
    },
    createdAt: (body) => {
      const created = Date.parse(String(downtimeAttributes(body).created));
      return Number.isNaN(created) ? undefined : created;
    },
    at: downtimeAt,
    ended: (remote) => downtimeAttributes(remote.body).status === 'ended',
  },
  {
    kind: 'datadog.slo-correction', desired: (s) => s.datadog.sloCorrections, owned: (r) => r.sloCorrections ?? [],
    // Corrections have no tags: the marker with the id and hash is the last line of their description.
    appliedHash: (body) => readMarker(correctionAttributes(body).description)?.hash,
    owner: (body) => readMarker(correctionAttributes(body).description)?.id,
    hash: contentHash,
    live: (body) => {
      const description = readMarker(correctionAttributes(body).description)?.text ?? '';
      return { ...(description ? { message: description } : {}), facts: describeFacts('datadog.slo-correction', body) };
    },
    createdAt: (body) => {
      const created = correctionAttributes(body).created_at;
      return typeof created === 'number' ? created * 1000 : undefined;
    },
    // An update does not move a correction to another SLO (its PATCH takes no slo_id), nor clear an end or a rule.
    replaces: (fields) => fields.some((f) => f.path === 'slo_id' || f.path === 'slo_query'
      || ((f.new === null || f.new === undefined) && f.old !== null && f.old !== undefined)),
  },
];

function hashTag(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const tag = tags.find((t) => typeof t === 'string' && t.startsWith(HASH_TAG_PREFIX)) as string | undefined;
  return tag?.slice(HASH_TAG_PREFIX.length);
}
