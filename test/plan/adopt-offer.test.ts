import { describe, expect, it } from 'vitest';
import { monitorCreateNames, offerAdoptions } from '../../src/plan/adopt.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import type { Change, Plan } from '../../src/plan/types.ts';

const create = (id: string, name: string, query = `avg(last_5m):avg:${id}{*} > 1`): Change => ({
  action: 'create', kind: 'datadog.monitor', id, payload: { name, type: 'metric alert', query }, dependsOn: [],
});
const plan = (changes: Change[]): Plan => ({
  version: 1, summary: { create: changes.length, update: 0, delete: 0, unchanged: 0 }, changes, drift: [], remoteIds: {}, remoteVersions: {},
});
const live = (id: number, name: string, query: string, type = 'query alert'): RemoteObject => ({ logicalId: '', remoteId: id, version: 'v', body: { id, name, query, type } });

describe('offerAdoptions', () => {
  it('marks creates an unowned monitor matches by name first, else by query and type; the lowest id wins', () => {
    const p = plan([
      create('a', '[prod] A'),
      create('b', '[prod] B', 'avg(last_5m):avg:b{*} > 1'),
      create('c', '[prod] C'),
      { action: 'update', kind: 'datadog.monitor', id: 'd', remoteId: 9, payload: { name: '[prod] A' } },
    ]);
    const out = offerAdoptions(p, [
      live(30, ' [PROD] a ', 'other'), live(20, '[prod] A', 'other'),
      live(40, '[prod] B (renamed)', 'avg(last_5m):avg:b{*}  >  1'),
      live(50, '[prod] C', 'avg(last_5m):avg:c{*} > 1', 'log alert'),
    ]);
    expect(out.changes.map((c) => c.adoptable)).toEqual([
      { datadogId: 20, name: '[prod] A', matchedBy: 'name' },
      { datadogId: 40, name: '[prod] B (renamed)', matchedBy: 'query and type' },
      { datadogId: 50, name: '[prod] C', matchedBy: 'name' },
      undefined,
    ]);
    expect(offerAdoptions(p, [])).toBe(p);
  });

  it('asks only for the names of monitors the plan creates', () => {
    expect(monitorCreateNames(plan([create('a', 'x'), create('b', 'x'), create('c', 'y')]))).toEqual(['x', 'y']);
    expect(monitorCreateNames(plan([]))).toEqual([]);
  });
});
