// The Datadog emulator's state: plain records in Maps, ids from counters (deterministic across runs), and the
// snapshot/restore pair behind `--state FILE`.
import { createHash } from 'node:crypto';
import type { DowntimeV2Record } from './downtimes-v2.ts';
import type { NotificationRuleRecord } from './notification-rules.ts';
import type { SlackChannelRecord } from './slack-integration.ts';
import type { TeamNotificationRuleRecord } from './team-notification-rules.ts';
import type { TeamRecord } from './teams.ts';
import type { WebhookCustomVariableRecord } from './webhooks-custom-variables.ts';
import type { WebhookRecord } from './webhooks-integration.ts';
import type {
  CorrectionRecord, DatadogState, DowntimeRecord, JsonObject, MonitorRecord, PagerDutyServiceRecord, SloRecord,
  SyntheticsTestRecord,
} from './model.ts';

const FIRST_COUNTERS = { monitor: 1_000_000, downtime: 2_000_000, slo: 0, correction: 0, synthetics: 0, downtimeV2: 0, notificationRule: 0, team: 0, teamNotificationRule: 0 };

export class DatadogStore {
  /** Insertion order is ascending id order: ids only grow, and restore() inserts sorted. */
  monitors = new Map<number, MonitorRecord>();
  slos = new Map<string, SloRecord>();
  downtimes = new Map<number, DowntimeRecord>();
  /** Downtimes made through the v2 API (downtimes-v2.ts), by UUID. */
  downtimesV2 = new Map<string, DowntimeV2Record>();
  /** Monitor notification rules (notification-rules.ts), by UUID, in creation order. */
  notificationRules = new Map<string, NotificationRuleRecord>();
  corrections = new Map<string, CorrectionRecord>();
  synthetics = new Map<string, SyntheticsTestRecord>();
  pagerdutyServices = new Map<string, PagerDutyServiceRecord>();
  /** Restriction-policy bindings by monitor id (restriction-policies.ts). */
  restrictionPolicies = new Map<number, JsonObject[]>();
  /** The Slack integration's channels per account (slack-integration.ts). */
  slackAccounts = new Map<string, SlackChannelRecord[]>();
  /** The Webhooks integration's webhooks by name (webhooks-integration.ts). */
  webhooks = new Map<string, WebhookRecord>();
  /** The Webhooks integration's custom variables by name (webhooks-custom-variables.ts). */
  webhookCustomVariables = new Map<string, WebhookCustomVariableRecord>();
  /** Teams by id (teams.ts). */
  teams = new Map<string, TeamRecord>();
  /** Teams' notification rules by rule id, each naming its team (team-notification-rules.ts). */
  teamNotificationRules = new Map<string, TeamNotificationRuleRecord>();
  counters = { ...FIRST_COUNTERS };

  nextMonitorId(): number {
    return ++this.counters.monitor;
  }

  nextDowntimeId(): number {
    return ++this.counters.downtime;
  }

  /** 32 lowercase hex characters, like real SLO ids. */
  nextSloId(): string {
    return hex(`slo:${++this.counters.slo}`);
  }

  /** A UUID-shaped id, like real correction ids. */
  nextCorrectionId(): string {
    const h = hex(`correction:${++this.counters.correction}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }

  /** A UUID-shaped id, like real team ids. */
  nextTeamId(): string {
    const h = hex(`team:${++this.counters.team}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** A UUID-shaped id, like real team notification rule ids. */
  nextTeamNotificationRuleId(): string {
    const h = hex(`team-notification-rule:${++this.counters.teamNotificationRule}`);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** `abc-def-ghi`, like real Synthetics public ids. */
  nextSyntheticsId(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = createHash('sha256').update(`synthetics:${++this.counters.synthetics}`).digest();
    const chars = [...bytes.subarray(0, 9)].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 3)}-${chars.slice(3, 6)}-${chars.slice(6, 9)}`;
  }

  snapshot(): DatadogState {
    return {
      version: 1,
      counters: { ...this.counters },
      monitors: [...this.monitors.values()],
      slos: [...this.slos.values()],
      downtimes: [...this.downtimes.values()],
      corrections: [...this.corrections.values()],
      syntheticsTests: [...this.synthetics.values()],
      pagerdutyServices: [...this.pagerdutyServices.values()],
      downtimesV2: [...this.downtimesV2.values()],
      notificationRules: [...this.notificationRules.values()],
      restrictionPolicies: [...this.restrictionPolicies].map(([monitorId, bindings]) => ({ monitorId, bindings })),
      slackAccounts: [...this.slackAccounts].map(([account, channels]) => ({ account, channels })),
      webhooks: [...this.webhooks.values()],
      webhookCustomVariables: [...this.webhookCustomVariables.values()],
      teams: [...this.teams.values()],
      teamNotificationRules: [...this.teamNotificationRules.values()],
    };
  }

  restore(raw: unknown): void {
    const state = raw as Partial<DatadogState> | null;
    if (!state || state.version !== 1) throw new Error('unsupported Datadog sandbox state (expected version 1)');
    this.counters = { ...FIRST_COUNTERS, ...state.counters };
    const monitors = [...(state.monitors ?? [])].sort((a, b) => a.id - b.id);
    this.monitors = new Map(monitors.map((m) => [m.id, m]));
    this.slos = new Map((state.slos ?? []).map((s) => [s.id, s]));
    this.downtimes = new Map((state.downtimes ?? []).map((d) => [d.id, d]));
    this.corrections = new Map((state.corrections ?? []).map((c) => [c.id, c]));
    this.synthetics = new Map((state.syntheticsTests ?? []).map((t) => [t.public_id, t]));
    this.pagerdutyServices = new Map((state.pagerdutyServices ?? []).map((s) => [s.service_name, s]));
    this.downtimesV2 = new Map((state.downtimesV2 ?? []).map((d) => [d.id, d]));
    this.notificationRules = new Map((state.notificationRules ?? []).map((r) => [r.id, r]));
    this.restrictionPolicies = new Map((state.restrictionPolicies ?? []).map((p) => [p.monitorId, p.bindings]));
    // State files written before the integrations were served keep the seeded ones.
    if (state.slackAccounts) this.slackAccounts = new Map(state.slackAccounts.map((a) => [a.account, a.channels]));
    if (state.webhooks) this.webhooks = new Map(state.webhooks.map((w) => [w.name, w]));
    if (state.teams) this.teams = new Map(state.teams.map((t) => [t.id, t]));
    // Nothing is seeded of these: a state file written before they were served has none.
    this.webhookCustomVariables = new Map((state.webhookCustomVariables ?? []).map((v) => [v.name, v]));
    this.teamNotificationRules = new Map((state.teamNotificationRules ?? []).map((r) => [r.id, r]));
  }
}

function hex(seed: string): string {
  return createHash('md5').update(seed).digest('hex');
}
