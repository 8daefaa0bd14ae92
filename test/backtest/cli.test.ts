// `vigil plan --backtest` on the example organisation (monitors/) against the sandbox, through the built CLI: the
// JSON contract on every monitor change, the pull-request comment with the noisiest monitors first, flag checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { compiledCounts } from '../support/example.ts';
import { runVigil } from '../support/run-vigil.ts';

/** What monitors/ compiles to: every monitor is a create in these plans against an empty sandbox. */
const example = await compiledCounts();

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

interface JsonChange {
  action: string;
  kind: string;
  id: string;
  backtest?: { from: number; to: number; supported: boolean; reason?: string; after?: Record<string, number>; before?: unknown };
}

describe('vigil plan --backtest', () => {
  it('adds the backtest to every created monitor in the JSON plan, with a reason where it is not evaluated', async () => {
    const r = await runVigil(['plan', '--backtest', '--backtest-window', '2d', '--json'], root, sandbox.datadogUrl);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(0);
    const changes = (JSON.parse(r.stdout) as { changes: JsonChange[] }).changes;
    const monitors = changes.filter((c) => c.kind === 'datadog.monitor');
    expect(monitors).toHaveLength(example.monitors);
    for (const c of monitors) {
      expect(c.backtest, c.id).toBeDefined();
      const b = c.backtest!;
      expect(b.to - b.from, c.id).toBe(2 * 86_400);
      expect(b.to % 60, c.id).toBe(0);
      if (b.supported) {
        expect(Object.keys(b.after ?? {}).sort(), c.id).toEqual(['alertMinutes', 'episodes', 'groups', 'longestMinutes']);
        expect(b.reason, c.id).toBeUndefined();
      } else {
        expect(b.reason, c.id).toMatch(/\w/);
        expect(b.after, c.id).toBeUndefined();
      }
    }
    const byId = new Map(monitors.map((c) => [c.id, c.backtest!]));
    expect(byId.get('checkout-prod-error-rate')?.supported).toBe(true);
    expect(byId.get('checkout-availability.burn-1h')?.supported).toBe(true); // a metric SLO's burn-rate alert
    expect(byId.get('search-prod-query-volume-anomaly')?.reason).toMatch(/^anomaly monitors/);
    expect(byId.get('checkout-prod-down')?.reason).toMatch(/composite/);
    expect(changes.filter((c) => c.kind !== 'datadog.monitor').every((c) => c.backtest === undefined)).toBe(true);
  });

  it('puts the noisiest monitors first in the pull-request comment', async () => {
    const r = await runVigil(['plan', '--backtest', '--markdown'], root, sandbox.datadogUrl);
    expect(r.code).toBe(0);
    const section = r.stdout.split('### Backtest: the last 7 days, noisiest first')[1]?.split('\n### ')[0] ?? '';
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (\d+) times? \|/gm)].map((m) => Number(m[2]));
    const notBacktested = Number(/Not backtested \((\d+)\)/.exec(section)?.[1]);
    // Every monitor created is either in the table or listed as not backtested.
    expect(rows.length + notBacktested).toBe(example.monitors);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual([...rows].sort((a, b) => b - a));
    expect(rows[0]).toBeGreaterThan(0);
  });

  it('refuses a window it cannot read, and the window without --backtest', async () => {
    const bad = await runVigil(['plan', '--backtest', '--backtest-window', '3mo'], root, sandbox.datadogUrl);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--backtest-window must be a duration from 1h to 30d');
    const alone = await runVigil(['plan', '--backtest-window', '2d'], root, sandbox.datadogUrl);
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toContain('use it with --backtest');
  });
});

// `vigil demo` showing the backtest is asserted with the rest of the demo in test/cli/cli.test.ts.
