/** A Datadog monitor as its JSON comes back from the API (the fields the importer reads). */
export interface WireMonitor {
  id: number;
  name: string;
  type: string;
  query: string;
  message?: string;
  tags?: string[];
  options?: Record<string, unknown>;
  priority?: number | null;
  restricted_roles?: string[] | null;
}

/** Reads the fields the importer needs from a monitor body; undefined when it is not a monitor. */
export function asWireMonitor(body: Record<string, unknown>): WireMonitor | undefined {
  const { id, name, type, query } = body;
  if (typeof id !== 'number' || typeof name !== 'string' || typeof type !== 'string' || typeof query !== 'string') return undefined;
  const out: WireMonitor = { id, name, type, query };
  if (typeof body.message === 'string') out.message = body.message;
  if (Array.isArray(body.tags)) out.tags = body.tags.map(String);
  if (typeof body.options === 'object' && body.options !== null) out.options = body.options as Record<string, unknown>;
  if (typeof body.priority === 'number' || body.priority === null) out.priority = body.priority;
  if (Array.isArray(body.restricted_roles) || body.restricted_roles === null) out.restricted_roles = body.restricted_roles as string[] | null;
  return out;
}
