// Ctrl-C during apply: the first one stops starting changes and lets those in flight finish, then says what was
// done; a second one stops at once. Either way a later "vigil apply" continues from what is live.
import type { Outcome } from '../apply/execute.ts';
import { outcomeLine } from '../apply/report.ts';
import type { ApplyTarget } from '../plan/remote.ts';
import type { Change } from '../plan/types.ts';

/** The error a change gets when Ctrl-C came before it started. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor() {
    super('not started: apply was interrupted');
  }
}

/**
 * Listens for SIGINT while apply runs, and wraps the apply target so that no change starts after it; calls already
 * running are left to finish. `say` writes to the terminal (stderr).
 */
export class Interruption {
  requested = false;
  /** Changes refused because Ctrl-C came first. */
  readonly refused = new Set<Change>();
  private active = 0;
  private readonly onSignal = () => {
    if (!this.requested) {
      this.requested = true;
      this.say(`\nInterrupted: starting no more changes; letting the ${this.active} in flight finish. Press Ctrl-C again to stop at once.\n`);
      return;
    }
    this.dispose();
    this.say('\nStopped at once. Changes that were in flight may or may not have been made. Run "vigil apply" again to continue: it plans from what is live now.\n');
    process.kill(process.pid, 'SIGINT'); // no handler left: Node's default, the process ends by the signal
  };

  constructor(private readonly say: (s: string) => void) {
    process.on('SIGINT', this.onSignal);
  }

  dispose(): void {
    process.removeListener('SIGINT', this.onSignal);
  }

  target(target: ApplyTarget): ApplyTarget {
    const run = async <T>(c: Change, call: () => Promise<T>): Promise<T> => {
      if (this.requested) {
        this.refused.add(c);
        throw new Interrupted();
      }
      this.active++;
      try {
        return await call();
      } finally {
        this.active--;
      }
    };
    return {
      create: (c, p, ids) => run(c, () => target.create(c, p, ids)),
      update: (c, p, ids) => run(c, () => target.update(c, p, ids)),
      delete: (c) => run(c, () => target.delete(c)),
      find: (c, ids) => run(c, () => target.find(c, ids)),
    };
  }
}

/**
 * What an interrupted apply did and did not do, and how to continue. A saved plan is partly applied now, so
 * "vigil apply --plan" would refuse it as stale: the way on is a fresh plan.
 */
export function interruptedReport(outcomes: readonly Outcome[], refused: ReadonlySet<Change>, savedPlan: boolean): string {
  const done = outcomes.filter((o) => o?.status === 'done');
  const notStarted = outcomes.filter((o) => o && (o.status === 'skipped' || (o.status === 'failed' && refused.has(o.change))));
  const failed = outcomes.filter((o) => o?.status === 'failed' && !refused.has(o.change));
  const count = (a: Change['action']) => done.filter((o) => o.change.action === a).length;
  const lines = [`Interrupted. Apply: ${count('create')} created, ${count('update')} updated, ${count('delete')} deleted before stopping.`];
  if (failed.length) {
    lines.push(`Failed: ${failed.length}.`);
    for (const o of failed) lines.push(`  ${outcomeLine(o)}`);
  }
  if (notStarted.length) {
    lines.push(`Not done: ${notStarted.length}.`);
    for (const o of notStarted) lines.push(`  ${o.change.action} ${o.change.kind} ${o.change.id}`);
  }
  lines.push('Everything listed as created, updated or deleted is in place.');
  lines.push(savedPlan
    ? 'The saved plan is now partly applied, so "vigil apply --plan" would refuse it as stale. Run "vigil plan" to review what is left, then "vigil apply" to continue.'
    : 'Run "vigil apply" again to continue: it plans from what is live now, and a create whose answer was lost is found by its logical id, not made twice.');
  return `${lines.join('\n')}\n`;
}
