// The comparison check: for every successful create or update of a monitor, SLO, monitor notification rule, downtime
// (v2) or SLO correction in the real recordings, vigil's plan comparison (diffLive) must find no change between what was sent
// and what the server answered, and between what was sent and the next read of the same object. The server's own
// answer is the object "exactly as stored".
import { diffLive } from '../../src/plan/diff-live.ts';
import type { FieldChange, ResourceKind } from '../../src/plan/types.ts';
import { type Exchange, type Recording, json } from './recordings.ts';

export interface ComparisonCase {
  recording: string;
  set: string;
  /** `#3 PUT /api/v1/monitor/123 → answer` */
  label: string;
  kind: ResourceKind;
  desired: Record<string, unknown>;
  live: Record<string, unknown>;
  against: 'answer' | 'read';
}

const MONITOR_PATH = /^\/api\/v1\/monitor(?:\/(\d+))?$/;
const SLO_PATH = /^\/api\/v1\/slo(?:\/([0-9a-f]+))?$/;
const RULE_PATH = /^\/api\/v2\/monitor\/notification_rule(?:\/([0-9a-f-]+))?$/;
const DOWNTIME_PATH = /^\/api\/v2\/downtime(?:\/([0-9a-f-]{36}))?$/;
const CORRECTION_PATH = /^\/api\/v1\/slo\/correction(?:\/([0-9a-f-]{36}))?$/;

/** Each successful write, against its answer and against the next successful read of the object. */
export function comparisonCases(recording: Recording): ComparisonCase[] {
  const cases: ComparisonCase[] = [];
  /** The full object as last written, by kind and remote id: a partial update is laid over it. */
  const written = new Map<string, Record<string, unknown>>();
  const ex = recording.exchanges;
  for (const [i, e] of ex.entries()) {
    if ((e.method !== 'POST' && e.method !== 'PUT' && e.method !== 'PATCH') || e.status < 200 || e.status >= 300) continue;
    const target = writeTarget(e);
    if (!target) continue;
    const sent = json(e.requestBody);
    const answer = target.unwrap(json(e.responseBody));
    if (!isObject(sent) || !answer) continue;
    const id = String(answer.id ?? (isObject(answer.data) ? answer.data.id : undefined) ?? target.id);
    const key = `${target.kind} ${id}`;
    // A monitor or SLO PUT keeps what it is not sent; a notification rule's PATCH replaces its definition; a
    // downtime's or SLO correction's PATCH changes the attributes it is sent.
    const patched = target.kind === 'datadog.downtime' || target.kind === 'datadog.slo-correction';
    const desired = e.method === 'PUT' ? { ...(written.get(key) ?? {}), ...sent }
      : e.method === 'PATCH' && patched ? withAttributes(written.get(key) ?? {}, sent) : sent;
    written.set(key, desired);
    const base = { recording: recording.name, set: recording.set, kind: target.kind, desired };
    const label = `#${e.index} ${e.method} ${e.url.pathname}`;
    cases.push({ ...base, label: `${label} → answer`, live: answer, against: 'answer' });
    const read = nextRead(ex.slice(i + 1), target.kind, id);
    if (read) cases.push({ ...base, label: `${label} → read #${read.index}`, live: read.body, against: 'read' });
  }
  return cases;
}

interface WriteTarget {
  kind: ResourceKind;
  id?: string;
  unwrap: (body: unknown) => Record<string, unknown> | undefined;
}

function writeTarget(e: Exchange): WriteTarget | undefined {
  const monitor = MONITOR_PATH.exec(e.url.pathname);
  if (monitor) return { kind: 'datadog.monitor', id: monitor[1], unwrap: (b) => (isObject(b) ? b : undefined) };
  const slo = SLO_PATH.exec(e.url.pathname);
  if (slo) return { kind: 'datadog.slo', id: slo[1], unwrap: sloBody };
  const rule = RULE_PATH.exec(e.url.pathname);
  if (rule) return { kind: 'datadog.notification-rule', id: rule[1], unwrap: (b) => (isObject(b) && isObject(b.data) ? b.data : undefined) };
  const downtime = DOWNTIME_PATH.exec(e.url.pathname);
  if (downtime) return { kind: 'datadog.downtime', id: downtime[1], unwrap: downtimeBody };
  const correction = CORRECTION_PATH.exec(e.url.pathname);
  if (correction) return { kind: 'datadog.slo-correction', id: correction[1], unwrap: downtimeBody };
  return undefined;
}

/** A downtime's or SLO correction's answer as vigil reads it: the JSON:API envelope with its `data` resource. */
function downtimeBody(b: unknown): Record<string, unknown> | undefined {
  return isObject(b) && isObject(b.data) ? b : undefined;
}

/** A JSON:API PATCH laid over what was written before: the attributes it sends replace those, the rest stay. */
function withAttributes(before: Record<string, unknown>, sent: Record<string, unknown>): Record<string, unknown> {
  const attributes = (body: Record<string, unknown>) => (isObject(body.data) && isObject(body.data.attributes) ? body.data.attributes : {});
  return { ...sent, data: { ...(isObject(sent.data) ? sent.data : {}), attributes: { ...attributes(before), ...attributes(sent) } } };
}

/** SLO answers wrap the object: `{data: [slo]}` for writes, `{data: slo}` for reads. */
function sloBody(b: unknown): Record<string, unknown> | undefined {
  if (!isObject(b)) return undefined;
  const data = Array.isArray(b.data) ? b.data[0] : b.data;
  return isObject(data) ? data : undefined;
}

/** The next successful GET of the object, unless another write to it comes first. */
function nextRead(rest: Exchange[], kind: ResourceKind, id: string): { index: number; body: Record<string, unknown> } | undefined {
  for (const e of rest) {
    if (kind === 'datadog.notification-rule') {
      // Rules are read back in the list (no single read is recorded): the item with the written rule's id.
      const m = RULE_PATH.exec(e.url.pathname);
      if (!m || (m[1] !== undefined && m[1] !== id)) continue;
      if (e.method !== 'GET') {
        if (m[1] === id) return undefined;
        continue;
      }
      const body = json(e.responseBody);
      const list = isObject(body) && Array.isArray(body.data) ? body.data : isObject(body) ? [body.data] : [];
      const item = list.find((x) => isObject(x) && x.id === id);
      if (e.status === 200 && isObject(item)) return { index: e.index, body: item };
      continue;
    }
    const enveloped = kind === 'datadog.downtime' || kind === 'datadog.slo-correction';
    const path = kind === 'datadog.monitor' ? MONITOR_PATH : kind === 'datadog.downtime' ? DOWNTIME_PATH : kind === 'datadog.slo-correction' ? CORRECTION_PATH : SLO_PATH;
    const m = path.exec(e.url.pathname);
    if (!m || m[1] !== id) continue;
    if (e.method !== 'GET') return undefined;
    if (e.status !== 200) continue;
    const read = json(e.responseBody);
    const body = kind === 'datadog.monitor' ? read : enveloped ? downtimeBody(read) : sloBody(read);
    return isObject(body) ? { index: e.index, body } : undefined;
  }
  return undefined;
}

export interface ComparisonResult {
  case: ComparisonCase;
  changes: FieldChange[];
}

export function compare(c: ComparisonCase): ComparisonResult {
  return { case: c, changes: diffLive(c.kind, c.desired, c.live) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
