import { describe, expect, it } from 'vitest';
import { planMismatches } from '../../src/apply/matches.ts';
import type { Change, Plan } from '../../src/plan/types.ts';

const plan = (changes: Change[]): Plan => ({ changes } as unknown as Plan);
const update = (id: string, name: string): Change => ({ action: 'update', kind: 'datadog.monitor', id, remoteId: 1, payload: { name } });

describe('a saved plan against a plan of the definitions', () => {
  it('matches when it makes the same changes, in any order', () => {
    expect(planMismatches(plan([update('a', 'A'), update('b', 'B')]), plan([update('b', 'B'), update('a', 'A')]))).toEqual([]);
  });

  it('names each change it adds, drops or makes differently', () => {
    const saved = plan([update('a', 'A (edited)'), update('extra', 'X'), { action: 'delete', kind: 'datadog.monitor', id: 'gone', remoteId: 9 }]);
    const fresh = plan([update('a', 'A'), update('b', 'B'), { action: 'delete', kind: 'datadog.monitor', id: 'gone', remoteId: 9 }]);
    expect(planMismatches(saved, fresh)).toEqual([
      'made differently in the saved plan: update datadog.monitor a',
      'only in the saved plan: update datadog.monitor extra',
      'missing from the saved plan: update datadog.monitor b',
    ]);
  });
});
