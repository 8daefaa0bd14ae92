import type { DowntimeV2Record } from './downtimes-v2.ts';
import type { NotificationRuleRecord } from './notification-rules.ts';
import type { SlackChannelRecord } from './slack-integration.ts';
import type { TeamNotificationRuleRecord } from './team-notification-rules.ts';
import type { TeamRecord } from './teams.ts';
import type { WebhookCustomVariableRecord } from './webhooks-custom-variables.ts';
import type { WebhookRecord } from './webhooks-integration.ts';

// The shapes the Datadog emulator stores. Each record is kept in the form GET returns it (the recorded real
// responses), so views only add or drop the few keys that differ between endpoints.

export type JsonObject = Record<string, unknown>;

/** The sandbox's one organisation and user. Invented identities: real ones vary per account. */
export const ORG_ID = 1;
export const USER = {
  id: 1,
  uuid: '00000000-0000-4000-8000-000000000001',
  name: 'Vigil Sandbox',
  handle: 'sandbox@vigil.invalid',
  email: 'sandbox@vigil.invalid',
} as const;

export interface MonitorRecord {
  id: number;
  org_id: number;
  type: string;
  name: string;
  message: string;
  tags: string[];
  query: string;
  options: JsonObject;
  multi: boolean;
  created_at: number;
  created: string;
  modified: string;
  deleted: null;
  priority: number | null;
  restricted_roles: string[] | null;
  draft_status: string;
  assets: unknown[];
  overall_state_modified: string | null;
  overall_state: string;
  creator: { name: string | null; handle: string; email: string; id: number };
}

export interface SloRecord extends JsonObject {
  id: string;
  name: string;
  tags: string[];
  type: string;
  thresholds: JsonObject[];
  created_at: number;
  modified_at: number;
}

export interface DowntimeRecord extends JsonObject {
  id: number;
  monitor_id: number | null;
  start: number;
  end: number | null;
  canceled: number | null;
  scope: string[];
  monitor_tags: string[];
}

export interface CorrectionRecord {
  id: string;
  /** `slo_id` is null for a correction made with `slo_query`. */
  attributes: JsonObject & { slo_id: string | null; created_at: number; modified_at: number };
  /** Updated at least once: answers then name the caller as `modifier`. */
  modified?: boolean;
}

export interface SyntheticsTestRecord extends JsonObject {
  public_id: string;
  monitor_id: number;
}

export interface PagerDutyServiceRecord {
  service_name: string;
  /** Stored for fidelity of PUT/DELETE, never returned: the real API does not echo it. */
  service_key: string;
}

/** What `snapshot()` returns and `restore()` takes: plain JSON for `--state FILE`. */
export interface DatadogState {
  version: 1;
  /** `downtimeV2` is absent in state files written before Downtimes v2 were served. */
  counters: { monitor: number; downtime: number; slo: number; correction: number; synthetics: number; downtimeV2?: number; notificationRule?: number; team?: number; teamNotificationRule?: number };
  monitors: MonitorRecord[];
  slos: SloRecord[];
  downtimes: DowntimeRecord[];
  corrections: CorrectionRecord[];
  syntheticsTests: SyntheticsTestRecord[];
  pagerdutyServices: PagerDutyServiceRecord[];
  /** Absent in state files written before Downtimes v2 were served. */
  downtimesV2?: DowntimeV2Record[];
  /** Absent in state files written before monitor notification rules were served. */
  notificationRules?: NotificationRuleRecord[];
  /** Absent in state files written before restriction policies were served. */
  restrictionPolicies?: { monitorId: number; bindings: JsonObject[] }[];
  /** The integrations `@slack-`, `@webhook-` and `@team-` handles reach; absent in older state files. */
  slackAccounts?: { account: string; channels: SlackChannelRecord[] }[];
  webhooks?: WebhookRecord[];
  teams?: TeamRecord[];
  /** Absent in state files written before webhook custom variables and teams' notification rules were served. */
  webhookCustomVariables?: WebhookCustomVariableRecord[];
  teamNotificationRules?: TeamNotificationRuleRecord[];
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
