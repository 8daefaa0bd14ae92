// Planning PagerDuty objects and Datadog's PagerDuty service objects: the same create/update/delete vocabulary as
// monitors, compared in a canonical form after symbolic references are resolved against what PagerDuty has.
import type { CompiledPagerDuty } from '../compile/pagerduty/payloads.ts';
import { readMarker } from '../compile/marker.ts';
import { planServiceTakeovers } from './adopt-pagerduty.ts';
import { diffFields } from './diff.ts';
import { liveSummary } from './live-summary.ts';
import { canonicalPagerDuty as canonical } from './pagerduty-canonical.ts';
import type { RemoteObject, RemotePagerDuty } from './remote.ts';
import type { Change, ResourceKind } from './types.ts';

type Json = Record<string, unknown>;

export interface PagerDutyPlanInput {
  desired: readonly CompiledPagerDuty[];
  remote: RemotePagerDuty;
  /** Names of Datadog's PagerDuty service objects that exist (read by name). */
  datadogServices: ReadonlySet<string>;
  withholdDeletes?: string | undefined;
}

export interface PagerDutyPlan {
  changes: Change[];
  unchanged: number;
  drift: string[];
  remoteIds: Record<string, string>;
  remoteVersions: Record<string, string>;
  /** References to users or schedules that do not exist: the plan cannot be applied. */
  problems: string[];
  /** The same references as data, so the caller can point at the definitions that name them. */
  unresolved: UnresolvedReference[];
  /**
   * Services vigil does not own that a definition adopts but cannot take over unchanged, or is named like without
   * adopting (./adopt-pagerduty.ts): the plan stops.
   */
  adoptionProblems: string[];
}

/** A user (by email) or schedule (by name) an escalation policy names that PagerDuty does not have. */
export interface UnresolvedReference {
  kind: 'user' | 'schedule';
  name: string;
  message: string;
}

const WRAPPER: Partial<Record<ResourceKind, string>> = {
  'pagerduty.team': 'team', 'pagerduty.escalation-policy': 'escalation_policy', 'pagerduty.service': 'service',
};

