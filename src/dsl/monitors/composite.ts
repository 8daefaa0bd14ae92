import type { MonitorDefinition, MonitorType } from '../../ir/monitor.ts';
import { propKeys } from '../unknown-props.ts';
import { defineMonitor } from './define.ts';
import type { MonitorProps, QueryLike } from './props.ts';

/** A monitor referred to by its definition or its logical id — never by Datadog's numeric id. */
export type MonitorRef = MonitorDefinition | string | CompositeExpr;

/** A boolean expression over monitors; prints as Datadog's composite query with `${logical-id}` references. */
export class CompositeExpr {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function operand(ref: MonitorRef): string {
  if (ref instanceof CompositeExpr) return `(${ref.toString()})`;
  return `\${${typeof ref === 'string' ? ref : ref.id}}`;
}

/** True when every monitor alerts. @example allOf(latency, errors) */
export function allOf(...refs: MonitorRef[]): CompositeExpr {
  return new CompositeExpr(refs.map(operand).join(' && '));
}

/** True when any monitor alerts. */
export function anyOf(...refs: MonitorRef[]): CompositeExpr {
  return new CompositeExpr(refs.map(operand).join(' || '));
}

/** True when the monitor does not alert. */
export function not(ref: MonitorRef): CompositeExpr {
  return new CompositeExpr(`!${operand(ref)}`);
}

export interface CompositeProps extends MonitorProps {
  /**
   * When the composite alerts: built with `allOf`/`anyOf`/`not`, or a string with `${logical-id}` operands.
   * @example allOf(highLatency, not(deployInProgress))
   */
  when: CompositeExpr | string;
}

/** A composite monitor: alerts on a boolean combination of other monitors' states. */
export function compositeMonitor(props: CompositeProps): MonitorDefinition {
  const { when, ...rest } = props;
  return defineMonitor('composite', String(when), rest, compositeMonitor, rest.thresholds, COMPOSITE_KEYS);
}

export interface GenericMonitorProps extends MonitorProps {
  /** Any of Datadog's 23 monitor types. */
  type: MonitorType;
  /** The query exactly as Datadog takes it for that type. */
  query: string | QueryLike;
}

/** Any monitor type with a raw query: RUM, APM trace analytics, CI, audit, cost, database monitoring… */
export function monitor(props: GenericMonitorProps): MonitorDefinition {
  const { type, query, ...rest } = props;
  return defineMonitor(type, query, rest, monitor, rest.thresholds, GENERIC_KEYS);
}

const COMPOSITE_KEYS = propKeys<Omit<CompositeProps, keyof MonitorProps>>({ when: true });
const GENERIC_KEYS = propKeys<Omit<GenericMonitorProps, keyof MonitorProps>>({ type: true, query: true });
