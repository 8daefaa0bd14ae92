// Every Datadog route the sandbox serves, in match order (specific paths before `{id}` captures).
import { ok } from './errors.ts';
import { downtimeRoutes } from './downtimes.ts';
import { downtimeV2Routes } from './downtimes-v2.ts';
import { metricRoutes } from './metrics.ts';
import { monitorRoutes } from './monitors.ts';
import { notificationRuleRoutes } from './notification-rules.ts';
import { pagerdutyIntegrationRoutes } from './pagerduty-integration.ts';
import type { Route } from './router.ts';
import { restrictionPolicyRoutes } from './restriction-policies.ts';
import { slackIntegrationRoutes } from './slack-integration.ts';
import { sloRoutes } from './slos.ts';
import { syntheticsRoutes } from './synthetics.ts';
import { teamNotificationRuleRoutes } from './team-notification-rules.ts';
import { teamRoutes } from './teams.ts';
import { webhooksCustomVariableRoutes } from './webhooks-custom-variables.ts';
import { webhooksIntegrationRoutes } from './webhooks-integration.ts';

export const routes: readonly Route[] = [
  // `GET /api/v1/validate` checks the API key only (spec); answer OBSERVED in Authentication cassettes.
  { method: 'GET', path: /^\/api\/v1\/validate$/, handler: () => ok({ valid: true }), apiKeyOnly: true },
  ...monitorRoutes,
  ...sloRoutes,
  ...downtimeRoutes,
  ...downtimeV2Routes,
  ...notificationRuleRoutes,
  ...syntheticsRoutes,
  ...pagerdutyIntegrationRoutes,
  ...slackIntegrationRoutes,
  ...webhooksIntegrationRoutes,
  ...webhooksCustomVariableRoutes,
  ...teamNotificationRuleRoutes,
  ...teamRoutes,
  ...restrictionPolicyRoutes,
  ...metricRoutes,
];
