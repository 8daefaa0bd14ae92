// How a backtest reads in a plan: one sentence per monitor ("would have alerted 14 times in 7 days (was 3)") and a
// list of the backtested monitors, the noisiest first, so a reviewer sees first what would wake someone up.
import type { Backtest, BacktestFigures, Change, Plan } from '../types.ts';

/** A change that carries a backtest. */
export type BacktestedChange = Change & { backtest: Backtest };

/** The changes with a backtest: evaluated ones by how often they would have alerted, the most first, then the rest. */
export function noisiestFirst(plan: Plan): BacktestedChange[] {
  const all = plan.changes.filter((c): c is BacktestedChange => c.backtest !== undefined);
  const score = (c: BacktestedChange): [number, number] => [c.backtest.after?.episodes ?? -1, c.backtest.after?.alertMinutes ?? -1];
  return all.sort((a, b) => {
    const [ea, ma] = score(a);
    const [eb, mb] = score(b);
    return eb - ea || mb - ma || a.id.localeCompare(b.id);
  });
}

/** `7 days`, `36 hours`: the backtest's period in words. */
export function periodWords(b: Backtest): string {
  const seconds = b.to - b.from;
  if (seconds % 86_400 === 0) return count(seconds / 86_400, 'day');
  if (seconds % 3600 === 0) return count(seconds / 3600, 'hour');
  return count(Math.round(seconds / 60), 'minute');
}

/**
 * The backtest of one change in a sentence: `would have alerted 14 times in 7 days (was 3); 95 minutes in alert,
 * longest 30 minutes, 2 groups` or `not backtested: <reason>`.
 */
export function backtestSentence(b: Backtest): string {
  if (!b.supported || !b.after) return `not backtested: ${b.reason ?? 'no figures'}`;
  const a = b.after;
  const was = b.before ? ` (was ${b.before.episodes})` : '';
  const head = `would have alerted ${times(a.episodes)} in ${periodWords(b)}${was}`;
  return a.episodes === 0 ? head : `${head}; ${details(a, b.before)}`;
}

function details(a: BacktestFigures, before: BacktestFigures | undefined): string {
  const minutes = `${count(a.alertMinutes, 'minute')} in alert${before ? ` (was ${before.alertMinutes})` : ''}`;
  const groups = a.groups > 1 || (before?.groups ?? 0) > 1 ? `, ${count(a.groups, 'group')}${before ? ` (was ${before.groups})` : ''}` : '';
  return `${minutes}, longest ${count(a.longestMinutes, 'minute')}${groups}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
