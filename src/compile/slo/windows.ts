import type { SloTimeframe } from '../../ir/slo.ts';

/** Each SLO timeframe in minutes: the "period" of the burn-rate formulas. */
export const TIMEFRAME_MINUTES: Readonly<Record<SloTimeframe, number>> = { '7d': 7 * 1440, '30d': 30 * 1440, '90d': 90 * 1440 };

/** Datadog's bounds for a burn-rate alert's long window (burn_rate.md: 1 hour ≤ long window ≤ 48 hours). */
export const LONG_WINDOW_MIN_MINUTES = 60;
export const LONG_WINDOW_MAX_MINUTES = 48 * 60;

/** `5m` → 5, `6h` → 360, `1d` → 1440; undefined for anything else. */
export function parseWindow(text: string): number | undefined {
  const m = /^(\d+)(m|h|d)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'm' ? 1 : m[2] === 'h' ? 60 : 1440);
}

/** Minutes as Datadog writes windows: whole hours as `Nh`, the rest as `Nm` (1440 → `24h`, 30 → `30m`). */
export function formatWindow(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}
