// The reads behind the plan's offer to adopt: nothing when the plan creates no monitor, one list request per distinct
// name otherwise (Datadog's `name` filter), and never a monitor vigil owns.
import { afterEach, describe, expect, it } from 'vitest';
import { readUnownedNamed } from '../../src/providers/datadog/adopt.ts';
import { createMonitor } from '../../src/providers/datadog/monitors.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { sandboxWithClient } from '../sync/support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const monitor = (name: string, tags: string[]) => ({ name, type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 3', message: 'm', tags });

describe('readUnownedNamed', () => {
  it('reads nothing without names, one page per distinct name, and keeps only monitors vigil does not own', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const { dd } = s;
    await createMonitor(dd, monitor('[prod] api latency', ['managed-by:vigil', 'vigil-id:api-latency']));
    const raw = await dd.monitors.createMonitor({ body: monitor('[prod] api latency', ['team:api']) as never });
    await dd.monitors.createMonitor({ body: monitor('[prod] something else', []) as never });
    const before = dd.http.stats.requests;
    expect(await readUnownedNamed(dd, [])).toEqual([]);
    expect(dd.http.stats.requests).toBe(before);
    const found = await readUnownedNamed(dd, ['[prod] api latency', '[prod] api latency', '[prod] nothing like it']);
    expect(dd.http.stats.requests).toBe(before + 2);
    expect(found.map((o) => [o.remoteId, o.body.name])).toEqual([[raw.id, '[prod] api latency']]);
  });
});
