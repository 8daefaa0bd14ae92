import type { SourceLocation } from '../ir/source.ts';

/** The closed vocabulary of a plan. */
export type Action = 'create' | 'update' | 'delete';
export type ResourceKind =
  | 'datadog.monitor'
  | 'datadog.slo'
  | 'datadog.notification-rule'
  | 'datadog.downtime'
  | 'datadog.slo-correction'
  | 'datadog.pagerduty-service'
  | 'pagerduty.team'
  | 'pagerduty.escalation-policy'
  | 'pagerduty.service'
  | 'pagerduty.integration';

/** Why an update is planned: the code changed, someone edited the object outside vigil, or both. */
export type UpdateReason = 'code' | 'drift' | 'code+drift';

export interface FieldChange {
  /** Dotted field path, e.g. `options.thresholds.warning`. */
  path: string;
  old?: unknown;
  new?: unknown;
}

export interface Change {
  action: Action;
  kind: ResourceKind;
  id: string;
  /** Remote id of the object updated or deleted. */
  remoteId?: string | number;
  /** Remote version (Datadog `modified`) the plan was made against; apply refuses a plan whose objects moved on. */
  remoteVersion?: string;
  /**
   * `adopt`: an existing object vigil did not own is taken over, gaining its ownership marker: a monitor or SLO named
   * by `adopt.datadogId` (its tags), or a PagerDuty service named by `adopt.pagerdutyId` (a line in its description).
   */
  reason?: UpdateReason | 'adopt' | 'duplicate' | 'removed' | 'deleted-outside' | 'replaced';
  /**
   * With reason `deleted-outside` (a create of an object that was deleted by hand): the objects vigil owns whose last
   * applied code still refers to it, the evidence that it existed (vigil keeps no state file; see deleted-outside.ts).
   */
  referencedBy?: string[];
  /** For a delete: the live object as read, so a reviewer recognises what goes (its name; a monitor's query, message). */
  live?: LiveSummary;
  fields?: FieldChange[];
  /** The body to send for a create or update, with `${logical-id}` references still unresolved. */
  payload?: Record<string, unknown>;
  dependsOn?: string[];
  source?: SourceLocation;
  /**
   * With `vigil plan --backtest`, on creates and updates of monitors: how often the monitor would have alerted over
   * the backtest's period (`after`), and for an update how often the live definition did (`before`).
   */
  backtest?: Backtest;
  /**
   * On a create of a monitor or SLO: a live one vigil does not own that has its name (a monitor also: its query and
   * type) — most often one of vigil's whose tags were removed in the UI. Creating would make a second one (a monitor
   * that notifies too); adding `adopt: { datadogId }` to the definition takes the live one back instead (plan/adopt.ts).
   */
  adoptable?: Adoptable;
}

export interface Adoptable {
  /** A monitor's number or an SLO's string id, as `adopt.datadogId` takes it. */
  datadogId: number | string;
  name: string;
  matchedBy: 'name' | 'query and type';
}

export interface LiveSummary {
  name?: string;
  query?: string;
  message?: string;
  /** A monitor routed by a notification rule: the rule's logical id (its `vigil-route:` tag). */
  route?: string;
  /** What the object does, in words, for kinds without a name or query (a maintenance window's monitors and times). */
  facts?: Fact[];
}

/** Who a notification rule notifies (its handles, with `@`): live (`before`) and as compiled (`after`). */
export interface RouteHandles {
  before?: string[];
  after?: string[];
}

/** One line of what an object does: `mutes: monitors tagged env:staging`. */
export interface Fact {
  label: string;
  text: string;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  unchanged: number;
}

/** A plan: pure data, versioned; `vigil apply --plan` refuses versions it does not know. */
export interface Plan {
  version: 1;
  summary: PlanSummary;
  /** Changes in the order apply executes them: creates and updates by dependency, then deletes in reverse. */
  changes: Change[];
  /** Logical ids whose update is (partly) undoing an edit made outside vigil. */
  drift: string[];
  /** Set when deletes were withheld, with the reason (a definition file failed to load, nothing loaded…). */
  deletesWithheld?: string;
  /**
   * Files in the definitions directory that were not loaded (a `.js` file, a backup, a looping link), each with why:
   * a reviewer sees that the plan was made without them. Absent when every file was loaded.
   */
  skippedFiles?: Array<{ file: string; reason: string }>;
  /** Remote ids of every owned object, including unchanged ones, to resolve references at apply time. */
  remoteIds: Record<string, string | number>;
  /** Remote versions of every owned object read, so a saved plan can be checked for staleness. */
  remoteVersions: Record<string, string>;
  /**
   * The notification rules the monitor changes are routed through (before or after), by logical id, with who each
   * notifies: what the `notifies:` lines of monitors routed by notification rules are derived from.
   */
  routes?: Record<string, RouteHandles>;
}

/** What a backtest says of one monitor definition over the backtest's period. */
export interface BacktestFigures {
  /** Alert episodes: maximal runs of alerting evaluations, counted per group and summed. */
  episodes: number;
  /** Evaluations (one per minute) spent alerting, summed over groups. */
  alertMinutes: number;
  /** The longest single episode, in minutes. */
  longestMinutes: number;
  /** Groups that alerted at least once (1 for an ungrouped monitor that alerted, 0 when nothing alerted). */
  groups: number;
}

/**
 * The `backtest` of a create or update change of a monitor in the plan's JSON (the contract in the design):
 * `from`/`to` in unix seconds; `supported: false` with a `reason` when the monitor's kind is not backtested;
 * `before` for updates, evaluated on the live definition.
 */
export interface Backtest {
  from: number;
  to: number;
  supported: boolean;
  reason?: string;
  after?: BacktestFigures;
  before?: BacktestFigures;
}
