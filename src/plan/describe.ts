// What an object does, in words, for the plan a reviewer reads: a maintenance window's monitors and times. Monitors
// and SLOs have their own lines in the renderers (query, notifications); other kinds say it here.
import { downtimeAttributes } from '../compile/datadog/downtime.ts';
import { correctionAttributes } from '../compile/datadog/slo-correction.ts';
import { isTimeZone, wallClock } from '../schedule/zones.ts';
import type { Change, Fact, ResourceKind } from './types.ts';
import { isObject } from '../compile/datadog/json.ts';

type Json = Record<string, unknown>;

/** Facts about a payload as sent, or a live body as read; none for kinds the renderers describe themselves. */
export function describeFacts(kind: ResourceKind, body: Json): Fact[] {
  if (kind === 'datadog.downtime') return describeDowntime(downtimeAttributes(body));
  if (kind === 'datadog.slo-correction') return describeCorrection(correctionAttributes(body));
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

function describeCorrection(a: Json): Fact[] {
  const slo = typeof a.slo_id === 'string' ? `SLO ${a.slo_id.replace(/^\$\{(.+)\}$/, '$1')}` : `SLOs matching ${String(a.slo_query)}`;
  const at = (seconds: unknown) => (typeof seconds === 'number' ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : '?');
  const zone = typeof a.timezone === 'string' ? a.timezone : 'UTC';
  // A rule runs on its time zone's clock: its first start is shown on that clock, as a downtime's is.
  const local = typeof a.start === 'number' && isTimeZone(zone) ? wallClock(a.start * 1000, zone).slice(0, 16) : at(a.start);
  const window = typeof a.rrule === 'string'
    ? `${a.rrule} from ${local} for ${duration(a.duration)} (${zone})`
    : `from ${at(a.start)} until ${at(a.end)}`;
  return [{ label: 'corrects', text: `${slo} (${String(a.category)})` }, { label: 'window', text: window }];
}

/** Seconds as the largest whole unit: 3600 → 1h, 5400 → 90m. */
function duration(seconds: unknown): string {
  if (typeof seconds !== 'number') return '?';
  for (const [unit, size] of [['w', 604_800], ['d', 86_400], ['h', 3600], ['m', 60]] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
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
