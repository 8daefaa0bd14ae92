import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { compile, type CompiledState } from '../../src/compile/index.ts';
import { metricAlert, pagerduty, routing, rule, slack } from '../../src/dsl/index.ts';
import type { Definition } from '../../src/ir/definition.ts';
import type { RoutingDefinition } from '../../src/ir/routing.ts';
import { ROUTE_TAG_PREFIX, routeRules } from '../../src/routing/notification-rules.ts';
import { route } from '../../src/routing/route.ts';
import { LOGICAL_ID } from '../../src/validate/semantic/ids.ts';
import { matchingRules, merged, notifiedByMessage, notifiedByRules, TRANSITIONS } from '../support/notified.ts';

const cases = join(import.meta.dirname, '..', 'golden', 'cases');

async function compiled(name: string): Promise<CompiledState> {
  const result = await runPipeline({ projectDir: join(cases, name), compile: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.compiled!;
}

const tagsOf = (m: CompiledState['datadog']['monitors'][number]) => m.payload.tags as string[];

describe('the example routing under both targets', () => {
  it('notifies the same handles of every transition of every monitor', async () => {
    const [messages, rules] = await Promise.all([compiled('example-routing-messages'), compiled('example-routing-notification-rules')]);
    expect(rules.datadog.monitors.map((m) => m.id)).toEqual(messages.datadog.monitors.map((m) => m.id));
    expect(messages.datadog.notificationRules).toEqual([]);
    const byRules = new Map(rules.datadog.monitors.map((m) => [m.id, m]));
    for (const m of messages.datadog.monitors) {
      const other = byRules.get(m.id)!;
      const viaRules = merged(notifiedByMessage(other.payload.message ?? ''), notifiedByRules(tagsOf(other), rules.datadog.notificationRules));
      expect(viaRules, m.id).toEqual(notifiedByMessage(m.payload.message ?? ''));
    }
  });

  it('leaves routing handles out of messages and lands each routed monitor on exactly one rule', async () => {
    const rules = await compiled('example-routing-notification-rules');
    const list = rules.datadog.notificationRules;
    const landed = new Set<string>();
    for (const m of rules.datadog.monitors) {
      expect(m.payload.message, m.id).not.toContain('{{#is_');
      const matched = matchingRules(tagsOf(m), list);
      const routeTags = tagsOf(m).filter((t) => t.startsWith(ROUTE_TAG_PREFIX));
      expect(matched.length, m.id).toBe(routeTags.length);
      expect(matched.length, m.id).toBeLessThanOrEqual(1);
      for (const r of matched) {
        landed.add(r.id);
        expect(r.monitors).toContain(m.id);
      }
    }
    // No rule is left without a monitor, and a monitor kept out of routing lands on none.
    expect([...landed].sort()).toEqual(list.map((r) => r.id));
    expect(tagsOf(rules.datadog.monitors.find((m) => m.id === 'kafka-prod-disk')!).some((t) => t.startsWith(ROUTE_TAG_PREFIX))).toBe(false);
  });

  it('keeps warnings from pagers and pagers from non-production monitors', async () => {
    const rules = await compiled('example-routing-notification-rules');
    for (const r of rules.datadog.notificationRules) {
      const warning = r.payload.data.attributes.conditional_recipients.conditions.find((c) => c.scope === 'transition_type:is_warning');
      expect(warning?.recipients.filter((x) => x.startsWith('pagerduty-')) ?? [], r.id).toEqual([]);
    }
    const nonProd = rules.datadog.monitors.filter((m) => !tagsOf(m).some((t) => t === 'env:prod' || t === 'env:production'));
    expect(nonProd.length).toBeGreaterThan(0);
    for (const m of nonProd) {
      const n = notifiedByRules(tagsOf(m), rules.datadog.notificationRules);
      for (const t of TRANSITIONS) expect(n[t].filter((h) => h.startsWith('@pagerduty-')), `${m.id} ${t}`).toEqual([]);
    }
  });

  it('sends recipients without their "@", names each recipient\'s place in the routing table, and marks the rule as vigil\'s', async () => {
    const rules = await compiled('example-routing-notification-rules');
    for (const r of rules.datadog.notificationRules) {
      const a = r.payload.data.attributes;
      for (const c of a.conditional_recipients.conditions) for (const x of c.recipients) expect(x.startsWith('@')).toBe(false);
      expect(a.filter.tags).toEqual([`${ROUTE_TAG_PREFIX}${r.id}`]);
      expect(a.name).toMatch(new RegExp(` \\[managed by vigil\\] vigil-id:${r.id.replace(/\./g, '\\.')} vigil-hash:[0-9a-f]{16}$`));
      expect(r.recipients.length).toBeGreaterThan(0);
      for (const x of r.recipients) expect(x.pointer).toMatch(/^\/(rules\/\d+\/notify|default)\/\d+$/);
    }
  });
});

describe('notification rule ids', () => {
  const table = routing({
    id: 'org',
    target: 'notification-rules',
    rules: [
      rule('audit', { tags: ['audit:yes'] }, [slack('#audit')], { continue: true }),
      rule('page', { severity: ['sev1', 'sev2'] }, [pagerduty('{team}-high'), slack('#{team}')]),
      rule('by env', { severity: ['sev3'] }, [slack('#{team}-{env}')]),
      rule('page', { severity: ['sev4'] }, [slack('#quiet')]),
    ],
    default: [slack('#unrouted')],
  });
  const monitor = (id: string, props: { team?: string; env?: string; severity?: 'sev1' | 'sev2' | 'sev3' | 'sev4' | 'sev5'; tags?: string[] }) => metricAlert({
    id, name: id, service: 'svc', runbook: 'https://r.example.com', query: 'avg(last_5m):avg:system.load.1{*} > 4',
    message: { summary: 's', impact: 'i', firstSteps: ['f'] }, ...props,
  });
  const ruleIds = (t: RoutingDefinition, defs: ReturnType<typeof monitor>[]) => {
    const out = routeRules(t, defs.map((def) => ({ def, decision: route(def, t) })));
    return { ...out, idOf: (id: string) => out.ruleOf.get(id)! };
  };

  it('name the deciding rules and the filled names; monitors alike share one rule', () => {
    const { idOf, rules } = ruleIds(table, [
      monitor('a', { team: 'web', env: 'prod', severity: 'sev2' }), monitor('b', { team: 'web', env: 'prod', severity: 'sev1' }),
      monitor('c', { team: 'api', env: 'prod', severity: 'sev2' }), monitor('d', { team: 'web', env: 'staging', severity: 'sev2' }),
      monitor('e', { team: 'web', env: 'prod', severity: 'sev2', tags: ['audit:yes'] }), monitor('f', { team: 'web', env: 'prod' }),
      monitor('g', { team: 'api', env: 'prod' }), monitor('h', { team: 'web', env: 'qa', severity: 'sev3' }),
    ]);
    expect(idOf('a')).toBe('org.page.web');
    expect(idOf('b')).toBe(idOf('a'));
    expect(idOf('c')).toBe('org.page.api');
    expect(idOf('d')).toBe('org.page.web.nonprod');
    expect(idOf('e')).toBe('org.audit.page.web');
    // No placeholder in the default: one rule for every team.
    expect(idOf('f')).toBe('org.default');
    expect(idOf('g')).toBe('org.default');
    expect(idOf('h')).toBe('org.by-env.web.qa');
    expect(rules.find((r) => r.id === 'org.page.web')!.monitors).toEqual(['a', 'b']);
    for (const r of rules) expect(r.id).toMatch(LOGICAL_ID);
  });

  it('stay when only where a route notifies changes, so a routing change touches rules and not monitors', () => {
    const m = monitor('a', { team: 'web', env: 'prod', severity: 'sev2' });
    const moved = { ...table, rules: table.rules.map((r, i) => (i === 1 ? { ...r, notify: [pagerduty('{team}-urgent'), slack('#{team}-pages')] } : r)) };
    expect(ruleIds(moved, [m]).idOf('a')).toBe(ruleIds(table, [m]).idOf('a'));
  });

  it('keep rules with one name apart, and names that are not tag-safe', () => {
    const { idOf } = ruleIds(table, [
      monitor('x', { team: 'web', env: 'prod', severity: 'sev4' }), monitor('y', { team: 'a_b', env: 'prod', severity: 'sev2' }),
      monitor('z', { team: 'a-b', env: 'prod', severity: 'sev2' }),
    ]);
    expect(idOf('x')).toBe('org.page-4');
    expect(idOf('y')).not.toBe(idOf('z'));
    expect(idOf('y')).toMatch(LOGICAL_ID);
  });

  it('part routes that would share an id while notifying differently', () => {
    // {env} filled from no env stays "{env}"; an env named "unset" reads the same in an id.
    const { idOf, rules } = ruleIds(table, [monitor('p', { team: 'web', env: 'unset', severity: 'sev3' }), monitor('q', { team: 'web', severity: 'sev3' })]);
    expect(idOf('p')).not.toBe(idOf('q'));
    expect(rules).toHaveLength(2);
  });

  it('fit in a Datadog tag (200 characters) however long the rule names', () => {
    const long = routing({ id: 'org', rules: [rule('x'.repeat(150), {}, [slack('#{team}')]), rule('y'.repeat(150), {}, [slack('#b')], { continue: true })].reverse(), default: [] });
    const { idOf } = ruleIds(long, [monitor('a', { team: 't'.repeat(60), env: 'prod' })]);
    expect(`${ROUTE_TAG_PREFIX}${idOf('a')}`.length).toBeLessThanOrEqual(200);
    expect(idOf('a')).toMatch(LOGICAL_ID);
  });
});

describe('routing targets per team', () => {
  it('compile only the named team\'s monitors to notification rules', () => {
    const table = routing({ id: 'org', teamTargets: { web: 'notification-rules' }, rules: [rule('all', {}, [slack('#{team}')])] });
    const base = { service: 's', env: 'prod', runbook: 'https://r.example.com', query: 'avg(last_5m):avg:system.load.1{*} > 4', message: { summary: 's', impact: 'i', firstSteps: ['f'] } };
    const defs: Definition[] = [table, metricAlert({ ...base, id: 'w', name: 'w', team: 'web' }), metricAlert({ ...base, id: 'a', name: 'a', team: 'api' })];
    const out = compile(defs);
    const [a, w] = out.datadog.monitors;
    expect(w!.payload.message).not.toContain('@slack');
    expect(w!.payload.tags).toContain('vigil-route:org.all.web');
    expect(a!.payload.message).toContain('{{#is_alert}}@slack-api{{/is_alert}}');
    expect(out.datadog.notificationRules.map((r) => [r.id, r.monitors])).toEqual([['org.all.web', ['w']]]);
  });
});

describe('vigil route under both targets', () => {
  const run = async (args: string[], project: string) => {
    const { command } = await import('../../src/cli/commands/route.ts');
    let text = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      text += String(chunk);
      return true;
    });
    try {
      const status = await command([...args, '--project', join(cases, project)]);
      return { status, text };
    } finally {
      spy.mockRestore();
    }
  };

  it('test and explain give the same answers; explain names the notification rule a monitor lands on', async () => {
    // One at a time: each run captures the process's stdout.
    const a = await run(['test'], 'example-routing-messages');
    const b = await run(['test'], 'example-routing-notification-rules');
    expect(a.status).toBe(0);
    expect(b).toEqual(a);
    const rules = await compiled('example-routing-notification-rules');
    for (const m of rules.datadog.monitors) {
      const viaMessages = await run(['explain', m.id], 'example-routing-messages');
      const viaRules = await run(['explain', m.id], 'example-routing-notification-rules');
      expect(viaRules.status).toBe(0);
      const [answer, written = ''] = viaRules.text.split('\n\n');
      expect(answer, m.id).toBe(viaMessages.text.split('\n\n')[0]);
      const tag = (m.payload.tags as string[]).find((t) => t.startsWith(ROUTE_TAG_PREFIX));
      if (tag) expect(written, m.id).toContain(`Notification rule: ${tag.slice(ROUTE_TAG_PREFIX.length)} `);
      else expect(written, m.id).not.toContain('Notification rule: org-routing');
    }
  });
});

describe('the handles of notification rules, for handle checks', () => {
  it('come with the routing table line that wrote each', async () => {
    const result = await runPipeline({ projectDir: join(cases, 'example-routing-notification-rules'), compile: true });
    const { notificationRuleHandles } = await import('../../src/plan/rule-handles.ts');
    const pairs = notificationRuleHandles(result.compiled!, result.definitions);
    expect(pairs.length).toBe(result.compiled!.datadog.notificationRules.reduce((n, r) => n + r.recipients.length, 0));
    for (const p of pairs) {
      expect(p.location?.file, p.handle).toBe('monitors/routing.ts');
      expect(p.handle).toMatch(/^@/);
    }
    // The default's destination is written on the line of `default:`.
    const text = (await import('node:fs')).readFileSync(join(cases, 'example-routing-notification-rules', 'monitors', 'routing.ts'), 'utf8').split('\n');
    const unrouted = pairs.find((p) => p.handle === '@slack-alerts-unrouted')!;
    expect(text[unrouted.location!.line - 1]).toContain("slack('#alerts-unrouted')");
  });
});
