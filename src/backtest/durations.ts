// Durations as monitors and the CLI write them: `last_5m` windows, `1h` burn-rate windows, `7d` backtest periods.

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Seconds of a duration such as `5m`, `1h`, `7d` or `2w`; undefined for anything else (months are calendar-aligned
 * in Datadog and have no fixed length).
 * @example durationSeconds('7d') // 604800
 */
export function durationSeconds(text: string): number | undefined {
  const m = /^(\d+)([smhdw])$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n * (UNIT_SECONDS[m[2] as string] as number) : undefined;
}

/**
 * Seconds of a monitor's rolling window `last_<n><unit>`; undefined for `current_…` (calendar) and `next_…`
 * (forecast) windows, which are not a fixed span before the evaluation.
 * @example windowSeconds('last_15m') // 900
 */
export function windowSeconds(window: string): number | undefined {
  return window.startsWith('last_') ? durationSeconds(window.slice(5)) : undefined;
}
