// The 2026 server behaviours the replay of ../shared/reality taught the sandbox, checked without the recordings (a
// fresh clone has none). Each case names the recording that showed the behaviour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, raw, startHarness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => Date.parse('2026-03-27T04:11:13Z') });
});
afterAll(() => h.sandbox.close());

const call = (method: string, path: string, body?: unknown) => raw(h.sandbox.datadogUrl, method, path, body === undefined ? undefined : JSON.stringify(body));
type Json = Record<string, unknown>;

const metricMonitor = {
  name: '  cpu  ', type: 'query alert', message: 'some message @slack-ops\n',
  query: ' avg(last_1h):avg:aws.ec2.cpu{environment:foo} by {host} > 2 ',
  options: { thresholds: { critical: 2, warning: 1 } }, tags: [],
};

describe('monitors', () => {
  it('writes thresholds as floats, and a service check\'s as integers (TestAccDatadogMonitor_Basic, _ServiceCheck_Basic)', async () => {
    const created = await call('POST', '/api/v1/monitor', metricMonitor);
    expect(created.text).toContain('"thresholds":{"critical":2.0,"warning":1.0}');
    const check = await call('POST', '/api/v1/monitor', {
      name: 'check', type: 'service check', message: 'm', query: '"custom.check".over("*").by("host").last(2).count_by_status()',
      options: { thresholds: { critical: 1, ok: 1, warning: 1 } },
    });
    expect(check.status).toBe(200);
    expect(check.text).toContain('"thresholds":{"critical":1,"ok":1,"warning":1}');
  });

  it('trims name, message and query (terraform-provider-datadog PR #1291)', async () => {
    const created = (await call('POST', '/api/v1/monitor', metricMonitor)).json as Json;
    expect([created['name'], created['message'], created['query']]).toEqual(['cpu', 'some message @slack-ops', 'avg(last_1h):avg:aws.ec2.cpu{environment:foo} by {host} > 2']);
  });

  it('answers assets on writes, and on reads only with ?with_assets=true (TestAccDatadogMonitor_Assets)', async () => {
    const assets = [{ category: 'runbook', name: 'Runbook', url: '/notebook/1', resource_key: '1', resource_type: 'notebook' }, { category: 'runbook', name: 'Wiki', url: 'https://wiki.invalid/r' }];
    const created = (await call('POST', '/api/v1/monitor', { ...metricMonitor, assets })).json as Json;
    const id = created['id'];
    expect(created['restriction_policy']).toBeNull();
    expect(created['assets']).toEqual([
      { monitor_id: id, name: 'Runbook', category: 'runbook', url: '/notebook/1', template_variables: {}, options: {}, resource_key: '1', resource_type: 'notebook' },
      { monitor_id: id, name: 'Wiki', category: 'runbook', url: 'https://wiki.invalid/r', template_variables: {}, options: {}, resource_key: null, resource_type: null },
    ]);
    const plain = (await call('GET', `/api/v1/monitor/${id}`)).json as Json;
    expect('assets' in plain).toBe(false);
    expect('restriction_policy' in plain).toBe(false);
    const withAssets = (await call('GET', `/api/v1/monitor/${id}?with_assets=true`)).json as Json;
    expect((withAssets['assets'] as Json[]).map((a) => a['monitor_id'])).toEqual([undefined, undefined]);
    const updated = (await call('PUT', `/api/v1/monitor/${id}`, { message: 'changed' })).json as Json;
    expect(updated['restriction_policy']).toBeNull();
    expect('creator' in updated).toBe(false);
  });

  it('keeps the sent type except for formula query alerts and calendar-month metric alerts', async () => {
    const type = async (t: string, query: string) => ((await call('POST', '/api/v1/monitor', { ...metricMonitor, type: t, query, options: { thresholds: { critical: 2 } } })).json as Json)['type'];
    expect(await type('metric alert', 'avg(last_1h):avg:system.load.5{*} > 2')).toBe('metric alert');
    expect(await type('query alert', 'formula("query1").last("5m") > 2')).toBe('metric alert');
    expect(await type('metric alert', 'avg(current_1mo):avg:system.load.5{*} > 2')).toBe('query alert');
  });

  it('drops empty thresholds and does not default notify_no_data beside on_missing_data (TestAccDatadogMonitor_Updated, _Import_OnMissingData_Conflict)', async () => {
    const created = (await call('POST', '/api/v1/monitor', {
      ...metricMonitor, query: 'avg(last_1h):avg:system.load.5{*} > 2', options: { thresholds: {}, on_missing_data: 'show_no_data' },
    })).json as Json;
    const options = created['options'] as Json;
    expect('thresholds' in options).toBe(false);
    expect('notify_no_data' in options).toBe(false);
    expect(options['on_missing_data']).toBe('show_no_data');
  });

  it('mirrors a restriction policy in restricted_roles (TestAccDatadogMonitor_WithRestrictionPolicy)', async () => {
    const id = ((await call('POST', '/api/v1/monitor', metricMonitor)).json as Json)['id'];
    const bindings = [{ principals: ['org:o-1', 'role:r-1'], relation: 'editor' }];
    const set = await call('POST', `/api/v2/restriction_policy/monitor:${id}`, { data: { id: `monitor:${id}`, type: 'restriction_policy', attributes: { bindings } } });
    expect(set.json).toEqual({ data: { type: 'restriction_policy', id: `monitor:${id}`, attributes: { bindings: [{ relation: 'editor', principals: ['org:o-1', 'role:r-1'] }] } } });
    expect(((await call('GET', `/api/v1/monitor/${id}`)).json as Json)['restricted_roles']).toEqual(['r-1']);
    const removed = await call('DELETE', `/api/v2/restriction_policy/monitor:${id}`);
    expect(removed.status).toBe(204);
    expect(((await call('GET', `/api/v1/monitor/${id}`)).json as Json)['restricted_roles']).toBeNull();
  });

  it('stores priority 0 as no priority (TestAccDatadogMonitor_BasicNoTreshold)', async () => {
    const created = (await call('POST', '/api/v1/monitor', { ...metricMonitor, priority: 0 })).json as Json;
    expect(created['priority']).toBeNull();
  });
});

