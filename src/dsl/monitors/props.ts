import type {
  Adoption, LintSuppressions, MessageSpec, MonitorOptions, MonitorOverrides, Severity, Thresholds,
} from '../../ir/monitor.ts';

/** Anything that prints as a query string: a plain string or a value from vigil's query builder. */
export interface QueryLike {
  toString(): string;
  /** Threshold written in the query (the builder's `.above(5)`); used as `critical` when none is given. */
  readonly threshold?: number;
}

/** What every monitor declares, whatever its type. */
export interface MonitorProps {
  /**
   * Logical id: lowercase letters, digits and dashes, unique across the organisation, stable across renames.
   * vigil finds the live monitor by it, so changing it means delete + create.
   * @example 'checkout-api-error-rate'
   */
  id: string;
  /** Title shown in Datadog and in notifications. Template variables such as `{{service.name}}` are allowed. */
  name: string;
  /** Owning team; becomes the `team:` tag and drives routing. @example 'payments' */
  team?: string;
  /** Service the monitor watches; becomes the `service:` tag. @example 'checkout' */
  service?: string;
  /** Environment; becomes the `env:` tag. Non-production environments never page. @example 'prod' */
  env?: string;
  /** Sev1 (complete outage) … Sev5 (informational). Sets Datadog `priority` 1…5 and drives routing. */
  severity?: Severity;
  /** Runbook URL, linked in every notification. @example 'https://runbooks.example.com/checkout/errors' */
  runbook?: string;
  /** Extra tags (`key:value`). vigil adds `team`, `service`, `env`, `severity` and its ownership tags itself. */
  tags?: string[];
  /**
   * The notification: a summary plus customer impact and first steps, laid out by vigil. A string is a summary.
   * @example { summary: 'Checkout errors above 5%.', impact: 'Customers cannot pay.', firstSteps: ['Check the last deploy'] }
   */
  message: MessageSpec | string;
  /** Thresholds; shorthand for `options.thresholds`. */
  thresholds?: Thresholds;
  /** Every other Datadog monitor option. */
  options?: MonitorOptions;
  /** Datadog priority 1 (highest) … 5; defaults to the severity's number. `null` clears it. */
  priority?: number | null;
  /** Role UUIDs allowed to edit the monitor; `null` means everyone with monitor write access. */
  restrictedRoles?: string[] | null;
  /**
   * Lint rules switched off for this monitor, each with the reason a reviewer reads.
   * @example { 'runbook-present': 'covered by the service runbook linked in the summary' }
   */
  suppress?: LintSuppressions;
  /**
   * `false` keeps this monitor out of the organisation's routing table: its message gets no routed notifications,
   * only the handles written in it. `vigil import` sets it in a project with a routing table, so that adopting a
   * monitor keeps the notifications it has; delete it to let the routing table decide.
   */
  routing?: false;
  /**
   * Take over this existing Datadog monitor on the next apply instead of creating a new one: vigil adds its
   * ownership tags and changes nothing else that the definition matches. Written by `vigil import`; harmless to keep
   * afterwards, and safe to delete once applied.
   * @example { datadogId: 12345678 }
   */
  adopt?: Adoption;
  /**
   * Escape hatch: fields in Datadog's wire shape (snake_case) laid over the compiled payload, unchecked. For what
   * the typed props cannot say; `vigil import` writes it only so that adoption changes nothing.
   * @example { options: { restriction_query: null } }
   */
  overrides?: MonitorOverrides;
}
