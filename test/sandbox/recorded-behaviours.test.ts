// Sandbox behaviours shown by recorded Datadog traffic, driven over HTTP with small hand-written bodies: a downtime
// scope term without a key, an SLO's can_delete answer, corrections outliving their SLO, a notification rule's create
// answer, a team's PATCH and a team notification rule update addressed to another rule.
import { afterEach, describe, expect, it } from 'vitest';
import { scopeError } from '../../src/sandbox/datadog/downtimes-v2.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { raw } from './helpers.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function api() {
  sandbox = await startSandbox({ port: 0, datadog: { seedData: false } });
  const base = sandbox.datadogUrl;
  return async (method: string, path: string, body?: unknown) => {
    const r = await raw(base, method, path, body === undefined ? undefined : JSON.stringify(body));
    return { status: r.status, type: r.headers.get('content-type'), body: r.json as any }; // the tests read answers field by field
  };
}

const slo = { name: 'checkout', type: 'metric', thresholds: [{ timeframe: '7d', target: 99 }], query: { numerator: 'sum:a{ok:1}.as_count()', denominator: 'sum:a{*}.as_count()' } };

describe('sandbox: behaviours seen in recorded traffic', () => {
  it('refuses a downtime scope term without a key, and accepts keyed, grouped, quoted and wildcard terms', async () => {
    expect(scopeError('NOKEYHERE')).toBe('All values must have a key');
    expect(scopeError('env:prod AND NOT host')).toBe('All values must have a key');
    for (const ok of ['*', 'env:prod', 'env:prod AND !host:a', 'env:(prod OR staging)', '(env:prod OR env:dev) AND -team:x', 'host:"a b"']) {
      expect(scopeError(ok), ok).toBeUndefined();
    }
    const call = await api();
    const sent = (scope: string) => ({ data: { type: 'downtime', attributes: { scope, monitor_identifier: { monitor_tags: ['team:a'] }, schedule: { start: null } } } });
    const refused = await call('POST', '/api/v2/downtime', sent('NOKEY'));
    expect(refused).toMatchObject({ status: 400, body: { errors: ['All values must have a key'] } });
    const made = await call('POST', '/api/v2/downtime', sent('env:prod'));
    expect(made.status).toBe(200);
    const patched = await call('PATCH', `/api/v2/downtime/${made.body.data.id}`, { data: { type: 'downtime', attributes: { scope: 'oops' } } });
    expect(patched).toMatchObject({ status: 400, body: { errors: ['All values must have a key'] } });
  });

  it('answers SLO can_delete with the deletable ids in ok and the others in denied_ids', async () => {
    const call = await api();
    const id = (await call('POST', '/api/v1/slo', slo)).body.data[0].id;
    expect(await call('GET', `/api/v1/slo/can_delete?ids=${id}`)).toMatchObject({ status: 200, body: { data: { ok: [id], denied_ids: [] }, errors: null } });
  });

  it('leaves an SLO\'s corrections in place when the SLO is deleted: the correction is still deleted with 204', async () => {
    const call = await api();
    const sloId = (await call('POST', '/api/v1/slo', slo)).body.data[0].id;
    const correction = await call('POST', '/api/v1/slo/correction', { data: { type: 'correction', attributes: { slo_id: sloId, start: 1700000000, end: 1700003600, category: 'Other', timezone: 'UTC' } } });
    expect(correction.status).toBe(200);
    expect((await call('DELETE', `/api/v1/slo/${sloId}`)).status).toBe(200);
    expect((await call('DELETE', `/api/v1/slo/correction/${correction.body.data.id}`)).status).toBe(204);
  });

  it('answers a notification rule create with the stored modified_at and the creating user\'s uuid', async () => {
    const call = await api();
    const made = await call('POST', '/api/v2/monitor/notification_rule', { data: { type: 'monitor-notification-rule', attributes: { name: 'r', filter: { tags: ['team:a'] }, recipients: ['slack-a'] } } });
    expect(made.status).toBe(200);
    const { created_at, modified_at } = made.body.data.attributes;
    expect(modified_at).not.toBe('1970-01-01T00:00:00+00:00');
    expect(Date.parse(modified_at)).toBeGreaterThanOrEqual(Date.parse(created_at));
    expect(made.body.included[0].attributes.uuid).toBe(made.body.included[0].id);
    const read = await call('GET', `/api/v2/monitor/notification_rule/${made.body.data.id}`);
    expect(read.body.data.attributes.modified_at).toBe(modified_at);
  });

  it('updates a team with PATCH: changed attributes, the others kept, a new modified_at; unknown ids are 404', async () => {
    const call = await api();
    const team = (await call('POST', '/api/v2/team', { data: { type: 'team', attributes: { handle: 'pay', name: 'Payments' } } })).body.data;
    const patched = await call('PATCH', `/api/v2/team/${team.id}`, { data: { type: 'team', attributes: { handle: 'pay', name: 'Payments team' } } });
    expect(patched.status).toBe(200);
    expect(patched.body.data.attributes).toMatchObject({ name: 'Payments team', handle: 'pay', created_at: team.attributes.created_at });
    expect((await call('GET', `/api/v2/team/${team.id}`)).body.data.attributes.name).toBe('Payments team');
    const other = (await call('POST', '/api/v2/team', { data: { type: 'team', attributes: { handle: 'ops', name: 'Ops' } } })).body.data;
    expect((await call('PATCH', `/api/v2/team/${other.id}`, { data: { type: 'team', attributes: { handle: 'pay' } } })).status).toBe(409);
    expect((await call('PATCH', '/api/v2/team/00000000-0000-0000-0000-000000000000', { data: { type: 'team', attributes: { name: 'x' } } })).status).toBe(404);
  });

  it('refuses with 409 a team notification rule update addressed to a rule id other than the team\'s own', async () => {
    const call = await api();
    const team = (await call('POST', '/api/v2/team', { data: { type: 'team', attributes: { handle: 'pay', name: 'Payments' } } })).body.data;
    const path = `/api/v2/team/${team.id}/notification-rules`;
    const rule = { data: { type: 'team_notification_rules', attributes: { email: { enabled: true } } } };
    const other = '11111111-2222-3333-4444-555555555555';
    expect((await call('PUT', `${path}/${other}`, rule)).status).toBe(404); // the team holds no rule yet
    expect((await call('POST', path, rule)).status).toBe(201);
    expect(await call('PUT', `${path}/${other}`, rule)).toMatchObject({
      status: 409, body: { errors: [{ status: '409', title: 'Conflict', detail: 'rule id does not match with team\'s rule id' }] },
    });
  });
});