describe('SLOs', () => {
  const slo = {
    name: 'checkout', type: 'metric', tags: ['Team:Payments', 'env:prod'], target_threshold: 99, timeframe: '30d',
    thresholds: [{ target: 99, timeframe: '30d' }],
    query: { denominator: 'sum:my.metric{*}.as_count()', numerator: 'sum:my.metric{status:good}.as_count() - sum:my.metric{status:bad}.as_count()' },
  };

  it('derives sli_specification from query (TestAccDatadogServiceLevelObjective_MetricQueryToCountTransition)', async () => {
    const created = await call('POST', '/api/v1/slo', slo);
    const data = ((created.json as Json)['data'] as Json[])[0] as Json;
    expect(data['sli_specification']).toEqual({
      count: {
        queries: [
          { data_source: 'metrics', name: 'query1', query: 'sum:my.metric{status:good}.as_count()' },
          { data_source: 'metrics', name: 'query2', query: 'sum:my.metric{status:bad}.as_count()' },
          { data_source: 'metrics', name: 'query3', query: 'sum:my.metric{*}.as_count()' },
        ],
        good_events_formula: { formula: '(query1 - query2)' },
        total_events_formula: { formula: 'query3' },
      },
    });
    expect(data['tags']).toEqual(['env:prod', 'team:payments']);
    // The create answer echoes target_threshold as sent; reads write it as a float (_MixedCaseTags).
    expect(created.text).toContain('"target_threshold":99,');
    expect(created.text).toContain('"target":99.0');
    const got = await call('GET', `/api/v1/slo/${data['id']}`);
    expect(got.text).toContain('"target_threshold":99.0');
  });

  it('takes SLO corrections for an slo_query, and names the modifier after a PATCH (Update-an-SLO-correction-with-slo_query)', async () => {
    const created = await call('POST', '/api/v1/slo/correction', { data: { type: 'correction', attributes: { category: 'Other', start: 1780501381, end: 1780504981, slo_query: 'env:prod', timezone: 'UTC' } } });
    const data = (created.json as Json)['data'] as Json;
    expect((data['attributes'] as Json)['slo_id']).toBeNull();
    expect((data['attributes'] as Json)['slo_query']).toBe('env:prod');
    const patched = await call('PATCH', `/api/v1/slo/correction/${data['id']}`, { data: { type: 'correction', attributes: { category: 'Deployment', slo_query: 'env:staging' } } });
    const attributes = ((patched.json as Json)['data'] as Json)['attributes'] as Json;
    expect([attributes['category'], attributes['slo_query']]).toEqual(['Deployment', 'env:staging']);
    expect(attributes['modifier']).not.toBeNull();
  });
});

