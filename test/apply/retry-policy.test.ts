// One retry policy for every change (providers/http/retry.ts): against a Datadog that answers every request with 503,
// an update costs exactly RETRY.attempts requests (the transport's retries; apply adds none), and a create is sent
// once per apply attempt, each retry first looking the object up, never more than the policy's bound.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
import type { Plan } from '../../src/plan/types.ts';
import { createDatadogClient } from '../../src/providers/datadog/client.ts';
import { datadogTarget } from '../../src/providers/datadog/target.ts';
import { RETRY } from '../../src/providers/http/retry.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A Datadog stand-in that fails everything with 503 and counts requests by method. */
async function unavailable(): Promise<{ url: string; seen: Record<string, number> }> {
  const seen: Record<string, number> = {};
  server = createServer((req, res) => {
    seen[req.method!] = (seen[req.method!] ?? 0) + 1;
    req.resume();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":["unavailable"]}');
  });
  await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const payload = { name: 'Load high', type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 4', message: 'High.', options: {}, tags: ['managed-by:vigil', 'vigil-id:load'] };
const plan = (action: 'create' | 'update'): Plan => ({
  version: 1, summary: { create: 0, update: 0, delete: 0, unchanged: 0 }, drift: [], remoteIds: {}, remoteVersions: {},
  changes: [{ action, kind: 'datadog.monitor', id: 'load', payload, dependsOn: [], ...(action === 'update' ? { remoteId: 7 } : {}) }],
});

describe('the retry policy', () => {
  it('sends an update RETRY.attempts times in all, not attempts squared', async () => {
    const { url, seen } = await unavailable();
    const dd = createDatadogClient({ VIGIL_DATADOG_URL: url, DD_API_KEY: 'k', DD_APP_KEY: 'a' }, { backoffMs: 1 });
    const result = await executePlan(plan('update'), datadogTarget(dd), { backoffMs: 1 });
    expect(result.outcomes[0]!.status).toBe('failed');
    expect(seen).toEqual({ PUT: RETRY.attempts });
  });

  it('sends a create once, then only looks it up, within the bound', async () => {
    const { url, seen } = await unavailable();
    const dd = createDatadogClient({ VIGIL_DATADOG_URL: url, DD_API_KEY: 'k', DD_APP_KEY: 'a' }, { backoffMs: 1 });
    const result = await executePlan(plan('create'), datadogTarget(dd), { backoffMs: 1 });
    expect(result.outcomes[0]!.status).toBe('failed');
    // The first POST failed; every later apply attempt looked the monitor up first, and that read failed too.
    expect(seen).toEqual({ POST: 1, GET: (RETRY.attempts - 1) * RETRY.attempts });
  });
});
