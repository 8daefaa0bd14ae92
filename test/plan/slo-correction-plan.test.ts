// SLO corrections through the one planner, driven by plain data. An update cannot move a correction to another SLO
// or drop its end or rule, so such a change is planned as a replacement: create anew, then delete the old one.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { metricSlo, sloCorrection } from '../../src/dsl/index.ts';
import { plan, type World } from '../../src/plan/index.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { renderText } from '../../src/plan/render/text.ts';

const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const world = (extra: Partial<World>): World => ({
  owned: { monitors: [], slos: [] }, adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: [], ...extra,
});
describe('planning SLO corrections', () => {
  const availability = metricSlo({ id: 'web-availability', name: 'web', good: 'sum:a{*}.as_count()', total: 'sum:b{*}.as_count()', thresholds: [{ timeframe: '30d', target: 99.9 }] });
  const latency = metricSlo({ id: 'web-latency', name: 'latency', good: 'sum:c{*}.as_count()', total: 'sum:d{*}.as_count()', thresholds: [{ timeframe: '30d', target: 99 }] });
  const correction = (slo: string, schedule: Parameters<typeof sloCorrection>[0]['schedule']) =>
    sloCorrection({ id: 'web-deploy', slo, category: 'Deployment', schedule });
  const oneOff = { start: '2026-11-28T14:00:00Z', end: '2026-11-28T15:00:00Z' };
  /** The correction as Datadog holds it after vigil created it for `slo` (remote SLO ids by logical id). */
  const live = (payload: Record<string, unknown>, sloIds: Record<string, string>): RemoteObject => {
    const attributes = { ...(payload.data as { attributes: Record<string, unknown> }).attributes };
    attributes.slo_id = sloIds[String(attributes.slo_id).slice(2, -1)];
    return { logicalId: 'web-deploy', remoteId: UUID(7), version: 'v7', body: { data: { type: 'correction', id: UUID(7), attributes: { rrule: null, duration: null, end: null, ...attributes, created_at: 1, modified_at: 1 } } } };
  };
  const slo = (id: string, remoteId: string): RemoteObject => ({ logicalId: id, remoteId, version: 'v', body: {} });

  it('replaces a correction moved to another SLO, or one that drops its end for a rule: an update cannot do either', () => {
    const ids = { 'web-availability': 'a'.repeat(32), 'web-latency': 'b'.repeat(32) };
    const before = compile([availability, latency, correction('web-availability', oneOff)]).datadog.sloCorrections[0]!.payload;
    const owned = (slos: RemoteObject[]) => world({ owned: { monitors: [], slos, sloCorrections: [live(before, ids)] } });
    const slos = [slo('web-availability', ids['web-availability']), slo('web-latency', ids['web-latency'])];
    const changes = (def: ReturnType<typeof correction>) => plan(compile([availability, latency, def]), owned(slos)).plan!.changes
      .filter((c) => c.kind === 'datadog.slo-correction').map((c) => `${c.action} ${c.reason ?? ''} ${(c.fields ?? []).map((f) => f.path)}`.trim());
    expect(changes(correction('web-availability', oneOff))).toEqual([]);
    expect(changes(correction('web-latency', oneOff))).toEqual(['create replaced', 'delete replaced slo_id']);
    expect(changes(correction('web-availability', { start: oneOff.start, rrule: 'FREQ=WEEKLY', duration: '1h' }))).toEqual(['create replaced', 'delete replaced duration,end,rrule']);
    // A change an update can make stays an update.
    expect(changes(correction('web-availability', { ...oneOff, end: '2026-11-28T16:00:00Z' }))).toEqual(['update code end']);
    const text = renderText(plan(compile([availability, latency, correction('web-latency', oneOff)]), owned(slos)).plan!);
    expect(text).toContain([
      '  + create datadog.slo-correction web-deploy',
      '      reason: replaced: Datadog cannot change the live one into what the code says (an SLO correction cannot move to another SLO or drop its end or rule), so it is created anew and the old one deleted',
      '      corrects: SLO web-latency (Deployment)',
      '      window: from 2026-11-28T14:00:00Z until 2026-11-28T15:00:00Z',
    ].join('\n'));
  });
});