describe('downtimes (v1)', () => {
  it('classifies the scope, fills the recurrence and defaults as the 2026 server does (TestAccDatadogDowntime_*)', async () => {
    const start = Date.parse('2026-03-28T00:00:00Z') / 1000;
    const created = (await call('POST', '/api/v1/downtime', { scope: ['host:a'], start, end: start + 3600, recurrence: { type: 'days', period: 1 }, monitor_tags: ['service', 'app:web'] })).json as Json;
    expect(created['downtime_type']).toBe(1);
    expect(created['recurrence']).toEqual({ type: 'days', period: 1, week_days: null, until_occurrences: null, until_date: null });
    expect(created['notify_end_types']).toEqual(['expired']);
    expect(created['monitor_tags']).toEqual(['app:web', 'service']);
    const many = (await call('POST', '/api/v1/downtime', { scope: ['host:a', 'host:b'], start })).json as Json;
    expect(many['downtime_type']).toBe(2);
    const updated = (await call('PUT', `/api/v1/downtime/${many['id']}`, { message: 'x' })).json as Json;
    expect(updated['uuid']).toBeNull();
    await call('DELETE', `/api/v1/downtime/${many['id']}`);
    const canceled = (await call('GET', `/api/v1/downtime/${many['id']}`)).json as Json;
    expect([canceled['status'], canceled['disabled'], typeof canceled['updater_id']]).toEqual(['canceled', true, 'number']);
  });
});

