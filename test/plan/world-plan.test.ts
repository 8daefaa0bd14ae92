// The one planner, driven by plain data: a desired state compiled from definitions and a world built by hand, with
// no sandbox and no network. What stops a plan comes back as diagnostics at the definition's line.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { downtime, metricAlert } from '../../src/dsl/index.ts';
import { plan, worldNeeds, type World } from '../../src/plan/index.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { staleReasons } from '../../src/plan/stale.ts';

const at = { file: 'monitors/web.ts', line: 3, col: 5 };
const monitor = (id: string, extra: Record<string, unknown> = {}) => Object.assign(metricAlert({
  id, name: `${id} high`, team: 'web', message: { summary: 'High.', notify: ['@pagerduty-web'] },
  query: 'avg(last_5m):avg:system.load.1{*} > 4', ...extra,
}), { source: at });

const empty = (extra: Partial<World> = {}): World => ({
  owned: { monitors: [], slos: [] }, adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: ['web'], ...extra,
});

/** A live copy of a compiled payload, owned by vigil. */
function owned(payload: Record<string, unknown>, remoteId: number, version = 'v1'): RemoteObject {
  const logicalId = (payload.tags as string[]).find((t) => t.startsWith('vigil-id:'))!.slice(9);
  return { logicalId, remoteId, version, body: { ...payload, id: remoteId } };
}

describe('plan(desired, world)', () => {
  it('says what to read: the objects to adopt, every @pagerduty- handle named, and the names of possible creates', () => {
    const window = downtime({ id: 'nights', monitorTags: ['env:dev'], schedule: {}, adopt: { datadogId: '845e9a1e-0187-11ee-817a-da7ad0900002' } });
    const desired = compile([monitor('load', { adopt: { datadogId: 42 } }), monitor('disk'), window]);
    expect(worldNeeds(desired)).toEqual({
      adoptMonitors: [42], adoptSlos: [], adoptDowntimes: ['845e9a1e-0187-11ee-817a-da7ad0900002'], pagerDutyServiceNames: ['web'], pagerduty: false,
      candidates: { monitors: [{ id: 'disk', name: 'disk high' }], slos: [] },
    });
  });

  it('creates against an empty world, and plans nothing once the world holds the same objects', () => {
    const defs = [monitor('load')];
    const desired = compile(defs);
    const first = plan(desired, empty(), { definitions: defs });
    expect(first.diagnostics).toEqual([]);
    expect(first.plan!.changes.map((c) => `${c.action} ${c.id}`)).toEqual(['create load']);
    const world = empty({ owned: { monitors: [owned(desired.datadog.monitors[0]!.payload as never, 7)], slos: [] } });
    expect(plan(desired, world, { definitions: defs }).plan!.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 1 });
  });

  it('refuses to plan a handle nothing resolves, at the line of the monitor that names it', () => {
    const defs = [monitor('load')];
    const result = plan(compile(defs), empty({ datadogPagerDutyServices: [] }), { definitions: defs });
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'plan-reference', id: 'load', location: at }]);
  });

  it('refuses an adoption of a monitor Datadog does not have, at the adopting definition', () => {
    const defs = [monitor('load', { adopt: { datadogId: 42 } })];
    const result = plan(compile(defs), empty(), { definitions: defs });
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'plan-adopt', id: 'load', location: at }]);
    expect(result.diagnostics[0]!.message).toMatch(/^adopt\.datadogId 42: Datadog has no monitor with that id/);
  });

  it('withholds deletes when a definition file failed to load, and says why', () => {
    const desired = compile([monitor('load')]);
    const gone = owned(compile([monitor('gone')]).datadog.monitors[0]!.payload as never, 8);
    const world = empty({ owned: { monitors: [gone], slos: [] } });
    const loaded = { failedFiles: [], skippedFiles: [] };
    expect(plan(desired, world, { definitions: [monitor('load')], load: loaded }).plan!.summary.delete).toBe(1);
    const failed = plan(desired, world, { definitions: [monitor('load')], load: { ...loaded, failedFiles: ['monitors/gone.ts'] } }).plan!;
    expect(failed.summary.delete).toBe(0);
    expect(failed.deletesWithheld).toBe('1 definition file failed to load');
  });

  it('finds a saved plan stale when an object it was made against changed, vanished or appeared', () => {
    const desired = compile([monitor('load')]);
    const live = owned(desired.datadog.monitors[0]!.payload as never, 7, 'v1');
    const saved = plan(desired, empty({ owned: { monitors: [live], slos: [] } })).plan!;
    expect(staleReasons(saved, empty({ owned: { monitors: [live], slos: [] } }))).toEqual([]);
    expect(staleReasons(saved, empty({ owned: { monitors: [{ ...live, version: 'v2' }], slos: [] } })))
      .toEqual(['remote object 7 changed ("load", version v1 → v2)']);
    expect(staleReasons(saved, empty())).toEqual(['remote object 7 ("load") was deleted']);
    expect(staleReasons(saved, empty({ owned: { monitors: [live, { ...live, remoteId: 9 }], slos: [] } })))
      .toEqual(['remote object 9 ("load") appeared']);
  });
});
