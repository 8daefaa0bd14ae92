import { describe, expect, it } from 'vitest';
import { deleteLimitReason, deleteShare, shrinkGuardReason } from '../../src/plan/delete-guard.ts';
import type { Change, Plan } from '../../src/plan/types.ts';

/** A plan that deletes `deletes` of `owned` owned objects (the rest unchanged). */
function plan(deletes: number, owned: number): Plan {
  const ids = Array.from({ length: owned }, (_, i) => `m${i}`);
  const changes: Change[] = ids.slice(0, deletes).map((id, i) => ({ action: 'delete', kind: 'datadog.monitor', id, remoteId: i + 1 }) as Change);
  return { changes, remoteVersions: Object.fromEntries(ids.map((id) => [id, 'v1'])) } as unknown as Plan;
}

describe('the delete guard', () => {
  it('measures the share of owned objects a plan deletes', () => {
    expect(deleteShare(plan(3, 12))).toEqual({ deletes: 3, owned: 12, percent: 25 });
    expect(deleteShare(plan(0, 0)).percent).toBe(100);
  });

  it('refuses a share above the limit and names both figures, and allows one at the limit', () => {
    expect(deleteLimitReason(plan(6, 10), 50)).toMatch(/deletes 6 of 10 owned objects \(60%\), more than --max-delete-percent 50/);
    expect(deleteLimitReason(plan(5, 10), 50)).toBeUndefined();
    expect(deleteLimitReason(plan(0, 0), 0)).toBeUndefined();
  });

  it('withholds deletes after skipped files only when the share is above the limit', () => {
    const skipped = { skippedFiles: [{ file: 'a.js', reason: 'not loaded' }] };
    expect(shrinkGuardReason(plan(6, 10), skipped, 50)).toMatch(/1 definition file was skipped \(a\.js\)/);
    expect(shrinkGuardReason(plan(5, 10), skipped, 50)).toBeUndefined();
    expect(shrinkGuardReason(plan(6, 10), { skippedFiles: [] }, 50)).toBeUndefined();
  });
});
