// The plan as reviewers read it: text for terminals, markdown for the pull-request comment. Golden files hold the
// expected output; run with VIGIL_UPDATE_GOLDEN=1 to rewrite them and review the diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { allOf, compositeMonitor, metricAlert } from '../../src/dsl/index.ts';
import { planDatadog as plan } from '../../src/plan/datadog.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { renderMarkdown } from '../../src/plan/render/markdown.ts';
import { renderText } from '../../src/plan/render/text.ts';
import { diffLines } from '../../src/plan/render/line-diff.ts';
import { planPagerDuty } from '../../src/plan/pagerduty.ts';
import { notificationHandles } from '../../src/plan/render/notify.ts';
import { expectedText } from '../support/cases.ts';

const golden = (name: string) => join(import.meta.dirname, 'render', name);

const LONG_QUERY = (n: number) => `sum(last_5m):sum:trace.http.request.errors{service:checkout,env:prod,resource_name:post_/api/v2/checkout/confirm-and-capture-payment}.as_count() / sum:trace.http.request.hits{service:checkout,env:prod,resource_name:post_/api/v2/checkout/confirm-and-capture-payment}.as_count() * 100 > ${n}`;

const message = (pager: string) => [
  'More than 5% of checkout requests are failing.',
  '',
  'Customer impact: customers cannot pay.',
  '',
  'First steps:',
  '1. Check the most recent deploy',
  '2. Open the checkout APM page',
  '',
  'Runbook: https://runbooks.example.com/payments/checkout',
  '',
  `{{#is_alert}}${pager} @slack-payments-alerts{{/is_alert}}`,
  '{{#is_recovery}}@slack-payments-alerts{{/is_recovery}}',
].join('\n');

const errors = (pager: string, threshold: number, tags: string[] = ['team:payments']) => metricAlert({
  id: 'checkout-errors', name: '[prod] checkout: error rate high', message: message(pager), tags,
  query: LONG_QUERY(threshold), options: { notifyNoData: false },
});
const cpu = metricAlert({ id: 'cpu', name: 'CPU high', message: 'CPU is high. @slack-web', query: 'avg(last_5m):avg:system.cpu.user{*} > 90' });
const mem = metricAlert({ id: 'mem', name: 'Memory low', message: 'Memory is low.\n\n@pagerduty-web-high', query: 'avg(last_5m):avg:system.mem.free{*} < 100' });
const both = compositeMonitor({ id: 'both', name: 'CPU high and memory low', message: 'Both. @slack-web', when: allOf('cpu', 'mem') });
const old = metricAlert({ id: 'legacy-disk', name: '[prod] disk almost full', message: 'Disk is full.\n{{#is_alert}}@pagerduty-infra-high{{/is_alert}}', query: 'avg(last_5m):avg:system.disk.in_use{*} > 0.9' });

/** What Datadog returns for a payload it stored. */
function stored(payload: Record<string, unknown>, remoteId: number, extra: Record<string, unknown> = {}): RemoteObject {
  const options = { notify_no_data: false, notify_audit: false, new_host_delay: 300, include_tags: true, silenced: {}, ...(payload.options as object) };
  const body = { ...payload, options, id: remoteId, type: payload.type === 'metric alert' ? 'query alert' : payload.type, priority: payload.priority ?? null, restricted_roles: null, multi: false, ...extra };
  const logicalId = (payload.tags as string[]).find((t) => t.startsWith('vigil-id:'))!.slice(9);
  return { logicalId, remoteId, version: '2026-01-01T00:00:00.000000+00:00', body };
}

/**
 * A plan with what a reviewer must see: a routing change and a threshold change deep in a long query (update),
 * a composite whose monitor was deleted by hand (drift, restored by a create), a create, and a delete.
 */
function reviewPlan() {
  const before = compile([errors('@pagerduty-payments-high', 5, ['team:payments', 'tier:1']), cpu, both, old]).datadog.monitors;
  const byId = new Map(before.map((m) => [m.id, m.payload as Record<string, unknown>]));
  const remote = [
    stored(byId.get('checkout-errors')!, 100),
    stored(byId.get('cpu')!, 101),
    // "both" was applied combining cpu (101) and mem (102); mem has since been deleted in the Datadog UI.
    stored({ ...compile([cpu, mem, both]).datadog.monitors.find((m) => m.id === 'both')!.payload, query: '101 && 102' }, 103),
    stored(byId.get('legacy-disk')!, 104),
  ];
  const desired = compile([errors('@pagerduty-payments-low', 8, ['team:payments', 'tier:2']), cpu, mem, both]);
  const sources = new Map([['checkout-errors', { file: 'monitors/payments/checkout.ts', line: 12, col: 3 }]]);
  return plan(desired, { monitors: remote, slos: [] }, { sources });
}

