import type { NotificationRuleDefinition } from '../../ir/notification-rule.ts';
import { attachFrames, captureFrames } from '../capture.ts';

export type { NotificationRuleCondition } from '../../ir/notification-rule.ts';

export interface NotificationRuleProps {
  /** Logical id. @example 'security-pages' */
  id: string;
  /** The rule's name in Datadog. vigil adds its ownership marker after it. @example 'Security alerts page the security team' */
  name: string;
  /**
   * Which monitors the rule applies to: monitor or group tags that must all match, or a scope query with AND, OR,
   * NOT and parentheses. Datadog applies every rule that matches, in addition to the routing table's.
   * @example { tags: ['team:security', 'env:prod'] }
   * @example { scope: 'team:security AND NOT env:dev' }
   */
  filter: { tags: string[] } | { scope: string };
  /**
   * Handles notified of every transition, written as in a message (`@slack-security`, `@pagerduty-security`, an email
   * address); at most 50. Use `conditionalRecipients` instead to notify by transition.
   * @example ['@slack-security', '@pagerduty-security']
   */
  recipients?: string[];
  /**
   * Handles by condition (at most 10): a monitor status (`transition_type:is_alert`, `is_warning`, `is_no_data`,
   * `is_recovery`) or one `key:value` tag; `fallbackRecipients` when none holds. At most 50 handles in all.
   * @example { conditions: [{ scope: 'transition_type:is_alert', recipients: ['@pagerduty-security'] }], fallbackRecipients: ['@slack-security'] }
   */
  conditionalRecipients?: NotificationRuleDefinition['conditionalRecipients'];
  /**
   * Take over the existing rule with this Datadog id (a UUID) instead of creating one: the next apply adds vigil's
   * marker to its name and changes nothing else. `vigil import` writes it.
   */
  adopt?: { datadogId: string };
}

/**
 * A Datadog monitor notification rule written by hand. The routing table compiles its own rules (`routing({ target:
 * 'notification-rules' })`); this is for rules that route by other tags, most often ones that exist in Datadog
 * already and are adopted with `vigil import`.
 * @example notificationRule({ id: 'security-pages', name: 'Security pages', filter: { tags: ['team:security'] }, recipients: ['@pagerduty-security'] })
 */
export function notificationRule(props: NotificationRuleProps): NotificationRuleDefinition {
  return attachFrames({ kind: 'notification-rule', ...props }, captureFrames(notificationRule));
}
