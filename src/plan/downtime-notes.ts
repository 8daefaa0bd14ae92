// What a reviewer should know about a maintenance window the plan creates: a one-off window whose written start has
// passed opens when it is applied, not when the definition says (Datadog refuses a start in the past).
import type { CompiledState } from '../compile/index.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import type { Plan } from './types.ts';

export function startNotes(desired: CompiledState, plan: Plan, sources: ReadonlyMap<string, SourceLocation>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const written = new Map(desired.datadog.downtimes.map((d) => [d.id, oneOffStart(d.payload)]));
  for (const c of plan.changes) {
    if (c.kind !== 'datadog.downtime' || c.action !== 'create' || !c.payload) continue;
    const start = written.get(c.id);
    if (start === undefined || oneOffStart(c.payload) !== undefined) continue;
    const location = sources.get(c.id);
    out.push({
      severity: 'warning', code: 'downtime-start-past', id: c.id, path: '/schedule/start',
      message: `"start" (${start}) has passed: the window is created to start when it is applied, as Datadog refuses a start in the past`,
      hint: 'to open the window later, move "start" to that time; to open it on apply, remove "start"',
      ...(location ? { location } : {}),
    });
  }
  return out;
}

function oneOffStart(payload: Record<string, unknown>): string | undefined {
  const schedule = (payload.data as { attributes?: { schedule?: { start?: unknown } } } | undefined)?.attributes?.schedule;
  return typeof schedule?.start === 'string' ? schedule.start : undefined;
}
