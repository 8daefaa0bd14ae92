// Datadog's limits on the alerts derived from an SLO (burn_rate.md, slo.md §5.2): a burn rate above 0 and at most
// 1/(1 − target) (Datadog rejects more; exactly the maximum can never fire with ">"), a long window of 1–48 h, a
// short window shorter than it, a timeframe the SLO has, budget shares in (0, 100], and unique tier names.
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { BurnRateTier, SloDefinition } from '../../ir/slo.ts';
import { cmp, dec, div, mul, sub, toText } from '../../compile/decimal.ts';
import { type ResolvedTier } from '../../compile/slo/tiers.ts';
import { LONG_WINDOW_MAX_MINUTES, LONG_WINDOW_MIN_MINUTES, formatWindow } from '../../compile/slo/windows.ts';
import { problem } from './context.ts';

export function checkSloAlerts(def: SloDefinition, tiers: readonly ResolvedTier[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Map<string, ResolvedTier>();
  for (const tier of tiers) {
    const at = tier.path;
    const label = tier.isDefault ? `default tier "${tier.name}"` : `"${at.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}"`;
    const first = names.get(tier.name);
    if (first) {
      out.push(problem(def, tier.isDefault ? at : `${at}/name`, 'slo-tier-duplicate',
        `${label} has the same name "${tier.name}" as another tier; each tier becomes the monitor "${def.id}.${tier.name}"`,
        'give one of them a distinct "name"'));
    } else names.set(tier.name, tier);
    const threshold = def.thresholds.find((t) => t.timeframe === tier.timeframe);
    if (!threshold) {
      if (!tier.isDefault && (def.timeframe === undefined || tier.timeframe !== def.timeframe)) {
        out.push(problem(def, `${at}/timeframe`, 'slo-alert-timeframe',
          `${label} watches timeframe "${tier.timeframe}", but the SLO has no threshold for it (have: ${def.thresholds.map((t) => `"${t.timeframe}"`).join(', ')})`,
          'use one of the SLO\'s timeframes, or add a threshold for this one'));
      }
      continue;
    }
    if (tier.kind === 'error-budget') {
      const consumed = (def.alerts?.errorBudget ?? [])[Number(at.split('/').pop())]?.consumed;
      if (consumed !== undefined && !(consumed > 0 && consumed <= 100)) {
        out.push(problem(def, `${at}/consumed`, 'slo-alert-range',
          `${label}: "consumed" is the percent of the error budget spent and must be above 0 and at most 100 (got ${consumed})`,
          'e.g. 75 alerts once three quarters of the budget are gone'));
      }
      continue;
    }
    out.push(...checkWindows(def, tier, label));
    const declared = tier.isDefault ? undefined : (def.alerts?.burnRate as BurnRateTier[])[Number(at.split('/').pop())];
    if (declared) {
      const both = declared.burnRate !== undefined && declared.budgetConsumed !== undefined;
      if (both || (declared.burnRate === undefined && declared.budgetConsumed === undefined)) {
        out.push(problem(def, at, 'slo-alert-rate',
          `${label} needs ${both ? 'only one' : 'one'} of "burnRate" and "budgetConsumed"`,
          'e.g. burnRate: 14.4, or budgetConsumed: 2 (percent of the budget spent within the long window)'));
        continue;
      }
      if (declared.burnRate !== undefined && !(declared.burnRate > 0)) {
        out.push(problem(def, `${at}/burnRate`, 'slo-alert-range', `${label}: "burnRate" must be above 0 (got ${declared.burnRate})`,
          'a burn rate of 1 spends exactly the whole budget over the timeframe; alerts use more, e.g. 14.4'));
        continue;
      }
      if (declared.budgetConsumed !== undefined && !(declared.budgetConsumed > 0 && declared.budgetConsumed <= 100)) {
        out.push(problem(def, `${at}/budgetConsumed`, 'slo-alert-range',
          `${label}: "budgetConsumed" is a percent of the error budget and must be above 0 and at most 100 (got ${declared.budgetConsumed})`));
        continue;
      }
    }
    if (tier.rate && threshold.target > 0 && threshold.target < 100) out.push(...checkMaxRate(def, tier, label, threshold.target, declared));
  }
  return out;
}

function checkWindows(def: SloDefinition, tier: ResolvedTier, label: string): Diagnostic[] {
  const at = tier.isDefault ? tier.path : `${tier.path}/longWindow`;
  const long = tier.longMinutes;
  const declared = tier.isDefault ? undefined : (def.alerts?.burnRate as BurnRateTier[])[Number(tier.path.split('/').pop())];
  const written = declared?.longWindow ?? tier.longWindow;
  if (long === undefined) {
    return [problem(def, at, 'slo-alert-window', `${label}: "longWindow" must be a number of minutes, hours or days such as "1h" (got "${written}")`)];
  }
  if (long < LONG_WINDOW_MIN_MINUTES || long > LONG_WINDOW_MAX_MINUTES) {
    return [problem(def, at, 'slo-alert-window', `${label}: "longWindow" must be between 1h and 48h for Datadog burn-rate alerts (got "${written}")`,
      long > LONG_WINDOW_MAX_MINUTES ? 'for slower burns, use an error-budget alert instead' : 'use at least 1h; the short window catches fast burns')];
  }
  const shortText = declared?.shortWindow;
  if (tier.shortMinutes === undefined) {
    return [problem(def, `${tier.path}/${shortText !== undefined ? 'shortWindow' : 'longWindow'}`, 'slo-alert-window',
      shortText !== undefined
        ? `${label}: "shortWindow" must be a number of minutes or hours such as "5m" (got "${shortText}")`
        : `${label}: the default short window is longWindow/12, which is not a whole number of minutes for "${written}"`,
      shortText !== undefined ? undefined : `set "shortWindow", e.g. "${formatWindow(Math.max(1, Math.floor(long / 12)))}"`)];
  }
  if (tier.shortMinutes <= 0 || tier.shortMinutes >= long) {
    return [problem(def, `${tier.path}/shortWindow`, 'slo-alert-window',
      `${label}: "shortWindow" must be longer than 0 and shorter than "longWindow" ${tier.longWindow} (got "${shortText}")`,
      `Datadog's UI uses longWindow/12${long % 12 === 0 ? `: "${formatWindow(long / 12)}"` : ''}`)];
  }
  return [];
}

/**
 * The error ratio cannot exceed 1, so the burn rate cannot exceed 1/(1 − target). Compared exactly:
 * rate × (100 − target) against 100.
 */
function checkMaxRate(def: SloDefinition, tier: ResolvedTier, label: string, target: number, declared: BurnRateTier | undefined): Diagnostic[] {
  const budget = sub(dec(100), dec(target));
  const product = mul(tier.rate!, budget);
  const max = div(dec(100), budget, 4);
  const at = tier.isDefault ? tier.path : `${tier.path}/${declared?.burnRate !== undefined ? 'burnRate' : 'budgetConsumed'}`;
  const over = cmp(product, dec(100));
  const rate = toText(tier.rate!);
  if (over > 0) {
    return [problem(def, at, 'slo-burn-rate-max',
      `${label}: burn rate ${rate} is above the maximum for a ${target}% target, 1/(1 − ${target}%) = ${toText(max)}; Datadog rejects it`,
      tier.isDefault
        ? `Datadog's recommended tiers suit targets of 96% and above; list your own tiers in "alerts.burnRate" with rates up to ${toText(max)}, or set "alerts.burnRate: false"`
        : `lower it to at most ${toText(max)}${declared?.budgetConsumed !== undefined ? ' (a smaller "budgetConsumed" or a longer "longWindow")' : ''}`)];
  }
  if (over === 0) {
    return [problem(def, at, 'slo-burn-rate-never',
      `${label} can never fire: burn rate ${rate} is the maximum for a ${target}% target (every request failing), and the alert needs more than that`,
      'lower the burn rate', 'warning')];
  }
  return [];
}
