// Wire shapes of the Datadog payloads vigil sends, derived from the official client's model types. Types only:
// `import type` is erased, so the compile path never loads @datadog/datadog-api-client at run time.
import type { v1, v2 } from '@datadog/datadog-api-client';

type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

/** The JSON form of a client model: snake_case keys, no `additionalProperties` bag. */
export type Wire<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Array<Wire<U>>
    : T extends object
      ? { [K in keyof T as K extends 'additionalProperties' ? never : K extends string ? Snake<K> : never]: Wire<T[K]> }
      : T;

/** Body of `POST /api/v1/monitor`: the writable fields of the client's `Monitor` model. */
export type MonitorPayload = Wire<
  Pick<v1.Monitor, 'message' | 'name' | 'options' | 'priority' | 'query' | 'restrictedRoles' | 'tags'>
> & { type: Exclude<v1.MonitorType, { _unparsed: unknown }> | string };

export type MonitorOptionsPayload = Wire<v1.MonitorOptions>;

/**
 * Body of `POST /api/v1/slo`: the writable fields of the client's `ServiceLevelObjectiveRequest`. Until apply,
 * `monitor_ids` holds `${logical-id}` references to monitors defined with vigil.
 */
export type SloPayload = Omit<Wire<
  Pick<v1.ServiceLevelObjectiveRequest, 'description' | 'groups' | 'name' | 'tags' | 'targetThreshold' | 'thresholds' | 'timeframe' | 'warningThreshold'>
>, 'thresholds'> & {
  type: 'metric' | 'monitor' | 'time_slice';
  thresholds: Array<{ timeframe: string; target: number; warning?: number }>;
  monitor_ids?: Array<number | string>;
  query?: { numerator: string; denominator: string };
  sli_specification?: Record<string, unknown>;
};

/**
 * Body of `POST /api/v2/monitor/notification_rule`, as vigil writes it: conditional recipients by transition, a filter
 * on one `vigil-route:` tag, and vigil's marker in the name.
 */
export interface NotificationRulePayload {
  data: {
    attributes: Pick<Wire<v2.MonitorNotificationRuleAttributes>, 'name'> & {
      conditional_recipients: { conditions: Array<{ recipients: string[]; scope: string }> };
      filter: { tags: string[] };
    };
    type: 'monitor-notification-rule';
  };
}
