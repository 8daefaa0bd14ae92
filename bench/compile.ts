// bench/compile: 10,000 monitors across 500 files (400 TypeScript, 100 YAML) → load, validate and compile times and
// peak memory; then `vigil validate` on the repo's own monitors/ as a user runs it. Prints figures; asserts nothing.
// Run from the repo root: node bench/run.js bench/compile.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../src/compile/index.ts';
import { loadDefinitions } from '../src/load/index.ts';
import { check } from '../src/pipeline/check.ts';

const FILES = 500;
const PER_FILE = 20;
const YAML_EVERY = 5; // every 5th file is YAML

function tsFile(f: number): string {
  const lines = ["import { metricAlert, serviceCheck, logAlert } from '@vigil-monitors/vigil';", ''];
  for (let i = 0; i < PER_FILE; i++) {
    const id = `svc${f}-m${i}`;
    const common = `id: '${id}', name: 'Service ${f} monitor ${i}', team: 'team${f % 40}', service: 'svc${f}', env: 'prod', severity: 'sev${(i % 5) + 1}', runbook: 'https://runbooks.example.com/svc${f}/${i}'`;
    const message = `message: { summary: 'Monitor ${i} of service ${f} fired.', impact: 'Customers of svc${f} see errors.', firstSteps: ['Check the deploy', 'Check the dashboard'] }`;
    if (i % 10 === 8) {
      lines.push(`export const m${i} = serviceCheck({ ${common}, ${message}, check: 'http.can_connect', over: ['service:svc${f}'], by: ['host'], thresholds: { critical: 3, ok: 1 }, options: { notifyNoData: true, noDataTimeframe: 10 } });`);
    } else if (i % 10 === 9) {
      lines.push(`export const m${i} = logAlert({ ${common}, ${message}, search: 'service:svc${f} status:error', window: '5m', by: ['@http.url'], comparator: '>', threshold: ${100 + i}, options: { onMissingData: 'resolve' } });`);
    } else {
      lines.push(`export const m${i} = metricAlert({ ${common}, ${message}, query: 'avg(last_5m):sum:trace.http.request.errors{service:svc${f},env:prod,endpoint:e${i}} by {resource_name}.as_count() / sum:trace.http.request.hits{service:svc${f},env:prod,endpoint:e${i}} by {resource_name}.as_count() * 100 > ${5 + i}', thresholds: { warning: ${2 + i} }, options: { notifyNoData: false, renotifyInterval: 30 } });`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function yamlFile(f: number): string {
  const out = ['monitors:'];
  for (let i = 0; i < PER_FILE; i++) {
    out.push(
      `  - id: svc${f}-m${i}`, '    type: query alert', `    name: Service ${f} monitor ${i}`, `    team: team${f % 40}`,
      `    service: svc${f}`, '    env: prod', `    severity: sev${(i % 5) + 1}`,
      `    runbook: https://runbooks.example.com/svc${f}/${i}`,
      `    query: "avg(last_10m):p95:trace.http.request{service:svc${f},env:prod,endpoint:e${i}} > ${i + 1}"`,
      '    message:', `      summary: Latency monitor ${i} of service ${f} fired.`, '      impact: Pages are slow.',
      '      firstSteps: [Check the database]', '    options:', `      thresholds: { warning: ${i + 0.5} }`,
      '      onMissingData: show_no_data',
    );
  }
  return `${out.join('\n')}\n`;
}

const project = mkdtempSync(join(tmpdir(), 'vigil-bench-compile-'));
mkdirSync(join(project, 'monitors'));
for (let f = 0; f < FILES; f++) {
  if (f % YAML_EVERY === 0) writeFileSync(join(project, 'monitors', `svc${f}.yaml`), yamlFile(f));
  else writeFileSync(join(project, 'monitors', `svc${f}.ts`), tsFile(f));
}

let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const timer = setInterval(sample, 5);
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

// CPU time as well as wall time: on a shared host wall time moves by a tenth between identical runs, CPU time by a
// fiftieth. The process's (every thread) and, on Linux, the main thread's, from /proc.
const mainThreadCpuMs = (): number | undefined => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
};
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpuMs();

const t0 = process.hrtime.bigint();
const loaded = await loadDefinitions({ projectDir: project });
const tLoad = ms(t0);
sample();
const t1 = process.hrtime.bigint();
const validation = check(loaded.definitions);
const tValidate = ms(t1);
sample();
const t2 = process.hrtime.bigint();
const compiled = compile(validation.valid);
const tCompile = ms(t2);
sample();
const cpu = process.cpuUsage(cpu0);
const main1 = mainThreadCpuMs();
clearInterval(timer);
const errors = [...loaded.diagnostics, ...validation.diagnostics].filter((d) => d.severity === 'error');
rmSync(project, { recursive: true, force: true });

const total = tLoad + tValidate + tCompile;
console.log(`bench/compile: ${loaded.definitions.length} monitors in ${loaded.files} files (${errors.length} errors)`);
console.log(`  load      ${tLoad.toFixed(0).padStart(6)} ms`);
console.log(`  validate  ${tValidate.toFixed(0).padStart(6)} ms`);
console.log(`  compile   ${tCompile.toFixed(0).padStart(6)} ms   (${compiled.datadog.monitors.length} payloads)`);
console.log(`  total     ${total.toFixed(0).padStart(6)} ms   target < 2000 ms`);
const mainCpu = main0 === undefined || main1 === undefined ? '' : ` (main thread ${(main1 - main0).toFixed(0)} ms)`;
console.log(`  CPU       ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms   all threads${mainCpu}`);
console.log(`  peak RSS  ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20).toFixed(0).padStart(6)} MB   target < 400 MB`);

// The user's view: the CLI process end to end on this repo's monitors/ (node start-up included).
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [join(process.cwd(), 'bin', 'vigil.js'), 'validate'], { cwd: process.cwd(), stdio: 'ignore' });
  runs.push(ms(t));
}
runs.sort((a, b) => a - b);
console.log(`  vigil validate on monitors/: median ${runs[2]!.toFixed(0)} ms over 5 runs (min ${runs[0]!.toFixed(0)}, max ${runs[4]!.toFixed(0)})   target < 500 ms`);
