// Benchmark: the sandbox holds 50,000 monitors; vigil-style reading lists the 10,000 it owns (a monitor_tags
// filter) in pages of 1,000 through the official client over loopback HTTP. Prints figures; asserts nothing.
// Run: node bench/run.js bench/sandbox-list.ts
import { client, v1 } from '@datadog/datadog-api-client';
import { buildMonitor } from '../src/sandbox/datadog/monitor-views.ts';
import { startSandbox } from '../src/sandbox/server.ts';

const TOTAL = 50_000;
const OWNED = 10_000;
const PAGE = 1_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const serverMs: number[] = [];
const sandbox = await startSandbox({ port: 0, onRequest: (e) => serverMs.push(e.ms) });
const loadStart = performance.now();
const now = Date.now();
for (let i = 0; i < TOTAL; i++) {
  const owned = i % (TOTAL / OWNED) === 0;
  const id = sandbox.datadog.store.nextMonitorId();
  sandbox.datadog.store.monitors.set(id, buildMonitor(id, {
    type: 'metric alert',
    name: `[bench] cpu high on service ${i}`,
    query: `avg(last_5m):avg:system.cpu.user{service:svc-${i},env:prod} by {host} > 90`,
    message: `CPU is high on {{host.name}} @pagerduty-team-${i % 40}`,
    tags: owned ? ['managed-by:vigil', `vigil-id:svc-${i}-cpu`, 'team:platform'] : ['team:other'],
    options: { thresholds: { critical: 90, warning: 80 }, notify_no_data: false, renotify_interval: 60 },
    priority: 3,
  }, true, now));
}
const loadMs = performance.now() - loadStart;

const config = client.createConfiguration({
  baseServer: new client.BaseServerConfiguration(sandbox.datadogUrl, {}),
  authMethods: { apiKeyAuth: 'bench', appKeyAuth: 'bench' },
  httpConfig: { compress: false },
});
const api = new v1.MonitorsApi(config);

const listStart = performance.now();
let count = 0;
for await (const m of api.listMonitorsWithPagination({ pageSize: PAGE, monitorTags: 'managed-by:vigil' })) {
  if (m.id !== undefined) count++;
}
const listMs = performance.now() - listStart;
const memory = process.memoryUsage();
await sandbox.close();

console.log(`sandbox-list: ${TOTAL} monitors loaded in ${loadMs.toFixed(0)} ms`);
console.log(`sandbox-list: listed ${count} owned monitors in pages of ${PAGE} (${Math.ceil(count / PAGE) + 1} requests) in ${listMs.toFixed(0)} ms (target < 1000 ms)`);
console.log(`sandbox-list: server time per page ${serverMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);
console.log(`sandbox-list: memory rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}`);
