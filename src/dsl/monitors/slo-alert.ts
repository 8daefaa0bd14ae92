import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { SloTimeframe } from '../../ir/slo.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';
import { defineMonitor } from './define.ts';
import type { MonitorProps } from './props.ts';

export type { SloTimeframe };

export interface SloAlertProps extends MonitorProps {
  /** Logical id of the SLO (resolved to Datadog's SLO id at apply), or an existing SLO's Datadog id. */
  slo: string | { id: string };
  /** The SLO timeframe the alert reads. */
  timeframe: SloTimeframe;
  /**
   * Burn-rate alert: long window 1h–48h, short window shorter than the long one (Datadog's UI uses 1/12).
   * @example { longWindow: '1h', shortWindow: '5m', rate: 14.4 }
   */
  burnRate?: { longWindow: string; shortWindow: string; rate: number };
  /** Error-budget alert: percent of the budget consumed. @example { consumed: 75 } */
  errorBudget?: { consumed: number };
}

/** An SLO alert: fires on error-budget burn rate or on budget consumed. */
export function sloAlert(props: SloAlertProps): MonitorDefinition {
  const { slo, timeframe, burnRate, errorBudget, ...rest } = props;
  const ref = typeof slo === 'string' ? (/^[0-9a-f]{32}$/.test(slo) ? slo : `\${${slo}}`) : `\${${slo.id}}`;
  let query: string;
  let critical: number;
  if (burnRate) {
    query = `burn_rate("${ref}").over("${timeframe}").long_window("${burnRate.longWindow}").short_window("${burnRate.shortWindow}") > ${burnRate.rate}`;
    critical = burnRate.rate;
  } else {
    const consumed = errorBudget?.consumed ?? 100;
    query = `error_budget("${ref}").over("${timeframe}") > ${consumed}`;
    critical = consumed;
  }
  const def = defineMonitor('slo alert', query, rest, sloAlert, { critical, ...rest.thresholds }, SLO_ALERT_KEYS);
  noteUnknownProps(def, burnRate, '/burnRate', BURN_RATE_KEYS);
  noteUnknownProps(def, errorBudget, '/errorBudget', ERROR_BUDGET_KEYS);
  return def;
}

const SLO_ALERT_KEYS = propKeys<Omit<SloAlertProps, keyof MonitorProps>>({
  slo: true, timeframe: true, burnRate: true, errorBudget: true,
});
const BURN_RATE_KEYS = propKeys<NonNullable<SloAlertProps['burnRate']>>({ longWindow: true, shortWindow: true, rate: true });
const ERROR_BUDGET_KEYS = propKeys<NonNullable<SloAlertProps['errorBudget']>>({ consumed: true });
