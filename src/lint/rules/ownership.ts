import type { LintRule } from '../rule.ts';

export const teamPresent: LintRule = {
  id: 'team-present',
  severity: 'warning',
  description: 'Every monitor names the team that owns it.',
  hint: 'set "team"; routing and the catalog depend on it',
  check: (def) => (def.team ? [] : [{ message: 'the monitor has no owning team', path: '/team' }]),
};

export const runbookPresent: LintRule = {
  id: 'runbook-present',
  severity: 'warning',
  description: 'Every monitor links a runbook.',
  hint: 'set "runbook" to the page on-call should open first',
  check: (def) => (def.runbook ? [] : [{ message: 'the monitor links no runbook', path: '/runbook' }]),
};

export const severitySet: LintRule = {
  id: 'severity-set',
  severity: 'warning',
  description: 'Every monitor has a severity (sev1…sev5), which drives priority and routing.',
  hint: 'set "severity"; sev1 is a complete outage, sev5 informational',
  check: (def) => (def.severity ? [] : [{ message: 'the monitor has no severity', path: '/severity' }]),
};

export const messageActionable: LintRule = {
  id: 'message-actionable',
  severity: 'warning',
  description: 'The message states the customer impact and the first steps.',
  hint: 'add "message.impact" and "message.firstSteps"',
  check: (def) => {
    const missing = [!def.message.impact && 'customer impact', !def.message.firstSteps?.length && 'first steps'].filter(Boolean);
    return missing.length ? [{ message: `the message does not state ${missing.join(' or ')}`, path: '/message' }] : [];
  },
};
