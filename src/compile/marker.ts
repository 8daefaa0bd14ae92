// Ownership without a state file, for objects that carry no tags: a marker line at the end of a free-text field the
// API keeps exactly as written — a PagerDuty object's description, a Datadog downtime's message, an SLO correction's
// description. Tagged objects (monitors, SLOs) carry the same facts as tags instead (ownership.ts).

const MARKER = /\n*\[managed by vigil\] vigil-id:(\S+) vigil-hash:([0-9a-f]+)\s*$/;

export function withMarker(description: string | undefined, id: string, hash: string): string {
  const text = (description ?? '').trim();
  return `${text}${text ? '\n\n' : ''}[managed by vigil] vigil-id:${id} vigil-hash:${hash}`;
}

/** The logical id and hash in a description, or undefined when vigil does not own the object. */
export function readMarker(description: unknown): { id: string; hash: string; text: string } | undefined {
  if (typeof description !== 'string') return undefined;
  const m = MARKER.exec(description);
  return m ? { id: m[1]!, hash: m[2]!, text: description.slice(0, m.index).trim() } : undefined;
}
