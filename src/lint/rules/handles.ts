import { emailProblem, notificationHandles, parseHandle } from '../../routing/handles.ts';
import type { LintRule } from '../rule.ts';

/**
 * What can be known of a message's handles without asking Datadog: a `@pagerduty-` handle names a service that is
 * routed or managed, and an email address has the form of one. Whether a Slack channel, webhook or team exists is
 * the plan's check (plan/handles.ts); handles of integrations vigil cannot look up are listed by the plan, not here.
 */
export const handlesResolve: LintRule = {
  id: 'handles-resolve',
  severity: 'error',
  description: 'Every @pagerduty- handle is a routed or managed PagerDuty service, and every email handle is an email address.',
  hint: 'fix the handle: route the PagerDuty service or declare it with pagerdutyService(); write an email address whole (name@example.com)',
  check: (def, ctx) => {
    const message = ctx.message(def);
    if (!message.includes('@')) return []; // most messages have no handle: skip the scan
    const out = [];
    for (const handle of notificationHandles(message)) {
      const { kind, name } = parseHandle(handle);
      // Written in `message.notify`: point at the entry; otherwise the routing table or free text added it.
      const i = def.message.notify?.indexOf(handle) ?? -1;
      const path = i >= 0 ? `/message/notify/${i}` : '/message';
      if (kind === 'pagerduty') {
        if (!ctx.pagerDutyServices.has(name)) out.push({ message: `${handle} names a PagerDuty service that is neither routed nor managed`, path });
      } else if (kind === 'email') {
        const problem = emailProblem(name);
        if (problem) out.push({ message: `${handle} is not an email address: ${problem}`, path });
      }
    }
    return out;
  },
};
