import type { SourceLocation } from './source.ts';

/** A condition of a notification rule's conditional recipients: who is notified when `scope` holds. */
export interface NotificationRuleCondition {
  /** `transition_type:is_alert` (a monitor status: `is_alert`, `is_warning`, `is_no_data`, `is_recovery`…) or one `key:value` tag. */
  scope: string;
  recipients: string[];
}

/**
 * A Datadog monitor notification rule written by hand (the routing table compiles its own): every monitor whose tags
 * (or group tags) match `filter` also notifies the recipients. Used for rules that exist in Datadog already and are
 * adopted into vigil (`vigil import` writes them).
 */
export interface NotificationRuleDefinition {
  kind: 'notification-rule';
  id: string;
  name: string;
  /** Monitor tags that must all match, or a scope query (`team:payments AND NOT env:dev`). */
  filter: { tags: string[] } | { scope: string };
  /** Handles notified of every notification (`@slack-ops`, or without the `@`). Not with `conditionalRecipients`. */
  recipients?: string[];
  /** Handles by condition; `fallbackRecipients` when no condition holds. Not with `recipients`. */
  conditionalRecipients?: { conditions: NotificationRuleCondition[]; fallbackRecipients?: string[] };
  /** The rule's Datadog id (a UUID), to take over an existing rule instead of creating one. */
  adopt?: { datadogId: string };
  source?: SourceLocation;
}
