// Monitor endpoints driven by the official Datadog client over loopback HTTP.
import { client, v1 } from '@datadog/datadog-api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, logMonitor, raw, startHarness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

async function apiError(p: Promise<unknown>): Promise<{ code: number; errors: string[] }> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof client.ApiException)) throw err;
    const body = err.body as { errors?: string[] };
    return { code: err.code, errors: body.errors ?? [] };
  }
  throw new Error('expected the call to fail');
}

describe('create and get', () => {
  it('normalizes like the real API: type, defaults, multi, server fields', async () => {
    const created = await h.monitors.createMonitor({
      body: { name: 'cpu', type: 'metric alert', query: 'avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90', message: 'm', options: { thresholds: { critical: 90, warning: 80 } } },
    });
    // A metric alert on a rolling window keeps its type (TestAccDatadogMonitor_ComposeWithSyntheticsTest, 2025-12).
    expect(created.type).toBe('metric alert');
    expect(created.multi).toBe(true);
    expect(created.tags).toEqual([]);
    expect(created.priority).toBeNull();
    expect(created.overallState).toBe('No Data');
    expect(created.options?.notifyNoData).toBe(false);
    expect(created.options?.newHostDelay).toBe(300);
    expect(created.options?.includeTags).toBe(true);
    expect(created.options?.silenced).toEqual({});
    expect(created.creator?.handle).toBeTruthy();
    const got = await h.monitors.getMonitor({ monitorId: created.id as number });
    expect(got.name).toBe('cpu');
    expect(got.additionalProperties?.['restriction_policy']).toBeUndefined(); // only the create answer has it
  });

  it('stores the type the 2026 server stores', async () => {
    const create = (type: v1.MonitorType, query: string) =>
      h.monitors.createMonitor({ body: { name: 't', type, query, message: 'm', options: { thresholds: { critical: 0.5 } } } });
    // A calendar-month window turns a metric alert into a query alert (Monitors__Create-a-metric-monitor, 2023;
    // TestAccDatadogMonitor_SchedulingOptions, 2026) ...
    expect((await create('metric alert', 'avg(current_1mo):avg:system.load.5{*} > 0.5')).type).toBe('query alert');
    // ... a formula turns a query alert into a metric alert (TestAccDatadogMonitor_AggregateAugmentedQuery, 2026) ...
    expect((await create('query alert', 'formula("query1").last("5m") > 0.5')).type).toBe('metric alert');
    // ... and a classic query alert stays one (TestAccDatadogMonitor_WithRestrictionPolicy, 2026).
    expect((await create('query alert', 'avg(last_1h):avg:system.load.5{*} > 0.5')).type).toBe('query alert');
  });

  it('writes times in the real formats', async () => {
    const res = await raw(h.sandbox.datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify(logMonitor('times')));
    const body = res.json as Record<string, unknown>;
    expect(body['created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect(String(body['created_at'])).toMatch(/^\d{13}$/);
    expect(body['deleted']).toBeNull();
  });

  it('rejects a bad query, a threshold that disagrees with the query, and a warning without critical', async () => {
    const bad = await apiError(h.monitors.createMonitor({ body: { type: 'log alert', query: 'query' } }));
    expect(bad).toEqual({ code: 400, errors: ["The value provided for parameter 'query' is invalid: invalid operator specified: "] });
    const mismatch = await apiError(h.monitors.createMonitor({
      body: { type: 'metric alert', query: 'avg(last_1h):sum:system.net.bytes_rcvd{host:host0} > 200', options: { thresholds: { critical: 90 } } },
    }));
    expect(mismatch.errors).toEqual(['Alert threshold (90.0) does not match that used in the query (200.0).']);
    const noCritical = await apiError(h.monitors.validateMonitor({ body: logMonitor('w', { options: { thresholds: { warning: 1 } } }) }));
    expect(noCritical.errors).toEqual(['Alert status is required.']);
    const order = await apiError(h.monitors.validateMonitor({ body: logMonitor('o', { options: { thresholds: { critical: 2, warning: 3 } } }) }));
    expect(order.code).toBe(400);
  });

  it('creates a nested-query monitor as shipped, grouped per outer group, and refuses an outer group the inner lacks', async () => {
    // Datadog's SQL Server "Availability group failover detected", with the spaces its group list ships with.
    const query = 'max(last_5m):sum(max:sqlserver.ao.replica_status{replica_role:primary} by {replica_server_name,availability_group_name}.rollup(max, 60), { availability_group_name }) > 1';
    const created = await h.monitors.createMonitor({ body: { name: 'failover', type: 'query alert', query, message: 'm', options: { thresholds: { critical: 1 } } } });
    expect(created.query).toBe(query);
    expect(created.multi).toBe(true);
    const bad = await apiError(h.monitors.createMonitor({
      body: { name: 'failover', type: 'query alert', query: query.replace('{ availability_group_name }', '{ host }'), message: 'm', options: { thresholds: { critical: 1 } } },
    }));
    expect(bad.code).toBe(400);
    expect(bad.errors[0]).toMatch(/^The value provided for parameter 'query' is invalid: "sum\(" groups by "host", which the query inside it is not grouped by .* \(at character 140\)$/);
  });

  it('answers 404 "Monitor not found" for unknown ids', async () => {
    expect(await apiError(h.monitors.getMonitor({ monitorId: 12345 }))).toEqual({ code: 404, errors: ['Monitor not found'] });
  });
});

describe('option defaults by monitor kind', () => {
  async function create(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const res = await raw(h.sandbox.datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify(body));
    expect(res.status).toBe(200);
    return (res.json as { options: Record<string, unknown> }).options;
  }

  it('gives an error-tracking monitor "groupby_simple_monitor: false", as log-based monitors get', async () => {
    const options = await create({
      name: 'et', type: 'error-tracking alert', message: 'm', options: { thresholds: { critical: 1 } },
      query: 'error-tracking-rum("service:foo").rollup("count").by("@issue.id").last("1h") >= 1',
    });
    expect(options['groupby_simple_monitor']).toBe(false);
  });

  it('does not default "notify_no_data" on a monitor with a custom schedule, but fills the other defaults', async () => {
    const scheduling = { custom_schedule: { recurrences: [{ rrule: 'FREQ=DAILY;INTERVAL=1', start: '2024-10-26T09:13:00', timezone: 'America/Los_Angeles' }] } };
    const options = await create({
      name: 'sched', type: 'query alert', message: 'm', query: 'avg(current_1mo):avg:system.load.5{*} > 0.5',
      options: { thresholds: { critical: 0.5 }, scheduling_options: scheduling },
    });
    expect('notify_no_data' in options).toBe(false);
    expect(options).toMatchObject({ notify_audit: false, new_host_delay: 300, include_tags: true, silenced: {} });
    // Without the custom schedule the default is back.
    const plain = await create({ name: 'plain', type: 'query alert', message: 'm', query: 'avg(last_5m):avg:system.load.5{*} > 0.5', options: { thresholds: { critical: 0.5 } } });
    expect(plain['notify_no_data']).toBe(false);
  });

  it('stores a muted scope sent with end 0 as muted until unmuted (end null)', async () => {
    const options = await create({
      name: 'muted', type: 'query alert', message: 'm', query: 'avg(last_5m):avg:system.load.5{*} > 0.5',
      options: { thresholds: { critical: 0.5 }, silenced: { '*': 0, 'host:a': 1700000000 } },
    });
    expect(options['silenced']).toEqual({ '*': null, 'host:a': 1700000000 });
  });
});

describe('update (PUT)', () => {
  it('replaces options wholesale, keeps unsent top-level fields, drops creator', async () => {
    const m = await h.monitors.createMonitor({
      body: logMonitor('put', { priority: 3, options: { thresholds: { critical: 2, warning: 1 }, evaluationDelay: 700, renotifyInterval: 60, newHostDelay: 600 } }),
    });
    const res = await raw(h.sandbox.datadogUrl, 'PUT', `/api/v1/monitor/${m.id}`, JSON.stringify({
      name: 'put-updated',
      options: { evaluation_delay: null, new_group_delay: 600, new_host_delay: null, thresholds: { critical: 2, warning: null } },
      priority: null,
    }));
    expect(res.status).toBe(200);
    const body = res.json as Record<string, unknown>;
    // OBSERVED (Edit-a-monitor recording): unsent options gone, defaults back, explicit nulls kept, warning removed.
    expect(body['options']).toEqual({
      evaluation_delay: null, new_group_delay: 600, new_host_delay: null, thresholds: { critical: 2 },
      notify_no_data: false, notify_audit: false, include_tags: true, groupby_simple_monitor: false, silenced: {},
    });
    expect(body['creator']).toBeUndefined();
    expect(body['priority']).toBeNull();
    expect(body['message']).toBe(m.message);
    expect(body['tags']).toEqual(m.tags);
    expect(body['modified']).not.toBeUndefined();
    const after = await h.monitors.getMonitor({ monitorId: m.id as number });
    expect(after.name).toBe('put-updated');
    expect(after.creator).toBeDefined();
  });

  it('keeps options when the body has none', async () => {
    const m = await h.monitors.createMonitor({ body: logMonitor('keep') });
    const updated = await h.monitors.updateMonitor({ monitorId: m.id as number, body: { name: 'keep2' } });
    expect(updated.options?.thresholds?.critical).toBe(2);
    expect(updated.options?.thresholds?.warning).toBe(1);
  });

  it('answers 404 before looking at the body', async () => {
    const res = await raw(h.sandbox.datadogUrl, 'PUT', '/api/v1/monitor/0', '{"name":"x"}');
    expect(res.status).toBe(404);
  });
});

describe('list', () => {
  let ids: number[];
  beforeAll(async () => {
    ids = [];
    for (let i = 0; i < 7; i++) {
      const tags = ['managed-by:vigil', `team:${i % 2 === 0 ? 'a' : 'b'}`, 'pager:list'];
      ids.push((await h.monitors.createMonitor({ body: logMonitor(`list-${i}`, { tags }) })).id as number);
    }
  });

  it('paginates with the client helper, sorted by id', async () => {
    const seen: number[] = [];
    for await (const m of h.monitors.listMonitorsWithPagination({ pageSize: 2, monitorTags: 'pager:list' })) seen.push(m.id as number);
    expect(seen).toEqual(ids);
  });

  it('returns everything without page, and refuses page_size above 1000', async () => {
    const all = await h.monitors.listMonitors({ monitorTags: 'pager:list' });
    expect(all.map((m) => m.id)).toEqual(ids);
    expect(all[0]?.matchingDowntimes).toEqual([]);
    expect((await apiError(h.monitors.listMonitors({ page: 0, pageSize: 1001 }))).code).toBe(400);
    expect((await h.monitors.listMonitors({ page: 0, pageSize: 1000 })).length).toBeGreaterThanOrEqual(7);
  });

  it('filters by monitor tags (all required), name, id_offset and group_states', async () => {
    const teamA = await h.monitors.listMonitors({ monitorTags: 'pager:list,team:a' });
    expect(teamA.map((m) => m.name)).toEqual(['list-0', 'list-2', 'list-4', 'list-6']);
    expect((await h.monitors.listMonitors({ name: 'LIST-3' })).map((m) => m.id)).toEqual([ids[3]]);
    expect((await h.monitors.listMonitors({ monitorTags: 'pager:list', idOffset: ids[4] })).map((m) => m.id)).toEqual(ids.slice(5));
    expect(await apiError(h.monitors.listMonitors({ groupStates: 'notagroupstate' }))).toEqual({ code: 400, errors: ['Invalid group_state filters.'] });
    expect((await h.monitors.listMonitors({ groupStates: 'alert,warn', monitorTags: 'pager:list' })).length).toBe(7);
  });

  it('filters by scope tags of the query', async () => {
    const m = await h.monitors.createMonitor({ body: { type: 'query alert', query: 'avg(last_5m):avg:system.load.1{env:scope-test,host:a} > 3', name: 'scoped' } });
    expect((await h.monitors.listMonitors({ tags: 'env:scope-test' })).map((x) => x.id)).toEqual([m.id]);
  });
});

describe('delete and references', () => {
  it('refuses while a composite or an SLO references the monitor, unless forced', async () => {
    const a = await h.monitors.createMonitor({ body: logMonitor('ref-a') });
    const b = await h.monitors.createMonitor({ body: logMonitor('ref-b') });
    const composite = await h.monitors.createMonitor({ body: { name: 'both', type: 'composite', query: `${a.id} && ${b.id}` } });
    const slo = await h.slos.createSLO({ body: { name: 'uptime', type: 'monitor', monitorIds: [b.id as number], thresholds: [{ target: 99, timeframe: '7d' }] } });

    const refusedA = await apiError(h.monitors.deleteMonitor({ monitorId: a.id as number }));
    expect(refusedA).toEqual({ code: 400, errors: [`monitor [${a.id},ref-a] is referenced in composite monitors: [${composite.id},both]`] });
    const refusedB = await apiError(h.monitors.deleteMonitor({ monitorId: b.id as number }));
    expect(refusedB.errors).toEqual([
      `monitor [${b.id},ref-b] is referenced in slos: [${slo.data?.[0]?.id},uptime]`,
      `monitor [${b.id},ref-b] is referenced in composite monitors: [${composite.id},both]`,
    ]);
    const check = await raw(h.sandbox.datadogUrl, 'GET', `/api/v1/monitor/can_delete?monitor_ids=${a.id},${composite.id}`);
    expect(check.status).toBe(409);
    expect(check.json).toEqual({ data: { ok: [composite.id] }, errors: { [String(a.id)]: refusedA.errors } });

    await h.monitors.deleteMonitor({ monitorId: composite.id as number });
    expect(await h.monitors.deleteMonitor({ monitorId: a.id as number })).toEqual({ deletedMonitorId: a.id });
    expect((await h.monitors.deleteMonitor({ monitorId: b.id as number, force: 'true' })).deletedMonitorId).toBe(b.id);
    expect((await apiError(h.monitors.deleteMonitor({ monitorId: b.id as number }))).code).toBe(404);
  });

  it('can_delete needs ids', async () => {
    expect(await apiError(h.monitors.checkCanDeleteMonitor({ monitorIds: [] }))).toEqual({ code: 400, errors: ['monitor_ids are required'] });
  });

  it('refuses a composite naming a monitor that does not exist', async () => {
    expect((await apiError(h.monitors.createMonitor({ body: { type: 'composite', query: '1 && 2', name: 'ghost' } }))).code).toBe(400);
  });
});

describe('validate and search', () => {
  it('validates new and existing monitors', async () => {
    expect(await h.monitors.validateMonitor({ body: logMonitor('v') })).toEqual({});
    const m = await h.monitors.createMonitor({ body: logMonitor('v2') });
    expect(await h.monitors.validateExistingMonitor({ monitorId: m.id as number, body: logMonitor('v2') })).toEqual({});
    expect((await apiError(h.monitors.validateExistingMonitor({ monitorId: 1, body: logMonitor('v3') }))).code).toBe(404);
  });

  it('searches with counts and metadata', async () => {
    await h.monitors.createMonitor({ body: logMonitor('searchable one', { tags: ['search:yes'] }) });
    await h.monitors.createMonitor({ body: logMonitor('searchable two', { tags: ['search:yes'] }) });
    const res = await h.monitors.searchMonitors({ query: 'tag:"search:yes" searchable', perPage: 1, sort: 'name,desc' });
    expect(res.metadata).toMatchObject({ totalCount: 2, pageCount: 2, page: 0, perPage: 1 });
    expect(res.monitors?.map((m) => m.name)).toEqual(['searchable two']);
    expect(res.counts?.tag).toContainEqual(expect.objectContaining({ count: 2, name: 'search:yes' }));
    expect(await apiError(h.monitors.searchMonitors({ query: 'status:notastatus' })))
      .toEqual({ code: 400, errors: ["Query parsing error: 'notastatus' is not a valid monitor status"] });
    expect((await h.monitors.searchMonitorGroups({})).groups).toEqual([]);
  });
});

describe('the PagerDuty integration service objects', () => {
  it('creates, reads, updates and deletes without ever returning the key', async () => {
    const api = new v1.PagerDutyIntegrationApi(h.config);
    const created = await raw(h.sandbox.datadogUrl, 'POST', '/api/v1/integration/pagerduty/configuration/services',
      JSON.stringify({ service_name: 'payments', service_key: 'secret-integration-key' }));
    expect(created.status).toBe(201);
    expect(created.text).not.toContain('secret-integration-key');
    const got = await api.getPagerDutyIntegrationService({ serviceName: 'payments' });
    expect(got).toEqual({ serviceName: 'payments' });
    await api.updatePagerDutyIntegrationService({ serviceName: 'payments', body: { serviceKey: 'another' } });
    await api.deletePagerDutyIntegrationService({ serviceName: 'payments' });
    expect((await apiError(api.getPagerDutyIntegrationService({ serviceName: 'payments' }))).code).toBe(404);
  });

  it('answers /api/v1/validate with the API key alone', async () => {
    const res = await raw(h.sandbox.datadogUrl, 'GET', '/api/v1/validate', undefined, { 'dd-application-key': '' });
    expect(res.json).toEqual({ valid: true });
  });
});
