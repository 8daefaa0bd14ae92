// Ownership of PagerDuty objects, without a state file: a marker line at the end of the description. PagerDuty has
// no tags on these objects, and descriptions are free text that the API keeps exactly.

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
