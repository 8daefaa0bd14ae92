// bench/plan: (1) a no-change plan over 10,000 managed monitors in the sandbox with 20 ms added latency, read and
// planned as `vigil plan` does (readWorld, then plan) — wall time and API calls by endpoint (targets, set when vigil
// managed only monitors and SLOs: ≤ 12 calls, ≤ 3 s; each kind added since costs one list read per plan); (2) an apply of 1,000 creates under Datadog's recorded create limit
// of 500 per 10 s, also with 20 ms latency (target: ≤ 1.15 × the 20 s the limit allows, no request failing on 429).
// Prints figures; asserts nothing. Run from the repo root: node bench/run.js bench/plan.ts
import { executePlan } from '../src/apply/execute.ts';
import { compile, type CompiledState } from '../src/compile/index.ts';
import { readWorld } from '../src/providers/world.ts';
import { metricAlert } from '../src/dsl/index.ts';
import { plan as makePlan, worldNeeds } from '../src/plan/index.ts';
import { createDatadogClient } from '../src/providers/datadog/client.ts';
import { datadogTarget } from '../src/providers/datadog/target.ts';
import { buildMonitor } from '../src/sandbox/datadog/monitor-views.ts';
import { startSandbox } from '../src/sandbox/server.ts';

function desired(count: number): CompiledState {
  const defs = [];
  for (let i = 0; i < count; i++) {
    defs.push(metricAlert({
      id: `svc${Math.floor(i / 20)}-m${i % 20}`, name: `Service ${Math.floor(i / 20)} monitor ${i % 20}`,
      team: `team${i % 40}`, service: `svc${Math.floor(i / 20)}`, env: 'prod', severity: `sev${(i % 5) + 1}` as 'sev1',
      runbook: `https://runbooks.example.com/svc/${i}`,
      message: { summary: `Monitor ${i} fired.`, impact: 'Customers see errors.', firstSteps: ['Check the deploy'] },
      query: `avg(last_5m):sum:trace.http.request.errors{service:svc${i},env:prod}.as_count() > ${5 + (i % 20)}`,
      thresholds: { warning: 2 + (i % 20) }, options: { notifyNoData: false, renotifyInterval: 30 },
    }));
  }
  return compile(defs);
}

const client = (url: string) => createDatadogClient({ VIGIL_DATADOG_URL: url, DD_API_KEY: 'bench', DD_APP_KEY: 'bench' });

// (1) No-change plan over 10,000 managed monitors (plus 5,000 unmanaged ones the filter must skip).
{
  const state = desired(10_000);
  const byEndpoint = new Map<string, number>();
  const sandbox = await startSandbox({ port: 0, latencyMs: 20, onRequest: (r) => void byEndpoint.set(`${r.method} ${r.path}`, (byEndpoint.get(`${r.method} ${r.path}`) ?? 0) + 1) });
  const now = Date.now();
  for (const m of state.datadog.monitors) {
    const id = sandbox.datadog.store.nextMonitorId();
    sandbox.datadog.store.monitors.set(id, buildMonitor(id, m.payload as never, true, now));
  }
  for (let i = 0; i < 5_000; i++) {
    const id = sandbox.datadog.store.nextMonitorId();
    sandbox.datadog.store.monitors.set(id, buildMonitor(id, { type: 'query alert', name: `other ${i}`, query: 'avg(last_5m):avg:system.load.1{*} > 1', message: 'x', tags: ['team:other'] } as never, true, now));
  }
  const dd = client(sandbox.datadogUrl);
  const started = performance.now();
  const world = await readWorld({ datadog: dd }, worldNeeds(state));
  const readMs = performance.now() - started;
  const p = makePlan(state, world).plan!;
  const totalMs = performance.now() - started;
  const calls = [...byEndpoint].sort((a, b) => b[1] - a[1]).map(([path, n]) => `${n} ${path}`).join(', ');
  console.log(`bench/plan: no-change plan over ${world.owned.monitors.length} managed monitors (20 ms latency)`);
  console.log(`  API calls  ${dd.http.stats.requests}   target ≤ 12   (${calls})`);
  console.log(`  read       ${readMs.toFixed(0)} ms`);
  console.log(`  plan       ${(totalMs - readMs).toFixed(0)} ms   (${p.summary.unchanged} unchanged, ${p.summary.create + p.summary.update + p.summary.delete} changes)`);
  console.log(`  wall       ${totalMs.toFixed(0)} ms   target ≤ 3000 ms`);
  await sandbox.close();
}

// (2) 1,000 creates under the recorded create limit (500 per 10 s), paced by the X-RateLimit headers.
{
  const state = desired(1_000);
  let refused = 0;
  const sandbox = await startSandbox({ port: 0, latencyMs: 20, onRequest: (e) => { if (e.outcome === 429) refused++; } });
  const dd = client(sandbox.datadogUrl);
  const started = performance.now();
  const p = makePlan(state, await readWorld({ datadog: dd }, worldNeeds(state))).plan!;
  const result = await executePlan(p, datadogTarget(dd));
  const wall = (performance.now() - started) / 1000;
  const failed = result.outcomes.filter((o) => o.status !== 'done').length;
  console.log(`bench/plan: apply of ${p.summary.create} creates under 500 creates / 10 s (20 ms latency)`);
  console.log(`  wall       ${wall.toFixed(1)} s   target ≤ ${(1.15 * 20).toFixed(1)} s (1.15 × the 20 s the limit allows)`);
  console.log(`  requests   ${dd.http.stats.requests}, answered 429: ${refused}, failed changes: ${failed}`);
  console.log(`  waits for a rate-limit window: ${dd.http.limiter.waits}`);
  await sandbox.close();
}
