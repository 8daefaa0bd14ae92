import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerduty, routing, rule, slack, webhook } from '../../src/dsl/index.ts';
import { notificationBlock } from '../../src/routing/handles.ts';
import { destinationKey, route, routeMonitor } from '../../src/routing/route.ts';
import type { MonitorDefinition } from '../../src/ir/monitor.ts';
import { root } from '../support/cases.ts';

const table = routing({
  id: 'r',
  rules: [
    rule('audit everything from payments', { team: ['payments'] }, [webhook('audit')], { continue: true }),
    rule('page sev1-2', { severity: ['sev1', 'sev2'] }, [pagerduty('{team}-high'), slack('#{team}')]),
    rule('staging pager allowed for sre', { team: ['sre'], env: ['staging'] }, [pagerduty('sre-test')], { allowNonProdPaging: true }),
    rule('tier-1 chat', { tags: ['tier:1'] }, [slack('#tier1')]),
  ],
  default: [slack('#unrouted')],
});
const keys = (s: Parameters<typeof route>[0]) => route(s, table).destinations.map(destinationKey);

describe('routing', () => {
  it('leaves a monitor that says routing: false to its own handles', () => {
    const monitor = { severity: 'sev1', team: 'payments', env: 'prod', message: { summary: 's' } } as unknown as MonitorDefinition;
    expect(routeMonitor(monitor, table)?.destinations.map(destinationKey)).toEqual(['webhook:audit', 'pagerduty:payments-high', 'slack:#payments']);
    expect(routeMonitor({ ...monitor, routing: false }, table)).toBeUndefined();
  });

  it('first match wins, "continue" keeps going, placeholders fill from the monitor', () => {
    expect(keys({ severity: 'sev2', team: 'search', env: 'prod' })).toEqual(['pagerduty:search-high', 'slack:#search']);
    expect(keys({ severity: 'sev1', team: 'payments', env: 'prod' })).toEqual(['webhook:audit', 'pagerduty:payments-high', 'slack:#payments']);
    expect(route({ severity: 'sev1', team: 'payments', env: 'prod' }, table).decidedBy).toEqual(['audit everything from payments', 'page sev1-2']);
  });

  it('falls to the default only when no rule matched', () => {
    expect(keys({ severity: 'sev4', team: 'search', env: 'prod' })).toEqual(['slack:#unrouted']);
    expect(keys({ severity: 'sev4', team: 'search', env: 'prod', tags: ['tier:1'] })).toEqual(['slack:#tier1']);
    // A continue-rule matched, so the default does not apply.
    expect(keys({ severity: 'sev5', team: 'payments', env: 'prod' })).toEqual(['webhook:audit']);
  });

  it('never pages outside production unless the rule says so', () => {
    const d = route({ severity: 'sev1', team: 'search', env: 'staging' }, table);
    expect(d.destinations.map(destinationKey)).toEqual(['slack:#search']);
    expect(d.dropped.map(destinationKey)).toEqual(['pagerduty:search-high']);
    expect(keys({ severity: 'sev4', team: 'sre', env: 'staging' })).toEqual(['pagerduty:sre-test']);
  });

  it('puts pagers in alert, no-data and recovery blocks, never in warnings', () => {
    expect(notificationBlock([pagerduty('p'), slack('#c')])).toBe([
      '{{#is_alert}}@pagerduty-p @slack-c{{/is_alert}}',
      '{{#is_warning}}@slack-c{{/is_warning}}',
      '{{#is_no_data}}@pagerduty-p @slack-c{{/is_no_data}}',
      '{{#is_recovery}}@pagerduty-p @slack-c{{/is_recovery}}',
    ].join('\n'));
    expect(notificationBlock([])).toBe('');
  });
});

describe('vigil route', () => {
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [join(root, 'bin', 'vigil.js'), 'route', ...args], { cwd, encoding: 'utf8' });

  it('test passes on the example organisation and fails with a diff when a case is wrong', () => {
    const ok = run(['test'], root);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/routing cases: (\d+) passed, 0 failed\./);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-route-'));
    mkdirSync(join(dir, 'monitors'));
    writeFileSync(join(dir, 'monitors', 'routing.ts'), `import { pagerduty, routing, slack } from '@vigil-monitors/vigil';
export const r = routing({ id: 'r', rules: [{ name: 'page', match: { severity: ['sev2'] }, notify: [pagerduty('{team}-high')] }],
  cases: [{ name: 'sev2 from checkout in prod', monitor: { severity: 'sev2', team: 'payments', env: 'prod' }, expect: ['pagerduty:payments-high', 'slack:#payments'] }] });
`);
    const bad = run(['test'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe([
      'FAIL  sev2 from checkout in prod',
      '      expected: pagerduty:payments-high, slack:#payments',
      '      actual:   pagerduty:payments-high (decided by page)',
      '      missing:    slack:#payments',
      '',
      '1 routing case: 0 passed, 1 failed.',
      '',
    ].join('\n'));
  });

  it('explain says which rule decided and what non-production dropped', () => {
    const r = run(['explain', 'checkout-staging-error-rate'], root);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Decided by: rule "sev4 and sev5 are chat only"');
    expect(r.stdout).toContain('Notifies: slack:#payments-alerts-low');
    expect(run(['explain', 'no-such-monitor'], root).status).toBe(1);
  });
});
