// What an object does, in words, for the plan a reviewer reads: a maintenance window's monitors and times. Monitors
// and SLOs have their own lines in the renderers (query, notifications); other kinds say it here.
import { downtimeAttributes } from '../compile/datadog/downtime.ts';
import type { Change, Fact, ResourceKind } from './types.ts';

type Json = Record<string, unknown>;

/** Facts about a payload as sent, or a live body as read; none for kinds the renderers describe themselves. */
export function describeFacts(kind: ResourceKind, body: Json): Fact[] {
  if (kind === 'datadog.downtime') return describeDowntime(downtimeAttributes(body));
  return [];
}

/** The facts a change shows: of the payload it creates, or of the live object it deletes. */
export function changeFacts(c: Change): Fact[] {
  if (c.action === 'create' && c.payload) return describeFacts(c.kind, c.payload);
  return c.action === 'delete' ? c.live?.facts ?? [] : [];
}

function describeDowntime(a: Json): Fact[] {
  const id = isObject(a.monitor_identifier) ? a.monitor_identifier : {};
  const tags = Array.isArray(id.monitor_tags) ? id.monitor_tags.map(String) : [];
  const monitors = id.monitor_id !== undefined ? `monitor ${String(id.monitor_id).replace(/^\$\{(.+)\}$/, '$1')}`
    : tags.length === 1 && tags[0] === '*' ? 'every monitor' : `monitors tagged ${tags.join(' and ')}`;
  const scope = typeof a.scope === 'string' && a.scope !== '*' ? `, groups matching ${a.scope}` : '';
  return [{ label: 'mutes', text: `${monitors}${scope}` }, { label: 'window', text: windowText(a.schedule) }];
}

function windowText(schedule: unknown): string {
  const s = isObject(schedule) ? schedule : {};
  if (Array.isArray(s.recurrences)) {
    const each = s.recurrences.filter(isObject).map((r) => `${String(r.rrule)} from ${String(r.start)} for ${String(r.duration)}`);
    return `${each.join('; ')} (${String(s.timezone ?? 'UTC')})`;
  }
  const start = typeof s.start === 'string' ? s.start : 'when applied';
  const end = typeof s.end === 'string' ? s.end : 'cancelled';
  return `from ${start} until ${end}`;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
