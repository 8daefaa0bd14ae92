// The replay's tolerances are dated: a key the server added later is forgiven only in answers recorded before every
// organisation's answers carried it, never after, so a sandbox that drops the key still fails on a recent recording.
import { describe, expect, it } from 'vitest';
import { IdMap, compareBodies } from './sandbox-compare.ts';

const ids = () => new IdMap('https://api.datadoghq.com', 'http://127.0.0.1:1');
const recorded = { name: 'm', type: 'query alert' };
const sandbox = { name: 'm', type: 'query alert', draft_status: 'published' };

describe('draft_status in monitor answers', () => {
  it('is forgiven in an answer recorded while some organisations still lacked it (2025-06)', () => {
    const res = compareBodies(recorded, sandbox, ids(), Date.parse('2025-06-06T15:01:09Z'));
    expect(res.problems).toEqual([]);
    expect([...res.tolerated].join()).toMatch(/draft_status/);
  });

  it('is required in an answer recorded once every organisation carried it (2025-12)', () => {
    const res = compareBodies(recorded, sandbox, ids(), Date.parse('2025-12-11T15:09:21Z'));
    expect(res.problems).toEqual(['(root): unexpected key "draft_status"']);
  });
});
