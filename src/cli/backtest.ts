// `vigil plan --backtest [--backtest-window 7d]`: the flags, their help, and the stage run after planning.
import { durationSeconds } from '../backtest/durations.ts';
import type { Plan } from '../plan/types.ts';
import type { DatadogClient } from '../providers/datadog/client.ts';
import { UsageError } from './args.ts';

/** The flags `vigil plan` takes for a backtest (parseArgs options). */
export const BACKTEST_FLAGS = {
  backtest: { type: 'boolean' },
  'backtest-window': { type: 'string' },
} as const;

/** Their lines in `vigil plan --help`. */
export const BACKTEST_HELP = `  --backtest           for each created or updated metric monitor, how often it would have alerted over the
                       last days of its metric's history (and, for an update, how often the live one did)
  --backtest-window D  how far back the backtest reads, e.g. 7d, 36h, 2w (default 7d, at most 30d)`;

const DEFAULT_WINDOW = 7 * 86_400;
const MAX_WINDOW = 30 * 86_400;

/** The backtest's period length from the flags, or undefined when `--backtest` is not given. */
export function backtestWindow(flags: { backtest?: boolean | undefined; 'backtest-window'?: string | undefined }): number | undefined {
  const raw = flags['backtest-window'];
  if (!flags.backtest) {
    if (raw !== undefined) throw new UsageError('--backtest-window sets how far back --backtest reads: use it with --backtest');
    return undefined;
  }
  if (raw === undefined) return DEFAULT_WINDOW;
  const seconds = durationSeconds(raw);
  if (seconds === undefined || seconds < 3600 || seconds > MAX_WINDOW) {
    throw new UsageError(`--backtest-window must be a duration from 1h to 30d such as 7d, 36h or 2w (got "${raw}")`);
  }
  return seconds;
}

/**
 * The plan with backtests attached: reads metric history through the Datadog client and evaluates each created or
 * updated monitor. `now` is the clock in milliseconds.
 */
export async function withBacktest(
  plan: Plan, dd: DatadogClient, slos: ReadonlyArray<{ id: string; payload: Record<string, unknown> }>, windowSeconds: number, now: number,
): Promise<Plan> {
  const [{ backtestPlan }, { readMetricSeries }] = await Promise.all([
    import('../backtest/run.ts'), import('../providers/datadog/metrics.ts'),
  ]);
  return backtestPlan(plan, { now, windowSeconds, slos }, (expressions, period) => readMetricSeries(dd, expressions, period));
}
