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

/** A Datadog SLO as its JSON comes back from the API: the whole body (snake_case), with its id, name and type. */
export type WireSlo = Record<string, unknown> & { id: string; name: string; type: string };

/** Reads an SLO body for the importer; undefined when it lacks an id, a name or a type. */
export function asWireSlo(body: Record<string, unknown>): WireSlo | undefined {
  const { id, name, type } = body;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof type !== 'string') return undefined;
  return { ...body, id, name, type };
}

/**
 * A PagerDuty service as the API returns it with `include[]=integrations`: the whole body (snake_case), with its
 * id and name.
 */
export type WireService = Record<string, unknown> & { id: string; name: string };

/** Reads a service body for the importer; undefined when it lacks an id or a name. */
export function asWireService(body: Record<string, unknown>): WireService | undefined {
  const { id, name } = body;
  if (typeof id !== 'string' || typeof name !== 'string') return undefined;
  return { ...body, id, name };
}