describe('plan rendering', () => {
  const p = reviewPlan();

  it('text: routing changes as a notifies line, messages line by line, long values whole, deletes by name, hand-deleted monitors as drift', () => {
    const text = renderText(p);
    expect(text).toBe(expectedText(golden('review.txt'), text));
    expect(text).toContain('notifies: @slack-payments-alerts -@pagerduty-payments-high +@pagerduty-payments-low (stops @pagerduty-payments-high; starts @pagerduty-payments-low)');
    expect(text).toContain(`query: ${JSON.stringify(LONG_QUERY(5))} → ${JSON.stringify(LONG_QUERY(8))}`); // never cut
    expect(text).toMatch(/removed  \{\{#is_alert\}\}@pagerduty-payments-high @slack-payments-alerts\{\{\/is_alert\}\}\n\s+added    \{\{#is_alert\}\}@pagerduty-payments-low/);
    expect(text).toContain('- delete datadog.monitor legacy-disk "[prod] disk almost full" (remote id 104)');
    expect(text).toContain('reason: deleted outside vigil (drift); the create restores it');
    expect(text).not.toContain('…');
  });

  it('markdown: the same, as a pull-request comment', () => {
    const md = renderMarkdown(p);
    expect(md).toBe(expectedText(golden('review.md'), md));
    expect(md).toContain('- `mem` (datadog.monitor) was deleted outside vigil: still referred to by `both`, which is unchanged since vigil last applied it: it existed then');
    expect(md).toContain('```diff\n');
    expect(md).toContain('- {{#is_alert}}@pagerduty-payments-high @slack-payments-alerts{{/is_alert}}\n+ {{#is_alert}}@pagerduty-payments-low @slack-payments-alerts{{/is_alert}}');
  });

  it('the plan data carries the evidence: the create is drift with the referring objects, the delete its name', () => {
    const mem = p.changes.find((c) => c.id === 'mem')!;
    expect(mem).toMatchObject({ action: 'create', reason: 'deleted-outside', referencedBy: ['both'] });
    expect(p.drift).toEqual(['both', 'mem']);
    expect(p.changes.find((c) => c.id === 'legacy-disk')).toMatchObject({ action: 'delete', live: { name: '[prod] disk almost full' } });
  });

  it('a missing monitor nothing vouches for stays a plain create (no state file: no evidence)', () => {
    const desired = compile([cpu, mem, both]);
    const codeChanged = plan(desired, { monitors: [], slos: [] });
    expect(codeChanged.changes.every((c) => c.reason === undefined)).toBe(true);
    // The composite's code changed too: its hash no longer vouches for what it referred to when last applied.
    const earlier = compile([cpu, mem, compositeMonitor({ id: 'both', name: 'Earlier name', message: 'Both. @slack-web', when: allOf('cpu', 'mem') })]);
    const remote = [stored(earlier.datadog.monitors.find((m) => m.id === 'cpu')!.payload, 101),
      stored({ ...earlier.datadog.monitors.find((m) => m.id === 'both')!.payload, query: '101 && 102' }, 103)];
    const q = plan(desired, { monitors: remote, slos: [] });
    expect(q.changes.find((c) => c.id === 'mem')).toMatchObject({ action: 'create' });
    expect(q.changes.find((c) => c.id === 'mem')!.reason).toBeUndefined();
  });
});

describe('deletes of PagerDuty objects', () => {
  it('are shown by the name of what goes', () => {
    const team = { logicalId: 'payments-team', remoteId: 'PTEAM01', version: 'v1', body: { id: 'PTEAM01', name: 'Payments', description: 'x' } };
    const pd = planPagerDuty({
      desired: [], datadogServices: new Set(),
      remote: { teams: [team], policies: [], services: [], integrations: [], unownedServices: [], users: {}, schedules: {} },
    });
    const text = renderText({ version: 1, summary: { create: 0, update: 0, delete: 1, unchanged: 0 }, changes: pd.changes, drift: [], remoteIds: {}, remoteVersions: {} });
    expect(text).toContain('  - delete pagerduty.team payments-team "Payments" (remote id PTEAM01)\n      reason: no longer defined in code\n');
  });
});

describe('line diff and handles', () => {
  it('keeps every changed line and folds only unchanged lines far from a change', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', 'x', '9'].join('\n');
    const b = ['1', '2', '3', '4', '5', '6', '7', 'y', '9', '10'].join('\n');
    expect(diffLines(a, b, 1)).toEqual([
      { op: 'skipped', count: 6 }, { op: 'same', text: '7' }, { op: 'removed', text: 'x' }, { op: 'added', text: 'y' },
      { op: 'same', text: '9' }, { op: 'added', text: '10' },
    ]);
  });

  it('finds notification handles, not e-mail addresses in prose', () => {
    expect(notificationHandles('Mail ops@example.com. {{#is_alert}}@pagerduty-a{{/is_alert}} @slack-b, @jane@example.com.')).toEqual(['@jane@example.com', '@pagerduty-a', '@slack-b']);
  });
});
