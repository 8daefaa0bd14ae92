// Importing downtimes: each maintenance window vigil does not own, still to come or running, becomes a downtime()
// definition with `adopt: { datadogId }`, so the next apply adds vigil's marker line to its message and changes
// nothing else. A window that mutes one monitor names it by logical id, which needs a monitor vigil owns or imports
// in the same run; one the definition cannot reproduce exactly (its display time zone, a monitor vigil will not
// manage) is skipped with a warning rather than changed on adoption.
import { compileDowntime } from '../compile/datadog/downtime.ts';
import { downtimeAt } from '../compile/datadog/downtime-time.ts';
import type { DowntimeDefinition } from '../ir/downtime.ts';
import { diffLive } from '../plan/diff-live.ts';
import { logicalIdFields } from '../plan/references.ts';
import { downtime } from '../dsl/downtime/index.ts';
import { logicalIdFor } from './names.ts';
import { isObject } from '../compile/datadog/json.ts';

type Json = Record<string, unknown>;

/** A Datadog downtime as `GET /api/v2/downtime` lists it: the resource (`id`, `attributes`). */
export type WireDowntime = Json & { id: string; attributes: Json };

/** Reads a downtime resource for the importer; undefined when it lacks an id or attributes. */
export function asWireDowntime(body: Json): WireDowntime | undefined {
  const resource = isObject(body.data) ? body.data : body;
  const { id, attributes } = resource;
  return typeof id === 'string' && isObject(attributes) ? { ...resource, id, attributes } : undefined;
}

export interface DowntimeDraft {
  id: string;
  datadogId: string;
  props: Json;
  notes: string[];
}

const DEFAULT_END_STATES = ['alert', 'no data', 'warn'];

/**
 * Drafts for `remotes`; `monitors` maps Datadog monitor ids to the logical ids vigil owns or imports with them.
 * `now` decides what adopting would send (downtime-time.ts), as the plan will.
 */
export function importDowntimes(
  remotes: readonly WireDowntime[], monitors: ReadonlyMap<string, string>, taken: Set<string>, now: number,
): { drafts: DowntimeDraft[]; problems: string[] } {
  const drafts: DowntimeDraft[] = [];
  const problems: string[] = [];
  for (const remote of [...remotes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const a = remote.attributes;
    const label = `Datadog downtime ${remote.id}`;
    const identifier = isObject(a.monitor_identifier) ? a.monitor_identifier : {};
    const monitorId = identifier.monitor_id;
    const monitor = monitorId === undefined || monitorId === null ? undefined : monitors.get(String(monitorId));
    if (monitorId !== undefined && monitorId !== null && monitor === undefined) {
      problems.push(`${label}: skipped: it mutes monitor ${String(monitorId)}, which vigil neither owns nor imports`);
      continue;
    }
    const message = typeof a.message === 'string' ? a.message.trim() : '';
    const id = logicalIdFor(message.split('\n')[0] ?? '', remote.id.slice(0, 8), taken, 'downtime');
    const props = draftProps(id, remote, monitor, message);
    const def = downtime(props as unknown as Parameters<typeof downtime>[0]);
    const payload = downtimeAt(compileDowntime(def as DowntimeDefinition).payload, now);
    const differs = payload === undefined ? [] : diffLive('datadog.downtime', payload, logicalIdFields({ data: remote }, monitors))
      .map((f) => f.path);
    if (differs.length > 0) {
      taken.delete(id);
      problems.push(`${label}: skipped: adopting it would change ${differs.join(', ')}, which a downtime definition does not set that way`);
      continue;
    }
    drafts.push({ id, datadogId: remote.id, props, notes: [] });
  }
  return { drafts, problems };
}

/** The props, in the order a reader expects them, leaving out what equals the defaults. */
function draftProps(id: string, remote: WireDowntime, monitor: string | undefined, message: string): Json {
  const a = remote.attributes;
  const identifier = isObject(a.monitor_identifier) ? a.monitor_identifier : {};
  const endStates = Array.isArray(a.notify_end_states) ? a.notify_end_states.map(String).sort() : DEFAULT_END_STATES;
  const endTypes = Array.isArray(a.notify_end_types) ? a.notify_end_types.map(String).sort() : ['expired'];
  return {
    id,
    ...(message ? { message } : {}),
    ...(monitor !== undefined ? { monitor } : { monitorTags: Array.isArray(identifier.monitor_tags) ? identifier.monitor_tags.map(String) : ['*'] }),
    ...(typeof a.scope === 'string' && a.scope !== '*' ? { scope: a.scope } : {}),
    schedule: scheduleProps(a.schedule),
    ...(endStates.join() !== DEFAULT_END_STATES.join() ? { notifyEndStates: endStates } : {}),
    ...(endTypes.join() !== 'expired' ? { notifyEndTypes: endTypes } : {}),
    ...(a.mute_first_recovery_notification === true ? { muteFirstRecoveryNotification: true } : {}),
    adopt: { datadogId: remote.id },
  };
}

function scheduleProps(raw: unknown): Json {
  const s = isObject(raw) ? raw : {};
  if (Array.isArray(s.recurrences)) {
    return {
      timeZone: typeof s.timezone === 'string' ? s.timezone : 'UTC',
      recurrences: s.recurrences.filter(isObject).map((r) => ({ rrule: r.rrule, duration: r.duration, start: r.start })),
    };
  }
  return {
    ...(typeof s.start === 'string' ? { start: new Date(Date.parse(s.start)).toISOString().replace('.000Z', 'Z') } : {}),
    ...(typeof s.end === 'string' ? { end: new Date(Date.parse(s.end)).toISOString().replace('.000Z', 'Z') } : {}),
  };
}

