import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';

// Definitions of the same shape must share V8's hidden classes (maps): with one class per object, every read of
// their options after the builders (the schema check, compile) takes V8's slowest lookup. In Node 20, a copy made by
// spread syntax and then given another property gets a class of its own; the builders avoid that pattern. V8 only
// answers this question to a process started with --allow-natives-syntax, hence the child process.
const script = (vigil: string) => `
const { metricAlert, serviceCheck, logAlert, processAlert, changeAlert } = await import(${JSON.stringify(vigil)});
const same = new Function('a', 'b', 'return %HaveSameMap(a, b)');
const base = (i) => ({ id: 'm' + i, name: 'n', team: 't', service: 's', env: 'prod', severity: 'sev3', runbook: 'https://r', message: { summary: 's' } });
const build = [
  (i) => metricAlert({ ...base(i), query: 'avg(last_5m):avg:a{*} > ' + (i + 2), thresholds: { warning: 1 }, options: { notifyNoData: false, renotifyInterval: i } }),
  (i) => serviceCheck({ ...base(i), check: 'http.can_connect', over: ['*'], thresholds: { critical: 3, ok: 1 }, options: { notifyNoData: true, noDataTimeframe: 10 + i } }),
  (i) => logAlert({ ...base(i), search: 'status:error', window: '5m', comparator: '>', threshold: i, options: { onMissingData: 'resolve' } }),
  (i) => processAlert({ ...base(i), search: 'nginx', window: '5m', comparator: '<', threshold: 1 + i }),
  (i) => changeAlert({ ...base(i), window: 'last_5m', shift: '1h_ago', metric: 'sum:a{*}', comparator: '>', threshold: 10 + i }),
];
const out = {};
build.forEach((make, kind) => {
  const defs = Array.from({ length: 50 }, (_, i) => make(kind * 1000 + i));
  const classes = (pick) => defs.filter((d, i) => i === 0 || !same(pick(defs[0]), pick(d))).length;
  out[defs[0].id] = { definition: classes((d) => d), options: classes((d) => d.options), thresholds: classes((d) => d.options.thresholds) };
});
console.log(JSON.stringify(out));
`;

describe('definitions built by the DSL', () => {
  it('share hidden classes when they have the same shape', () => {
    const vigil = pathToFileURL(join(root, 'dist', 'index.js')).href;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script(vigil)], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const counts = JSON.parse(r.stdout) as Record<string, { definition: number; options: number; thresholds: number }>;
    expect(Object.keys(counts)).toHaveLength(5);
    // One class for each kind of object among the fifty built by one builder.
    for (const [id, c] of Object.entries(counts)) expect(c, id).toEqual({ definition: 1, options: 1, thresholds: 1 });
  });
});
