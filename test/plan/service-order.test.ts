// Apply starts a change once what it depends on is done, so a monitor or rule that pages a PagerDuty service must
// depend on the write of Datadog's service object for it, or its first alert could go nowhere.
import { describe, expect, it } from 'vitest';
import { prerequisites } from '../../src/apply/schedule.ts';
import { order } from '../../src/plan/order.ts';
import type { Change } from '../../src/plan/types.ts';
import { planProject, projectCopy, sandboxWithClient } from '../sync/support.ts';

const service = (name: string, action: Change['action'] = 'create'): Change => ({
  action, kind: 'datadog.pagerduty-service', id: `${name}.datadog-service`, ...(action === 'delete' ? { remoteId: name } : { payload: { service_name: name } }),
});
const monitor = (id: string, message: string, escalation?: string): Change => ({
  action: 'create', kind: 'datadog.monitor', id, payload: { message, tags: [], ...(escalation ? { options: { escalation_message: escalation } } : {}) },
});
const rule = (id: string, recipients: string[], conditional: string[] = []): Change => ({
  action: 'create', kind: 'datadog.notification-rule', id,
  payload: { data: { attributes: { recipients, conditional_recipients: { conditions: [{ scope: 'transition_type:is_alert', recipients: conditional }] } } } },
});

describe('PagerDuty service objects in the plan\'s order', () => {
  it('a monitor or rule that pages a service written in the plan waits for it; others do not', () => {
    const out = order([
      monitor('pays', 'Down. @pagerduty-payments-high @slack-ops'),
      monitor('escalates', 'Down. @slack-ops', 'Still down @pagerduty-payments-low'),
      monitor('quiet', 'Down. @slack-ops @pagerduty-unchanged'),
      rule('r.one', [], ['pagerduty-payments-low', 'slack-ops']),
      rule('r.two', ['pagerduty-payments-high']),
      service('payments-high'), service('payments-low', 'update'),
    ]);
    const deps = new Map(out.map((c) => [c.id, c.dependsOn]));
    expect(deps.get('pays')).toEqual(['payments-high.datadog-service']);
    expect(deps.get('escalates')).toEqual(['payments-low.datadog-service']);
    expect(deps.get('quiet')).toBeUndefined();
    expect(deps.get('r.one')).toEqual(['payments-low.datadog-service']);
    expect(deps.get('r.two')).toEqual(['payments-high.datadog-service']);
    // apply's schedule: the monitor's write waits for the service object's write.
    const at = (id: string) => out.findIndex((c) => c.id === id);
    expect(prerequisites(out)[at('pays')]).toEqual([at('payments-high.datadog-service')]);
  });

  it('a service object being deleted is no prerequisite of a write', () => {
    const out = order([monitor('pays', 'Down. @pagerduty-gone'), service('gone', 'delete')]);
    expect(out.find((c) => c.id === 'pays')!.dependsOn).toBeUndefined();
  });

  it('the example organisation on the sandbox: every monitor that pages waits for the service objects it names', async () => {
    const s = await sandboxWithClient();
    const first = await planProject(projectCopy(), s.clients).finally(() => s.sandbox.close());
    const services = new Set(first.changes.filter((c) => c.kind === 'datadog.pagerduty-service').map((c) => c.id));
    const paging = first.changes.filter((c) => c.kind === 'datadog.monitor' && /@pagerduty-/.test(String(c.payload?.message)));
    expect(paging.length).toBeGreaterThan(0);
    let checked = 0;
    for (const c of paging) {
      const named = [...String(c.payload!.message).matchAll(/@pagerduty-([\w.-]+)/g)].map((m) => `${m[1]}.datadog-service`);
      for (const id of named.filter((n) => services.has(n))) {
        expect(c.dependsOn, c.id).toContain(id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(paging.length);
  });
});
