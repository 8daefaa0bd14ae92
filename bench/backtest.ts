// Benchmark: `vigil plan --backtest` for 500 changed monitors over 7 days, reading metric history from the sandbox
// (20 ms latency per request) through vigil's Datadog client over loopback HTTP. The sandbox runs as its own
// process (`vigil sandbox`, built dist/ needed), so making its synthetic series is not counted as vigil's time.
// Prints API calls and wall time; asserts nothing. Run: node bench/run.js bench/backtest.ts
import { spawn } from 'node:child_process';
import { backtestPlan } from '../src/backtest/run.ts';
import type { Change, Plan } from '../src/plan/types.ts';
import { createDatadogClient } from '../src/providers/datadog/client.ts';
import { readMetricSeries } from '../src/providers/datadog/metrics.ts';

const MONITORS = 500;
const UPDATES = 100; // of which half change the query (a second expression to read), half only the threshold
const LATENCY_MS = 20;
const WINDOW = 7 * 86_400;

/** A realistic mix per service: error ratios (two terms), p95 latency, traffic, a grouped lag, a grouped disk. */
function query(i: number): { query: string; thresholds: Record<string, number> } {
  const where = `{env:prod,service:svc-${i}}`;
  switch (i % 5) {
    case 0: return { query: `sum(last_5m):sum:trace.http.request.errors${where}.as_count() / sum:trace.http.request.hits${where}.as_count() * 100 > 5`, thresholds: { critical: 5, critical_recovery: 4 } };
    case 1: return { query: `avg(last_10m):p95:trace.http.request${where} > 1.5`, thresholds: { critical: 1.5 } };
    case 2: return { query: `sum(last_15m):sum:trace.http.request.hits${where}.as_rate() < 2`, thresholds: { critical: 2 } };
    case 3: return { query: `max(last_10m):max:queue.lag_seconds${where} by {queue} > 900`, thresholds: { critical: 900 } };
    default: return { query: `avg(last_15m):avg:system.disk.in_use${where} by {host} > 0.85`, thresholds: { critical: 0.85 } };
  }
}

const changes: Change[] = [];
for (let i = 0; i < MONITORS; i++) {
  const { query: q, thresholds } = query(i);
  const payload = { type: 'query alert', query: q, options: { thresholds } };
  if (i >= UPDATES) {
    changes.push({ action: 'create', kind: 'datadog.monitor', id: `svc-${i}`, payload });
    continue;
  }
  // An update: half move the service's scope to another (a new expression), half only lower the threshold.
  const old = i % 2 === 0 ? q.replace(`service:svc-${i}}`, `service:svc-${i}-old}`) : q;
  const field = i % 2 === 0 ? { path: 'query', old, new: q } : { path: 'options.thresholds.critical', old: (thresholds.critical ?? 0) * 2, new: thresholds.critical };
  changes.push({ action: 'update', kind: 'datadog.monitor', id: `svc-${i}`, remoteId: i + 1, payload, fields: [field] });
}
const plan: Plan = {
  version: 1, summary: { create: MONITORS - UPDATES, update: UPDATES, delete: 0, unchanged: 0 }, changes, drift: [],
  remoteIds: {}, remoteVersions: {},
};

const child = spawn(process.execPath, ['bin/vigil.js', 'sandbox', '--port', '0', '--latency-ms', String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'ignore'] });
process.on('exit', () => child.kill('SIGTERM')); // also when the bench fails
const url = await new Promise<string>((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
    const m = /Datadog API:\s+(\S+)/.exec(text);
    if (m) resolve(m[1] as string);
  });
  child.on('exit', (code) => reject(new Error(`vigil sandbox exited with ${code}`)));
});
const dd = createDatadogClient({ DD_API_KEY: 'bench', DD_APP_KEY: 'bench', VIGIL_DATADOG_URL: url });
let readMs = 0;
let expressions = 0;
const cpu = process.cpuUsage();
const start = performance.now();
const out = await backtestPlan(plan, { now: Date.UTC(2026, 10, 20, 12), windowSeconds: WINDOW, slos: [] }, async (list, period) => {
  expressions = list.length;
  const t = performance.now();
  const result = await readMetricSeries(dd, list, period);
  readMs = performance.now() - t;
  return result;
});
const totalMs = performance.now() - start;
const used = process.cpuUsage(cpu);
child.kill('SIGTERM');

const evaluated = out.changes.filter((c) => c.backtest?.after).length;
const alerted = out.changes.filter((c) => (c.backtest?.after?.episodes ?? 0) > 0).length;
const { requests, throttled, retries } = dd.http.stats;
console.log(`backtest: ${MONITORS} changed monitors (${UPDATES} updates), ${WINDOW / 86_400} days, ${LATENCY_MS} ms latency per request`);
console.log(`backtest: ${expressions} distinct expressions read in ${requests} API calls (${throttled} throttled, ${retries} retried); `
  + `one-expression-per-day reading would take ${expressions * 7}`);
console.log(`backtest: wall time ${(totalMs / 1000).toFixed(2)} s, of which reading ${(readMs / 1000).toFixed(2)} s `
  + `and evaluating ${((totalMs - readMs) / 1000).toFixed(2)} s; vigil's CPU time ${((used.user + used.system) / 1e6).toFixed(2)} s`);
console.log(`backtest: ${evaluated} monitors evaluated, ${alerted} would have alerted at least once`);
