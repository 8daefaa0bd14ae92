import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { compiledCounts } from '../support/example.ts';

const bin = join(root, 'bin', 'vigil.js');
const diagnosticsCases = join(root, 'test', 'diagnostics', 'cases');

function vigil(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vigil CLI', () => {
  it('validate passes on the example organisation and says how much it checked, derived alerts apart', async () => {
    const r = vigil(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { loadDefinitions } = await import('../../src/load/index.ts');
    const { check } = await import('../../src/pipeline/check.ts');
    const loaded = await loadDefinitions({ projectDir: root });
    const derived = check(loaded.definitions).derived.length;
    expect(derived).toBeGreaterThan(0);
    expect(r.stdout).toBe(`Valid: ${loaded.definitions.length} definitions in ${loaded.files} files (and ${derived} alerts derived from SLOs).\n`);
  });

  it('validate prints every problem in the contract format and exits 1, without a stack trace', () => {
    const r = vigil(['validate', '--project', join(diagnosticsCases, 'threshold-order')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => / error threshold-order /.test(l))).toHaveLength(3);
    for (const line of lines.slice(0, 3)) {
      expect(line).toMatch(/^monitors\/a\.yaml:\d+:\d+ (error|warning) [a-z-]+ [a-z0-9.-]+: .+/);
    }
    expect(lines.at(-1)).toMatch(/^3 errors, \d+ warnings in 2 definitions in 1 file\.$/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that throws is reported as a diagnostic, not a crash', () => {
    const r = vigil(['validate', '--project', join(diagnosticsCases, 'load-throw')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('monitors/a.ts:7:30 error load-throw -: this file threw while loading: Error: no threshold named load');
    expect(r.stderr).toBe('');
  });

  it('compile --json prints the versioned document, byte-identical across runs', () => {
    const a = vigil(['compile', '--json']);
    const b = vigil(['compile', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(Object.keys(doc)).toEqual(['version', 'datadog', 'pagerduty']);
    expect(doc.version).toBe(1);
    expect(doc.datadog.monitors[0]).toMatchObject({ id: expect.any(String), payload: { type: expect.any(String) } });
  });

  it('compile refuses to print payloads when a definition has an error', () => {
    const r = vigil(['compile', '--json', '--project', join(diagnosticsCases, 'duplicate-id')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error duplicate-id web-errors');
  });

  it('validate --typecheck reports TypeScript type errors at file:line:col', () => {
    const r = vigil(['validate', '--typecheck', '--project', join(root, 'test', 'cli', 'fixtures', 'type-error')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^monitors\/a\.ts:5:3 error typecheck -: TS2322: Type 'string' is not assignable to type 'number'/m);
  });

  it('answers --help for every command and rejects unknown flags in one line', () => {
    for (const cmd of ['validate', 'compile']) {
      const r = vigil([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: vigil ${cmd}`));
    }
    const bad = vigil(['validate', '--frobnicate']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("vigil validate: Unknown option '--frobnicate'.\n");
    expect(vigil(['nope']).code).toBe(1);
  });

  it('the compile path never loads the Datadog client', () => {
    const hook = join(root, 'test', 'cli', 'fixtures', 'trace-imports.js');
    const r = spawnSync(process.execPath, ['--import', hook, bin, 'compile', '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('import '));
    expect(loaded.some((l) => l.includes('yaml'))).toBe(true); // the tracer works
    expect(loaded.filter((l) => l.includes('@datadog/datadog-api-client'))).toEqual([]);
  });
});

describe('vigil demo (the README main job)', () => {
  it('plans, applies and re-plans monitors/ against an in-process sandbox, maintenance windows and SLO corrections included', async () => {
    const r = vigil(['demo']);
    expect(r.code).toBe(0);
    const sections = r.stdout.split(/^=== /m);
    expect(sections[1]).toMatch(/^vigil plan[^\n]* ===\n\nTargets: Datadog http:\/\/127\.0\.0\.1:\d+ \(VIGIL_DATADOG_URL, not the real service\); PagerDuty .*\.\n\nPlan: (\d+) to create, 0 to update, 0 to delete, 0 unchanged\./);
    const created = Number(/Plan: (\d+) to create/.exec(sections[1]!)![1]);
    expect(created).toBe((await compiledCounts()).objects.length);
    // The first plan backtests the new monitors against the sandbox's synthetic history.
    expect(sections[1]).toMatch(/^vigil plan --backtest ===/);
    expect(sections[1]).toContain('Backtest over the last 7 days, noisiest first:');
    expect(sections[1]).toMatch(/^ {2}checkout-prod-error-rate: would have alerted /m);
    expect(sections[2]).toContain(`Apply: ${created} created, 0 updated, 0 deleted.`);
    expect(sections[3]).toContain(`Plan: 0 to create, 0 to update, 0 to delete, ${created} unchanged.`);
    // The example organisation's maintenance windows are shown with what they mute.
    const { compiled } = await runPipeline({ projectDir: root, compile: true });
    expect(compiled!.datadog.downtimes.length).toBeGreaterThan(0);
    for (const d of compiled!.datadog.downtimes) expect(sections[1]).toMatch(new RegExp(`^ {2}\\+ create datadog\\.downtime ${d.id}\\n.*\\n {6}mutes: `, 'm'));
    // And its SLO corrections, with the SLO each corrects.
    expect(compiled!.datadog.sloCorrections.length).toBeGreaterThan(0);
    for (const c of compiled!.datadog.sloCorrections) expect(sections[1]).toMatch(new RegExp(`^ {2}\\+ create datadog\\.slo-correction ${c.id}\\n.*\\n {6}corrects: SLO `, 'm'));
  });
});