export function planPagerDuty(input: PagerDutyPlanInput): PagerDutyPlan {
  const { remote } = input;
  const out: PagerDutyPlan = { changes: [], unchanged: 0, drift: [], remoteIds: {}, remoteVersions: {}, problems: [], unresolved: [], adoptionProblems: [] };
  const byKind: Record<string, Map<string, RemoteObject>> = {
    'pagerduty.team': index(remote.teams), 'pagerduty.escalation-policy': index(remote.policies),
    'pagerduty.service': index(remote.services), 'pagerduty.integration': index(remote.integrations),
  };
  for (const list of [remote.teams, remote.policies, remote.services, remote.integrations]) {
    for (const o of list) {
      out.remoteIds[o.logicalId] = String(o.remoteId);
      out.remoteVersions[`pagerduty:${o.remoteId}`] = o.version;
    }
  }
  const unresolved = (ref: UnresolvedReference) => {
    out.problems.push(ref.message);
    out.unresolved.push(ref);
  };
  const resolve = (value: unknown): unknown => resolveRefs(value, out.remoteIds, remote, unresolved);
  // Services that exist but are not vigil's yet are taken over in place when a definition adopts them by id.
  const takeovers = planServiceTakeovers(input.desired, remote.services, remote.unownedServices, resolve);
  Object.assign(out.remoteIds, takeovers.remoteIds);
  out.changes.push(...takeovers.changes);
  out.adoptionProblems.push(...takeovers.problems);
  const desiredIds = new Set(input.desired.map((d) => d.id));
  for (const d of input.desired) {
    if (d.kind === 'datadog.pagerduty-service') {
      const name = String(d.payload.service_name);
      if (input.datadogServices.has(name)) out.unchanged++;
      else out.changes.push({ action: 'create', kind: d.kind, id: d.id, payload: d.payload, dependsOn: d.dependsOn });
      continue;
    }
    const existing = byKind[d.kind]!.get(d.id);
    if (!existing && (takeovers.claimed.has(d.id) || takeovers.reused.has(d.id))) {
      if (takeovers.reused.has(d.id)) out.unchanged++; // the taken-over service's own Datadog integration
      continue;
    }
    if (!existing) {
      if (d.kind !== 'pagerduty.integration') resolve(d.payload); // report unknown users and schedules now
      out.changes.push({ action: 'create', kind: d.kind, id: d.id, payload: d.payload, dependsOn: d.dependsOn });
      continue;
    }
    if (d.kind === 'pagerduty.integration') {
      out.unchanged++; // the integration has no settings vigil manages; existing is enough
      continue;
    }
    const wrapper = WRAPPER[d.kind]!;
    const want = canonical(d.kind, resolve((d.payload as Json)[wrapper]) as Json);
    const have = canonical(d.kind, existing.body);
    const fields = diffFields(have, want);
    if (fields.length === 0) {
      out.unchanged++;
      continue;
    }
    const appliedHash = readMarker(existing.body.description)?.hash;
    const desiredHash = readMarker(((d.payload as Json)[wrapper] as Json).description)?.hash;
    const reason = appliedHash === desiredHash ? 'drift' : 'code';
    if (reason === 'drift') out.drift.push(d.id);
    out.changes.push({
      action: 'update', kind: d.kind, id: d.id, remoteId: existing.remoteId, remoteVersion: existing.version, reason,
      fields, payload: d.payload, dependsOn: d.dependsOn,
    });
  }
  if (!input.withholdDeletes) {
    const deletable: Array<[ResourceKind, RemoteObject[]]> = [
      ['pagerduty.team', remote.teams], ['pagerduty.escalation-policy', remote.policies], ['pagerduty.service', remote.services],
    ];
    for (const [kind, list] of deletable) {
      for (const o of list) {
        if (desiredIds.has(o.logicalId)) continue;
        out.changes.push({ action: 'delete', kind, id: o.logicalId, remoteId: o.remoteId, remoteVersion: o.version, reason: 'removed', dependsOn: dependencies(kind, o, out.remoteIds), live: liveSummary(o.body) });
        if (kind === 'pagerduty.service' && input.datadogServices.has(String(o.body.name))) {
          out.changes.push({ action: 'delete', kind: 'datadog.pagerduty-service', id: `${o.logicalId}.datadog-service`, remoteId: String(o.body.name), reason: 'removed', dependsOn: [o.logicalId] });
        }
      }
    }
  }
  return out;
}

function index(list: readonly RemoteObject[]): Map<string, RemoteObject> {
  const m = new Map<string, RemoteObject>();
  for (const o of list) if (!m.has(o.logicalId)) m.set(o.logicalId, o);
  return m;
}

/** What a remote object refers to, as logical ids, so deletes run in reverse dependency order. */
function dependencies(kind: ResourceKind, o: RemoteObject, ids: Record<string, string>): string[] {
  const logicalOf = (remoteId: unknown) => Object.keys(ids).find((k) => ids[k] === remoteId);
  if (kind === 'pagerduty.service') return [logicalOf((o.body.escalation_policy as Json | undefined)?.id)].filter((x): x is string => !!x);
  if (kind === 'pagerduty.escalation-policy') return ((o.body.teams as Json[] | undefined) ?? []).map((t) => logicalOf(t.id)).filter((x): x is string => !!x);
  return [];
}

/** Replaces `${logical}`, `${user:email}` and `${schedule:name}` with PagerDuty ids where they exist. */
function resolveRefs(
  value: unknown, ids: Record<string, string>, remote: RemotePagerDuty, problem: (ref: UnresolvedReference) => void,
): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{(user|schedule):([^}]+)\}|\$\{([^}]+)\}/g, (whole, kind?: string, name?: string, logical?: string) => {
      if (kind === 'user') {
        const id = remote.users[name!.toLowerCase()];
        if (!id) problem({ kind: 'user', name: name!, message: `no PagerDuty user has the email "${name}"` });
        return id ?? whole;
      }
      if (kind === 'schedule') {
        const id = remote.schedules[name!];
        if (!id) problem({ kind: 'schedule', name: name!, message: `no PagerDuty schedule is named "${name}"` });
        return id ?? whole;
      }
      return ids[logical!] ?? whole;
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, ids, remote, problem));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, ids, remote, problem)]));
  }
  return value;
}
