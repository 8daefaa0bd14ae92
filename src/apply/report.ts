import type { ExecuteResult, Outcome } from './execute.ts';

/** One line per finished change, for logs and screen readers (no bar, no colour needed). */
export function outcomeLine(o: Outcome): string {
  const what = `${o.change.kind} ${o.change.id}`;
  switch (o.status) {
    case 'done': {
      const verb = o.change.action === 'create' ? (o.adopted ? 'adopted (an earlier attempt had created it)' : 'created')
        : o.change.action === 'update' ? 'updated' : 'deleted';
      return `${verb} ${what}${o.remoteId !== undefined ? ` (remote id ${o.remoteId})` : ''}`;
    }
    case 'failed':
      return `FAILED to ${o.change.action} ${what}: ${o.error}`;
    case 'skipped':
      return `skipped ${o.change.action} of ${what}: ${o.reason}`;
  }
}

/**
 * The closing summary: what was done, and after a partial failure what remains and how to finish it. After a 403 on
 * a write (`halted`), one message names the key instead of a line per change refused or never started.
 */
export function summarize(outcomes: readonly Outcome[], halted?: ExecuteResult['halted']): { text: string; ok: boolean } {
  const done = outcomes.filter((o) => o.status === 'done');
  const failed = outcomes.filter((o) => o.status === 'failed');
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  const count = (a: Outcome['change']['action']) => done.filter((o) => o.change.action === a).length;
  const lines = [`Apply: ${count('create')} created, ${count('update')} updated, ${count('delete')} deleted.`];
  if (halted) {
    const refused = failed.filter((o) => o.error.includes(`${halted.key} may not write`));
    const others = failed.filter((o) => !refused.includes(o));
    lines.push(`Stopped at the first refusal: ${halted.message}`);
    lines.push(`${plural(refused.length, 'change')} refused with HTTP 403, ${skipped.length} not attempted${others.length ? `, ${others.length} failed otherwise` : ''}.`);
    for (const o of others) lines.push(`  ${outcomeLine(o)}`);
    lines.push(`${done.length ? 'Everything counted above as created, updated or deleted is in place. ' : ''}Fix ${halted.key}, then run "vigil apply" again.`);
    return { text: `${lines.join('\n')}\n`, ok: false };
  }
  if (failed.length || skipped.length) {
    lines.push(`Not finished: ${failed.length} failed, ${skipped.length} not attempted because something they depend on failed.`);
    for (const o of [...failed, ...skipped]) lines.push(`  ${outcomeLine(o)}`);
    lines.push('Everything listed above as created, updated or deleted is in place. Run "vigil apply" again to converge.');
  }
  return { text: `${lines.join('\n')}\n`, ok: failed.length === 0 && skipped.length === 0 };
}

/** A one-line progress bar for terminals. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} changes`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
