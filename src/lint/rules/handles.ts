import type { LintRule } from '../rule.ts';

/** Handle prefixes of Datadog integrations vigil does not route itself but knows exist. */
const KNOWN_PREFIXES = ['slack-', 'webhook-', 'opsgenie-', 'teams-', 'victorops-', 'jira-', 'servicenow-', 'team-', 'oncall-', 'workflow-', 'case-'];

export const handlesResolve: LintRule = {
  id: 'handles-resolve',
  severity: 'error',
  description: 'Every @ handle in a message is a routed destination, a managed PagerDuty service, a known integration or an email address.',
  hint: 'fix the handle, route it, or declare the PagerDuty service',
  check: (def, ctx) => {
    const message = ctx.message(def);
    if (!message.includes('@')) return []; // most messages have no handle: skip the scan
    const out = [];
    for (const handle of new Set(message.match(/(?<![\w{])@[\w.+-]+(?:@[\w.-]+)?/g) ?? [])) {
      const name = handle.slice(1);
      if (name === 'all') continue; // Datadog's handle for everyone in the organisation
      if (name.startsWith('pagerduty-')) {
        const service = name.slice('pagerduty-'.length);
        if (!ctx.pagerDutyServices.has(service)) out.push({ message: `${handle} names a PagerDuty service that is neither routed nor managed`, path: '/message' });
      } else if (!name.includes('@') && !KNOWN_PREFIXES.some((p) => name.startsWith(p))) {
        out.push({ message: `${handle} is not a known integration handle or an email address`, path: '/message' });
      }
    }
    return out;
  },
};
