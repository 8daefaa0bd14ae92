import { api } from '@pagerduty/pdjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagerDutyEmulator } from '../../src/sandbox/pagerduty/index.ts';
import type { Served } from './pagerduty-harness.ts';
import { serve, urlBuilder } from './pagerduty-harness.ts';

let served: Served;
let at: ReturnType<typeof urlBuilder>;
const pd = api({ token: 'paging-token' });
let teamId: string;
const names: string[] = [];

/** 60 services created out of name order, in mixed case; two of them on a team-owned policy. */
beforeAll(async () => {
  served = await serve(createPagerDutyEmulator());
  at = urlBuilder(served.base);
  const userId = (await pd.get('/users', at('/users'))).resource[0].id;
  teamId = (await pd.post('/teams', at('/teams', { team: { name: 'Search' } }))).data.team.id;
  const rules = [{ escalation_delay_in_minutes: 5, targets: [{ id: userId, type: 'user_reference' }] }];
  const plain = (await pd.post('/escalation_policies', at('/escalation_policies', { escalation_policy: { name: 'Plain', escalation_rules: rules } }))).data.escalation_policy.id;
  const owned = (await pd.post('/escalation_policies', at('/escalation_policies', {
    escalation_policy: { name: 'Search owned', escalation_rules: rules, teams: [{ id: teamId, type: 'team_reference' }] },
  }))).data.escalation_policy.id;
  for (let i = 0; i < 60; i++) {
    const n = (i * 37) % 60; // a permutation of 0..59
    const name = `${n % 2 === 0 ? 'svc' : 'SVC'}-${String(n).padStart(2, '0')}`;
    names.push(name);
    const ep = n < 2 ? owned : plain;
    const res = await pd.post('/services', at('/services', { service: { name, escalation_policy: { id: ep, type: 'escalation_policy_reference' } } }));
    expect(res.status).toBe(201);
  }
});
afterAll(() => served.close());

describe('classic pagination through pdjs', () => {
  it('all() follows `more` across three pages and returns every service once, in name order', async () => {
    const all = await pd.all('/services', at('/services', { limit: 25 }));
    expect(all.status).toBe(200);
    // `data` is one body per page; pdjs asked for offset 25 and 50 itself.
    expect(all.data.map((d: { offset: number; more: boolean; limit: number }) => [d.offset, d.more, d.limit]))
      .toEqual([[0, true, 25], [25, true, 25], [50, false, 25]]);
    const got = all.resource.map((s: { name: string }) => s.name);
    expect(got).toHaveLength(60);
    expect(new Set(all.resource.map((s: { id: string }) => s.id)).size).toBe(60);
    expect(got).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('reports total only when asked, and clamps limit to 100', async () => {
    const plain = await pd.get('/services', at('/services'));
    expect(plain.data).toMatchObject({ limit: 25, offset: 0, more: true, total: null });
    expect(plain.resource).toHaveLength(25);
    const counted = await pd.get('/services', at('/services', { total: true, limit: 500 }));
    expect(counted.data).toMatchObject({ limit: 100, total: 60, more: false });
    expect(counted.resource).toHaveLength(60);
  });

  it('filters by name substring (case-insensitive) and by team_ids[] through the policy', async () => {
    const byQuery = await pd.get('/services', at('/services', { query: 'svc-1', total: true }));
    expect(byQuery.data.total).toBe(10); // svc-10 … SVC-19, whatever their case
    const byTeam = await pd.get('/services', at('/services', { 'team_ids[]': [teamId] }));
    expect(byTeam.resource.map((s: { name: string }) => s.name)).toEqual(['svc-00', 'SVC-01']);
    expect(byTeam.resource[0].teams).toEqual([expect.objectContaining({ id: teamId, summary: 'Search' })]);
    const policies = await pd.get('/escalation_policies', at('/escalation_policies', { 'team_ids[]': [teamId] }));
    expect(policies.resource.map((p: { name: string }) => p.name)).toEqual(['Search owned']);
  });

  it('refuses offset + limit above 10,000 with 400 / 2001, and bad numbers too', async () => {
    const capped = await pd.get('/services', at('/services', { offset: 9990, limit: 25 }));
    expect(capped.status).toBe(400);
    expect(capped.data.error).toMatchObject({ message: 'Invalid Input Provided', code: 2001 });
    expect(capped.data.error.errors[0]).toContain('must not exceed 10000 (got 9990 + 25 = 10015)');
    const edge = await pd.get('/services', at('/services', { offset: 9975, limit: 25 }));
    expect(edge.status).toBe(200);
    expect(edge.data).toMatchObject({ services: [], more: false });
    const junk = await pd.get('/services', at('/services', { limit: 'ten' }));
    expect(junk.status).toBe(400);
    expect(junk.data.error.errors).toEqual(['"limit" must be a non-negative integer (got "ten").']);
  });
});