describe('downtimes (v2)', () => {
  it('creates, reads, updates and cancels as v2__Downtimes__* recorded', async () => {
    const monitor = (await call('POST', '/api/v1/monitor', { ...metricMonitor, tags: ['cat:hat'] })).json as Json;
    const created = await call('POST', '/api/v2/downtime', { data: { type: 'downtime', attributes: { message: 'm', monitor_identifier: { monitor_tags: ['cat:hat'] }, schedule: { start: null }, scope: 'env:test' } } });
    const data = (created.json as Json)['data'] as Json;
    const attributes = data['attributes'] as Json;
    expect([attributes['status'], attributes['display_timezone'], attributes['notify_end_types']]).toEqual(['active', 'UTC', ['expired']]);
    expect((attributes['schedule'] as Json)['start']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect(Object.keys(created.json as Json)).toEqual(['data', 'included']);
    const got = (await call('GET', `/api/v2/downtime/${data['id']}`)).json as Json;
    expect('relationships' in (got['data'] as Json)).toBe(false);
    const matches = (await call('GET', `/api/v2/monitor/${monitor['id']}/downtime_matches`)).json as Json;
    expect((matches['data'] as Json[]).map((m) => m['id'])).toEqual([data['id']]);
    const refused = await call('PATCH', `/api/v2/downtime/${data['id']}`, { data: { type: 'downtime', id: data['id'], attributes: { invalid_field: 'x' } } });
    expect(refused.json).toEqual({ errors: ["Additional properties are not allowed ('invalid_field' was unexpected)"] });
    expect((await call('DELETE', `/api/v2/downtime/${data['id']}`)).status).toBe(204);
    expect((await call('DELETE', `/api/v2/downtime/${data['id']}`)).status).toBe(204);
    const canceled = (await call('GET', `/api/v2/downtime/${data['id']}`)).json as Json;
    expect(((canceled['data'] as Json)['attributes'] as Json)['status']).toBe('canceled');
    expect((await call('GET', '/api/v2/downtime/not-a-uuid')).json).toEqual({ errors: ['Invalid URL param: downtime_id must be an uuid'] });
  });
});

describe('downtimes (v2) schedules', () => {
  const create = (schedule: unknown) => call('POST', '/api/v2/downtime', { data: { type: 'downtime', attributes: { monitor_identifier: { monitor_tags: ['*'] }, schedule, scope: 'env:schedules' } } });

  it('refuses a one-off start in the past with the v1 words Terraform users report (#68, #2060); a recurrence may start in the past, as recorded', async () => {
    // The harness clock reads 2026-03-27T04:11:13Z: 05:11 in Berlin.
    const refused = { errors: ['Scheduled downtime start cannot be in the past'] };
    expect((await create({ start: '2026-03-27T04:00:00Z' })).json).toEqual(refused);
    const past = await create({ timezone: 'Europe/Berlin', recurrences: [{ rrule: 'FREQ=DAILY', duration: '1h', start: '2025-03-27T05:00' }] });
    expect(past.status).toBe(200);
    const schedule = (((past.json as Json)['data'] as Json)['attributes'] as Json)['schedule'] as Json;
    expect((schedule['recurrences'] as Json[])[0]!['start']).toBe('2025-03-27T05:00');
    // 05:00–06:00 Berlin today is under way at 05:11: it is the current occurrence.
    expect(schedule['current_downtime']).toEqual({ start: '2026-03-27T04:00:00+00:00', end: '2026-03-27T05:00:00+00:00' });
    expect((await create({ timezone: 'Europe/Berlin', recurrences: [{ rrule: 'FREQ=DAILY', duration: '1h', start: 'soon' }] })).status).toBe(400);
  });

  it('gives a recurring downtime its status from its rule: scheduled between occurrences, active inside one, ended after the last (inference)', async () => {
    let clock = Date.parse('2026-03-27T04:11:13Z');
    const own = await startHarness({ now: () => clock });
    try {
      const created = await raw(own.sandbox.datadogUrl, 'POST', '/api/v2/downtime', JSON.stringify({ data: { type: 'downtime', attributes: {
        monitor_identifier: { monitor_tags: ['*'] }, scope: '*',
        schedule: { timezone: 'UTC', recurrences: [{ rrule: 'FREQ=DAILY;COUNT=2', duration: '1h', start: '2026-03-27T05:00' }] },
      } } }));
      const id = ((created.json as Json)['data'] as Json)['id'] as string;
      const status = async (at: string) => {
        clock = Date.parse(at);
        const got = (await raw(own.sandbox.datadogUrl, 'GET', `/api/v2/downtime/${id}`)).json as Json;
        return ((got['data'] as Json)['attributes'] as Json)['status'];
      };
      expect(await status('2026-03-27T04:30:00Z')).toBe('scheduled');
      expect(await status('2026-03-27T05:30:00Z')).toBe('active');
      expect(await status('2026-03-27T12:00:00Z')).toBe('scheduled');
      expect(await status('2026-03-28T05:59:00Z')).toBe('active');
      expect(await status('2026-03-28T06:00:00Z')).toBe('ended');
    } finally {
      await own.sandbox.close();
    }
  });
});

describe('downtimes (v2) list', () => {
  it('pages with page[offset] and page[limit] and filters with current_only', async () => {
    const later = new Date(Date.parse('2026-04-01T00:00:00Z')).toISOString();
    const make = (start: string | null) => call('POST', '/api/v2/downtime', { data: { type: 'downtime', attributes: { monitor_identifier: { monitor_tags: ['*'] }, schedule: { start }, scope: 'env:list' } } });
    await make(null);
    await make(later);
    const all = (await call('GET', '/api/v2/downtime')).json as Json;
    const total = ((all['meta'] as Json)['page'] as Json)['total_filtered_count'] as number;
    expect((all['data'] as Json[]).length).toBe(total);
    const page = (await call('GET', '/api/v2/downtime?page%5Boffset%5D=1&page%5Blimit%5D=1')).json as Json;
    expect((page['data'] as Json[]).length).toBe(1);
    const current = (await call('GET', '/api/v2/downtime?current_only=true')).json as Json;
    expect((current['data'] as Json[]).every((d) => (d['attributes'] as Json)['status'] === 'active')).toBe(true);
    expect((current['data'] as Json[]).length).toBeLessThan(total);
  });
});
