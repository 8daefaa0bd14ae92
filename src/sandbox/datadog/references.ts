// Who references whom: SLOs and composite monitors reference monitors; SLO alert monitors reference SLOs. Deletes
// are refused while a reference exists (unless forced), as the real API does.
import type { MonitorRecord, SloRecord } from './model.ts';
import { checkQuery } from './query.ts';
import type { DatadogStore } from './store.ts';

/** Refusal messages for deleting a monitor, one per kind of referrer. Real form (user reports of real answers):
 * `monitor [16195606,name] is referenced in slos: [34dbd…,test slo]` and `… in composite monitors: [37050226,…]`.
 * How several referrers are joined is not recorded; `, ` is invented. */
export function monitorReferences(store: DatadogStore, monitor: MonitorRecord): string[] {
  const slos: SloRecord[] = [];
  for (const slo of store.slos.values()) {
    const ids = slo['monitor_ids'];
    if (Array.isArray(ids) && ids.includes(monitor.id)) slos.push(slo);
  }
  const composites: MonitorRecord[] = [];
  for (const m of store.monitors.values()) {
    if (m.type !== 'composite') continue;
    const q = checkQuery('composite', m.query);
    if (q.ok && q.monitorRefs.includes(monitor.id)) composites.push(m);
  }
  const self = `monitor [${monitor.id},${monitor.name}]`;
  const out: string[] = [];
  if (slos.length > 0) out.push(`${self} is referenced in slos: ${slos.map((s) => `[${s.id},${s.name}]`).join(', ')}`);
  if (composites.length > 0) {
    out.push(`${self} is referenced in composite monitors: ${composites.map((c) => `[${c.id},${c.name}]`).join(', ')}`);
  }
  return out;
}

/** SLO alert monitors (`error_budget("id")…`, `burn_rate("id")…`) that reference an SLO. */
export function sloAlertMonitors(store: DatadogStore, sloId: string): MonitorRecord[] {
  const out: MonitorRecord[] = [];
  for (const m of store.monitors.values()) {
    if (m.type !== 'slo alert') continue;
    const q = checkQuery('slo alert', m.query);
    if (q.ok && q.sloRefs.includes(sloId)) out.push(m);
  }
  return out;
}
