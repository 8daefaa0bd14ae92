// Logical references inside queries: vigil writes `${logical-id}`; Datadog stores numeric monitor ids in composite
// queries and SLO ids in SLO alert queries. Plan translates remote → logical to compare; apply goes the other way.

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
