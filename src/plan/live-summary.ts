import { ROUTE_TAG_PREFIX } from '../routing/notification-rules.ts';
import type { LiveSummary } from './types.ts';

/** What a reviewer needs to recognise a live object the plan deletes: its name, and a monitor's query and message. */
export function liveSummary(body: Record<string, unknown>): LiveSummary {
  const out: LiveSummary = {};
  for (const key of ['name', 'query', 'message'] as const) {
    const v = body[key];
    if (typeof v === 'string' && v !== '') out[key] = v;
  }
  const route = Array.isArray(body.tags) ? body.tags.find((t): t is string => typeof t === 'string' && t.startsWith(ROUTE_TAG_PREFIX)) : undefined;
  if (route) out.route = route.slice(ROUTE_TAG_PREFIX.length);
  return out;
}
