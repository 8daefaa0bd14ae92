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

describe('a notification rule create answer\'s modified_at', () => {
  const rec = { data: { attributes: { modified_at: '1970-01-01T00:00:00+00:00' } } };
  const act = { data: { attributes: { modified_at: '2026-01-02T03:04:05.123456+00:00' } } };

  it('is forgiven as the epoch in an answer recorded before the server wrote the stored time (2025-11)', () => {
    const res = compareBodies(rec, act, ids(), Date.parse('2025-11-11T21:28:39Z'));
    expect(res.problems).toEqual([]);
    expect([...res.tolerated].join()).toMatch(/epoch/);
  });

  it('must be a stored time once the server wrote it (2026-08)', () => {
    expect(compareBodies(rec, act, ids(), Date.parse('2026-08-17T21:40:51Z')).problems).toHaveLength(1);
  });
});

describe('keys the server added later', () => {
  it('forgives an included user\'s uuid before 2026-08 only', () => {
    const rec = { included: [{ type: 'users', attributes: { name: 'a' } }] };
    const act = { included: [{ type: 'users', attributes: { uuid: 'u', name: 'a' } }] };
    expect(compareBodies(rec, act, ids(), Date.parse('2025-05-29T00:00:00Z')).problems).toEqual([]);
    expect(compareBodies(rec, act, ids(), Date.parse('2026-08-17T00:00:00Z')).problems).not.toEqual([]);
  });

  it('forgives an SLO correction\'s created_at, modified_at, rrule, duration and modifier before 2022-05 only', () => {
    const rec = { data: { type: 'correction', attributes: { category: 'Other' } } };
    const act = { data: { type: 'correction', attributes: { category: 'Other', created_at: null, modified_at: null, rrule: null, duration: null, modifier: null } } };
    expect(compareBodies(rec, act, ids(), Date.parse('2021-04-22T08:00:04Z')).problems).toEqual([]);
    expect(compareBodies(rec, act, ids(), Date.parse('2023-11-24T08:04:37Z')).problems).toHaveLength(5);
  });
});

describe('downtime schedule answers', () => {
  const at = Date.parse('2025-09-23T09:22:21Z');
  const answer = (attributes: object) => ({ data: { type: 'downtime', attributes } });

  it('compares monitor tags as a set, but not their number', () => {
    const res = compareBodies(answer({ monitor_identifier: { monitor_tags: ['mat:sat', 'cat:hat'] } }), answer({ monitor_identifier: { monitor_tags: ['cat:hat', 'mat:sat'] } }), ids(), at);
    expect(res.problems).toEqual([]);
    expect([...res.tolerated].join()).toMatch(/monitor tags/);
    expect(compareBodies(answer({ monitor_identifier: { monitor_tags: ['cat:hat'] } }), answer({ monitor_identifier: { monitor_tags: ['cat:hat', 'mat:sat'] } }), ids(), at).problems).not.toEqual([]);
  });

  it('gives current_downtime times taken from the server clock five minutes of slack, and no more', () => {
    const recorded = answer({ schedule: { current_downtime: { start: '2025-09-23T09:22:35+00:00', end: '2025-09-24T09:22:35+00:00' } } });
    const near = answer({ schedule: { current_downtime: { start: '2025-09-23T09:22:22+00:00', end: '2025-09-24T09:22:22+00:00' } } });
    expect(compareBodies(recorded, near, ids(), at).problems).toEqual([]);
    const far = answer({ schedule: { current_downtime: { start: '2025-09-23T10:22:35+00:00', end: '2025-09-24T10:22:35+00:00' } } });
    expect(compareBodies(recorded, far, ids(), at).problems).toHaveLength(2);
  });

  it('forgives an occurrence after 2037 placed an hour apart (no daylight saving in the server\'s zone table), not before', () => {
    const late = compareBodies(answer({ schedule: { current_downtime: { start: '2042-07-13T06:02:03+00:00' } } }), answer({ schedule: { current_downtime: { start: '2042-07-13T05:02:03+00:00' } } }), ids(), at);
    expect(late.problems).toEqual([]);
    expect([...late.tolerated].join()).toMatch(/after 2037/);
    const early = compareBodies(answer({ schedule: { current_downtime: { start: '2030-07-13T06:02:03+00:00' } } }), answer({ schedule: { current_downtime: { start: '2030-07-13T05:02:03+00:00' } } }), ids(), at);
    expect(early.problems).toHaveLength(1);
  });
});
