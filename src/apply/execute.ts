import { resolvePayload } from '../plan/references.ts';
import type { Change, Plan } from '../plan/types.ts';
import { PermissionError, ProviderError } from '../providers/errors.ts';
import { defaultSleep } from '../providers/http/rate-limiter.ts';
import { backoffDelay, RETRY } from '../providers/http/retry.ts';
import { prerequisites } from './schedule.ts';
import type { ApplyTarget } from '../plan/remote.ts';

export type Outcome =
  | { status: 'done'; change: Change; remoteId?: string | number; adopted?: boolean }
  | { status: 'failed'; change: Change; error: string }
  | { status: 'skipped'; change: Change; reason: string; halted?: boolean };

export interface ExecuteOptions {
  /** Changes in flight at once. The rate limiter paces them further. Default 8. */
  concurrency?: number;
  /**
   * Tries of a create whose request failed in a way worth retrying (429, 5xx, reset, timeout, lost answer), each
   * after looking the object up by its logical id. Default RETRY.attempts (providers/http/retry.ts). Updates and
   * deletes are idempotent: their transport retries them, and apply does not repeat that.
   */
  maxAttempts?: number;
  backoffMs?: number;
  onOutcome?: (outcome: Outcome, done: number, total: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface ExecuteResult {
  outcomes: Outcome[];
  /** Remote ids after the apply, including objects created by it. */
  remoteIds: Record<string, string | number>;
  /**
   * Set when a write was refused with 403: the key may not write, so every other change would fail the same way. The
   * apply stopped there; changes not started are `skipped` with `halted: true`.
   */
  halted?: { key: PermissionError['key']; message: string };
}

/**
 * Executes a plan's changes in dependency order with bounded concurrency. Safe to interrupt and re-run: a create
 * whose response was lost is found by its logical id before it is tried again, updates and deletes are idempotent,
 * and a change whose prerequisite failed is skipped, not attempted against a half-built graph.
 */
export async function executePlan(plan: Plan, target: ApplyTarget, options: ExecuteOptions = {}): Promise<ExecuteResult> {
  const changes = plan.changes;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const maxAttempts = options.maxAttempts ?? RETRY.attempts;
  const backoffMs = options.backoffMs ?? RETRY.backoffMs;
  const sleep = options.sleep ?? defaultSleep;
  const ids: Record<string, string | number> = { ...plan.remoteIds };
  const before = prerequisites(changes);
  const state: Array<'waiting' | 'running' | Outcome['status']> = changes.map(() => 'waiting');
  const outcomes: Outcome[] = new Array(changes.length);
  let finished = 0;
  let halted: ExecuteResult['halted'];

  const record = (i: number, outcome: Outcome) => {
    outcomes[i] = outcome;
    state[i] = outcome.status;
    finished++;
    options.onOutcome?.(outcome, finished, changes.length);
  };

  const runOne = async (change: Change): Promise<Outcome> => {
    let payload = change.payload;
    if (payload) {
      const resolved = resolvePayload(payload, ids);
      if (resolved.missing.length) return { status: 'failed', change, error: `refers to ${resolved.missing.map((m) => `"${m}"`).join(', ')}, which does not exist remotely` };
      payload = resolved.payload;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        if (change.action === 'delete') {
          await target.delete(change);
          return { status: 'done', change, ...(change.remoteId !== undefined ? { remoteId: change.remoteId } : {}) };
        }
        if (change.action === 'update') {
          const r = await target.update(change, payload!, ids);
          return { status: 'done', change, remoteId: r.remoteId };
        }
        if (attempt > 1) {
          // The earlier attempt may have landed with its answer lost: adopt it rather than create a duplicate.
          const found = await target.find(change, ids);
          if (found.length > 0) {
            const existing = found.sort((a, b) => String(a.remoteId).localeCompare(String(b.remoteId), 'en', { numeric: true }))[0]!;
            ids[change.id] = existing.remoteId;
            const r = await target.update({ ...change, action: 'update', remoteId: existing.remoteId }, payload!, ids);
            return { status: 'done', change, remoteId: r.remoteId, adopted: true };
          }
        }
        const r = await target.create(change, payload!, ids);
        ids[change.id] = r.remoteId;
        return { status: 'done', change, remoteId: r.remoteId };
      } catch (err) {
        if (err instanceof PermissionError) {
          halted ??= { key: err.key, message: err.message };
          return { status: 'failed', change, error: err.message };
        }
        // Only a create is tried again here (see providers/http/retry.ts): the transport sends a POST once, while it
        // has already retried an update's or a delete's idempotent request as often as the policy allows.
        const retryable = change.action === 'create' && err instanceof ProviderError && err.retryable;
        if (!retryable || attempt >= maxAttempts) {
          return { status: 'failed', change, error: err instanceof Error ? err.message : String(err) };
        }
        await sleep(backoffDelay(attempt, backoffMs));
      }
    }
  };

  await new Promise<void>((resolveAll) => {
    let running = 0;
    const pump = () => {
      if (halted) {
        // A key that may not write: nothing else is started; what is in flight finishes.
        for (let i = 0; i < changes.length; i++) {
          if (state[i] === 'waiting') record(i, { status: 'skipped', change: changes[i]!, reason: `not attempted: ${halted.key} may not write`, halted: true });
        }
      }
      // Skipping one change can unblock the decision for another, so sweep until nothing more is skipped.
      for (let skipped = true; skipped; ) {
        skipped = false;
        for (let i = 0; i < changes.length; i++) {
          if (state[i] !== 'waiting') continue;
          const blocked = before[i]!.find((j) => state[j] === 'failed' || state[j] === 'skipped');
          if (blocked === undefined) continue;
          record(i, { status: 'skipped', change: changes[i]!, reason: `${changes[blocked]!.action} of "${changes[blocked]!.id}" did not succeed` });
          skipped = true;
        }
      }
      for (let i = 0; i < changes.length && running < concurrency; i++) {
        if (state[i] !== 'waiting') continue;
        const prereq = before[i]!;
        if (prereq.some((j) => state[j] !== 'done')) continue;
        state[i] = 'running';
        running++;
        void runOne(changes[i]!).then((outcome) => {
          running--;
          record(i, outcome);
          pump();
        });
      }
      if (finished === changes.length) resolveAll();
    };
    pump();
  });
  return { outcomes, remoteIds: ids, ...(halted ? { halted } : {}) };
}
