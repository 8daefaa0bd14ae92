// SLO alerts are ordinary monitors derived from the SLO declaration: one `slo alert` monitor per tier, with the
// derived id `<slo-id>.<tier>`, the tier's severity, a `slo-tier:<tier>` tag and `source` at the SLO (or tier) line.
import type { MessageSpec, MonitorDefinition } from '../../ir/monitor.ts';
import type { SloDefinition } from '../../ir/slo.ts';
import { fieldLocation } from '../../load/field-locations.ts';
import { type Decimal, cmp, dec, div, toNumber, toText } from '../decimal.ts';
import { budgetSpentAtFiring, hoursToExhaustion, type ResolvedTier } from './tiers.ts';

export const TIER_TAG_PREFIX = 'slo-tier:';
export const SLO_TAG_PREFIX = 'slo:';

/** The monitors an SLO's alerting compiles to. Call only for tiers that passed the SLO alert rules. */
export function deriveSloAlerts(slo: SloDefinition, tiers: readonly ResolvedTier[]): MonitorDefinition[] {
  return tiers.map((tier) => {
    const burn = tier.kind === 'burn-rate';
    const threshold = burn ? tier.rate! : tier.consumed!;
    const query = burn
      ? `burn_rate("\${${slo.id}}").over("${tier.timeframe}").long_window("${tier.longWindow}").short_window("${tier.shortWindow}") > ${toText(threshold)}`
      : `error_budget("\${${slo.id}}").over("${tier.timeframe}") > ${toText(threshold)}`;
    const def: MonitorDefinition = {
      kind: 'monitor',
      id: `${slo.id}.${tier.name}`,
      type: 'slo alert',
      name: burn
        ? `${slo.name}: error budget burning ${toText(threshold)}× too fast (${tier.longWindow} and ${tier.shortWindow}, ${tier.timeframe})`
        : `${slo.name}: over ${toText(threshold)}% of the ${tier.timeframe} error budget spent`,
      query,
      message: message(slo, tier),
      severity: tier.severity,
      tags: [...new Set([...(slo.tags ?? []), `${TIER_TAG_PREFIX}${tier.name}`, `${SLO_TAG_PREFIX}${slo.id}`])],
      options: { thresholds: { critical: toNumber(threshold) } },
    };
    for (const key of ['team', 'service', 'env', 'runbook'] as const) if (slo[key] !== undefined) def[key] = slo[key];
    const source = fieldLocation(slo, tier.path) ?? slo.source;
    if (source) def.source = source;
    return def;
  });
}

function message(slo: SloDefinition, tier: ResolvedTier): MessageSpec {
  const extra = slo.alerts?.message ?? {};
  const target = slo.thresholds.find((t) => t.timeframe === tier.timeframe)?.target ?? slo.thresholds[0]?.target;
  const objective = `"${slo.name}" (${target}% over ${tier.timeframe})`;
  let summary: string;
  let details: string;
  if (tier.kind === 'burn-rate') {
    const rate = tier.rate!;
    summary = `The SLO ${objective} is burning its error budget ${toText(rate)}× faster than it can sustain, over both the last ${tier.longWindow} and the last ${tier.shortWindow}. At this rate the whole ${tier.timeframe} budget is gone in ${duration(hoursToExhaustion(rate, tier.timeframe))}.`;
    details = `When this fires, about ${toText(budgetSpentAtFiring(rate, tier.longMinutes!, tier.timeframe))}% of the ${tier.timeframe} error budget is already spent. Burn rate now: {{long_window_burn_rate}}× over ${tier.longWindow}, {{short_window_burn_rate}}× over ${tier.shortWindow}.`;
  } else {
    summary = `The SLO ${objective} has spent more than ${toText(tier.consumed!)}% of its ${tier.timeframe} error budget.`;
    details = 'Budget spent: {{value}}%.';
  }
  if (extra.details?.trim()) details = `${details}\n\n${extra.details.trim()}`;
  const out: MessageSpec = { summary, details };
  if (extra.impact) out.impact = extra.impact;
  if (extra.firstSteps) out.firstSteps = [...extra.firstSteps];
  if (extra.notify) out.notify = [...extra.notify];
  return out;
}

/** Hours as a reader wants them: "50 hours", "5 days". */
function duration(hours: Decimal): string {
  if (cmp(hours, dec(48)) < 0) return `${toText(hours)} hours`;
  return `${toText(div(hours, dec(24), 1))} days`;
}

