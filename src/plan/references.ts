// Logical references: vigil writes `${logical-id}`; Datadog stores numeric monitor ids in composite queries and in
// SLO `monitor_ids`, and SLO ids in SLO alert queries. Plan translates remote → logical to compare; apply goes the
// other way.

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

/** Logical ids a (translated) remote body refers to: in its query, or in its `monitor_ids`. */
export function remoteReferences(body: Record<string, unknown>): string[] {
  const refs = typeof body.query === 'string' ? referencedIds(body.query) : [];
  if (Array.isArray(body.monitor_ids)) refs.push(...referencedIds(body.monitor_ids.map(String).join(' ')));
  return [...new Set(refs)].sort();
}

/**
 * A payload ready to send: `${logical-id}` in its query replaced by remote ids, and `monitor_ids` entries by the
 * monitors' numeric ids. Returns the ids it could not resolve.
 */
export function resolvePayload(payload: Record<string, unknown>, ids: Readonly<Record<string, string | number>>): { payload: Record<string, unknown>; missing: string[] } {
  const out = { ...payload };
  const missing: string[] = [];
  if (typeof payload.query === 'string') {
    const r = resolveReferences(payload.query, ids);
    out.query = r.query;
    missing.push(...r.missing);
  }
  if (Array.isArray(payload.monitor_ids)) {
    out.monitor_ids = payload.monitor_ids.map((id) => {
      const m = typeof id === 'string' ? /^\$\{([a-z0-9.-]+)\}$/.exec(id) : null;
      if (!m) return id;
      const remote = ids[m[1]!];
      if (remote === undefined) {
        missing.push(m[1]!);
        return id;
      }
      return Number(remote);
    });
  }
  return { payload: out, missing };
}
