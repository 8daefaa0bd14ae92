// Logical references: vigil writes `${logical-id}`; Datadog stores numeric monitor ids in composite queries and in
// SLO `monitor_ids`, SLO ids in SLO alert queries, and one object's id in a field of its own where an object names
// exactly one other (ID_FIELDS). Plan translates remote → logical to compare; apply goes the other way.

const REF = /\$\{([a-z0-9.-]+)\}/g;

/** Replaces `${logical-id}` with remote ids; returns the ids it could not resolve. */
export function resolveReferences(query: string, ids: Readonly<Record<string, string | number>>): { query: string; missing: string[] } {
  const missing: string[] = [];
  const out = query.replace(REF, (whole, id: string) => {
    const remote = ids[id];
    if (remote === undefined) {
      missing.push(id);
      return whole;
    }
    return String(remote);
  });
  return { query: out, missing };
}

/** Rewrites a remote query's ids into `${logical-id}` where the id belongs to an object vigil owns. */
export function logicalReferences(type: string, query: string, byRemoteId: ReadonlyMap<string, string>): string {
  if (type === 'composite') {
    return query.replace(/\b\d+\b/g, (id) => {
      const logical = byRemoteId.get(id);
      return logical ? `\${${logical}}` : id;
    });
  }
  if (type === 'slo alert') {
    return query.replace(/\b(burn_rate|error_budget)\("([^"]+)"\)/g, (whole, fn: string, id: string) => {
      const logical = byRemoteId.get(id);
      return logical ? `${fn}("\${${logical}}")` : whole;
    });
  }
  return query;
}

/** The logical ids a remote query refers to (after translation). */
export function referencedIds(query: string): string[] {
  return [...query.matchAll(REF)].map((m) => m[1]!);
}

/** An SLO's `monitor_ids` with owned monitors written as `${logical-id}`; others stay as Datadog's ids. */
export function logicalMonitorIds(ids: readonly unknown[], byRemoteId: ReadonlyMap<string, string>): Array<string | unknown> {
  return ids.map((id) => {
    const logical = byRemoteId.get(String(id));
    return logical ? `\${${logical}}` : id;
  });
}

/**
 * Fields that hold the id of one other object, by path: a downtime's monitor, an SLO correction's SLO. A kind that
 * names one object by id adds its path here; plan, apply and the deleted-outside evidence then all follow it.
 */
export const ID_FIELDS: ReadonlyArray<{ path: readonly string[]; numeric: boolean }> = [
  { path: ['data', 'attributes', 'monitor_identifier', 'monitor_id'], numeric: true },
  { path: ['data', 'attributes', 'slo_id'], numeric: false },
];

/** Logical ids a (translated) remote body refers to: in its query, its `monitor_ids`, or an id field. */
export function remoteReferences(body: Record<string, unknown>): string[] {
  const refs = typeof body.query === 'string' ? referencedIds(body.query) : [];
  if (Array.isArray(body.monitor_ids)) refs.push(...referencedIds(body.monitor_ids.map(String).join(' ')));
  for (const { path } of ID_FIELDS) {
    const value = valueAt(body, path);
    if (typeof value === 'string') refs.push(...referencedIds(value));
  }
  return [...new Set(refs)].sort();
}

/** A remote body's id fields with the ids of objects vigil owns written as `${logical-id}`. */
export function logicalIdFields(body: Record<string, unknown>, byRemoteId: ReadonlyMap<string, string>): Record<string, unknown> {
  let out = body;
  for (const { path } of ID_FIELDS) {
    const value = valueAt(out, path);
    const logical = value === undefined || value === null ? undefined : byRemoteId.get(String(value));
    if (logical) out = withValueAt(out, path, `\${${logical}}`);
  }
  return out;
}

/**
 * A payload ready to send: `${logical-id}` in its query replaced by remote ids, and `monitor_ids` entries and id
 * fields by the objects' remote ids. Returns the ids it could not resolve.
 */
export function resolvePayload(payload: Record<string, unknown>, ids: Readonly<Record<string, string | number>>): { payload: Record<string, unknown>; missing: string[] } {
  let out = { ...payload };
  const missing: string[] = [];
  const whole = (value: unknown, numeric: boolean): unknown => {
    const m = typeof value === 'string' ? /^\$\{([a-z0-9.-]+)\}$/.exec(value) : null;
    if (!m) return value;
    const remote = ids[m[1]!];
    if (remote === undefined) {
      missing.push(m[1]!);
      return value;
    }
    return numeric ? Number(remote) : String(remote);
  };
  if (typeof payload.query === 'string') {
    const r = resolveReferences(payload.query, ids);
    out.query = r.query;
    missing.push(...r.missing);
  }
  if (Array.isArray(payload.monitor_ids)) out.monitor_ids = payload.monitor_ids.map((id) => whole(id, true));
  for (const { path, numeric } of ID_FIELDS) {
    const value = valueAt(out, path);
    if (value !== undefined) out = withValueAt(out, path, whole(value, numeric));
  }
  return { payload: out, missing };
}

function valueAt(body: unknown, path: readonly string[]): unknown {
  let at: unknown = body;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A copy of `body` with the value at `path` replaced (the objects on the way copied, the rest shared). */
function withValueAt(body: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  const inner = body[key!] as Record<string, unknown>;
  return { ...body, [key!]: rest.length === 0 ? value : withValueAt(inner, rest, value) };
}
