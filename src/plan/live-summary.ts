import type { LiveSummary } from './types.ts';

/** What a reviewer needs to recognise a live object the plan deletes: its name, and a monitor's query and message. */
export function liveSummary(body: Record<string, unknown>): LiveSummary {
  const out: LiveSummary = {};
  for (const key of ['name', 'query', 'message'] as const) {
    const v = body[key];
    if (typeof v === 'string' && v !== '') out[key] = v;
  }
  return out;
}
