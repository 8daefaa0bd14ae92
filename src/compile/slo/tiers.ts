// Resolves an SLO's alerting into concrete tiers: Datadog's recommended defaults per timeframe, rates computed from
// "budget consumed in window", default short windows and severities. Pure and total: it never fails; the SLO alert
// rules in validate/ check what it resolved.
import type { Severity } from '../../ir/monitor.ts';
import type { SloDefinition, SloTimeframe } from '../../ir/slo.ts';
import { type Decimal, dec, div, mul, sub, toText } from '../decimal.ts';
import { formatWindow, parseWindow, TIMEFRAME_MINUTES } from './windows.ts';

/** Decimals kept when a burn rate is computed from a budget share (5% of 30d in 7h = 5.1429). */
export const RATE_PLACES = 4;

/**
 * Datadog's recommended burn-rate tiers (burn_rate.md, "reasonable for targets as low as 96%"): burn rate and long
 * window in hours. The two fast tiers page; the slow one is a ticket.
 */
export const RECOMMENDED_TIERS: Readonly<Record<SloTimeframe, ReadonlyArray<readonly [rate: string, longHours: number]>>> = {
  '7d': [['16.8', 1], ['5.6', 6], ['2.8', 24]],
  '30d': [['14.4', 1], ['6', 6], ['3', 24]],
  '90d': [['21.6', 1], ['10.8', 6], ['4.5', 24]],
};

export const PAGE_SEVERITY: Severity = 'sev2';
export const TICKET_SEVERITY: Severity = 'sev4';

export interface ResolvedTier {
  kind: 'burn-rate' | 'error-budget';
  /** The tier name: derived monitor id `<slo-id>.<name>`, tag `slo-tier:<name>`. */
  name: string;
  /** JSON pointer of the tier in the SLO (`/alerts/burnRate/1`); default tiers point at `/alerts`. */
  path: string;
  isDefault: boolean;
  timeframe: SloTimeframe;
  severity: Severity;
  /** Burn-rate tiers: windows in minutes (undefined when the text does not parse), and the rate. */
  longWindow?: string;
  shortWindow?: string;
  longMinutes?: number;
  shortMinutes?: number;
  rate?: Decimal;
  /** Error-budget tiers: percent of the budget consumed. */
  consumed?: Decimal;
}

/** The primary timeframe: the declared one, else the first threshold's. */
export function primaryTimeframe(slo: SloDefinition): SloTimeframe {
  return slo.timeframe ?? slo.thresholds[0]?.timeframe ?? '30d';
}

/** Every alert tier the SLO declares (or gets by default), in declaration order. */
export function resolveTiers(slo: SloDefinition): ResolvedTier[] {
  const alerts = slo.alerts;
  if (!alerts) return [];
  const primary = primaryTimeframe(slo);
  const out: ResolvedTier[] = [];
  const burn = alerts.burnRate ?? 'default';
  if (burn === 'default') {
    for (const [rate, hours] of RECOMMENDED_TIERS[primary]) {
      const long = hours * 60;
      out.push({
        kind: 'burn-rate', name: `burn-${formatWindow(long)}`, path: '/alerts', isDefault: true, timeframe: primary,
        severity: PAGE_SEVERITY, longWindow: formatWindow(long), shortWindow: formatWindow(long / 12),
        longMinutes: long, shortMinutes: long / 12, rate: dec(rate),
      });
    }
  } else if (Array.isArray(burn)) {
    burn.forEach((tier, i) => {
      const timeframe = tier.timeframe ?? primary;
      const long = parseWindow(tier.longWindow);
      const short = tier.shortWindow !== undefined ? parseWindow(tier.shortWindow) : long !== undefined && long % 12 === 0 ? long / 12 : undefined;
      const resolved: ResolvedTier = {
        kind: 'burn-rate', path: `/alerts/burnRate/${i}`, isDefault: false, timeframe,
        name: tier.name ?? `burn-${long !== undefined ? formatWindow(long) : tier.longWindow}${timeframe === primary ? '' : `-${timeframe}`}`,
        severity: tier.severity ?? PAGE_SEVERITY, longWindow: long !== undefined ? formatWindow(long) : tier.longWindow,
      };
      if (long !== undefined) resolved.longMinutes = long;
      if (short !== undefined) {
        resolved.shortMinutes = short;
        resolved.shortWindow = formatWindow(short);
      }
      const rate = rateOf(tier.burnRate, tier.budgetConsumed, timeframe, long);
      if (rate) resolved.rate = rate;
      out.push(resolved);
    });
  }
  // The slowest burn tier is a ticket when there are faster ones to page; an explicit severity always wins.
  const burnTiers = out.filter((t) => t.kind === 'burn-rate' && t.longMinutes !== undefined);
  if (burnTiers.length >= 2) {
    const slowest = Math.max(...burnTiers.map((t) => t.longMinutes!));
    for (const t of burnTiers) {
      const explicit = !t.isDefault && (alerts.burnRate as Array<{ severity?: Severity }>)[Number(t.path.split('/').pop())]?.severity;
      if (t.longMinutes === slowest && !explicit) t.severity = TICKET_SEVERITY;
    }
  }
  (alerts.errorBudget ?? []).forEach((alert, i) => {
    const timeframe = alert.timeframe ?? primary;
    const consumed = typeof alert.consumed === 'number' && Number.isFinite(alert.consumed) ? dec(alert.consumed) : undefined;
    const label = consumed ? toText(consumed).replace('.', '-').replace(/^-/, 'minus-') : 'x';
    const tier: ResolvedTier = {
      kind: 'error-budget', path: `/alerts/errorBudget/${i}`, isDefault: false, timeframe,
      name: alert.name ?? `budget-${label}${timeframe === primary ? '' : `-${timeframe}`}`,
      severity: alert.severity ?? TICKET_SEVERITY,
    };
    if (consumed) tier.consumed = consumed;
    out.push(tier);
  });
  return out;
}

/** Burn rate of a tier: given, or from the budget share (factor = share × period / long window, as Sloth does). */
function rateOf(burnRate: number | undefined, budgetConsumed: number | undefined, timeframe: SloTimeframe, longMinutes: number | undefined): Decimal | undefined {
  if (typeof burnRate === 'number' && Number.isFinite(burnRate)) return dec(burnRate);
  if (typeof budgetConsumed !== 'number' || !Number.isFinite(budgetConsumed) || !longMinutes) return undefined;
  return div(mul(dec(budgetConsumed), dec(TIMEFRAME_MINUTES[timeframe])), dec(100 * longMinutes), RATE_PLACES);
}

/** The error budget in percent: 100 − target (99.9 → 0.1). */
export function errorBudgetPercent(target: number): Decimal {
  return sub(dec(100), dec(target));
}

/** Percent of the timeframe's budget spent by the time a tier fires: rate × long window / period × 100. */
export function budgetSpentAtFiring(rate: Decimal, longMinutes: number, timeframe: SloTimeframe): Decimal {
  return div(mul(mul(rate, dec(longMinutes)), dec(100)), dec(TIMEFRAME_MINUTES[timeframe]), 2);
}

/** Hours until the whole budget is gone at this burn rate: period / rate. */
export function hoursToExhaustion(rate: Decimal, timeframe: SloTimeframe): Decimal {
  return div(dec(TIMEFRAME_MINUTES[timeframe] / 60), rate, 1);
}
