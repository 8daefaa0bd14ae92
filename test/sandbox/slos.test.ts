// SLO endpoints driven by the official Datadog client over loopback HTTP.
import { client } from '@datadog/datadog-api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, raw, startHarness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const metricSlo = (name: string, tags: string[] = []) => ({
  name, type: 'metric' as const, tags,
  query: { numerator: 'sum:http.hits{code:2xx}.as_count()', denominator: 'sum:http.hits{*}.as_count()' },
  thresholds: [{ target: 99.9, timeframe: '30d' as const, warning: 99.95 }],
});

describe('SLO CRUD', () => {
  it('creates with the recorded normalization and gets it back as an object', async () => {
    const created = await h.slos.createSLO({ body: metricSlo('checkout', ['env:prod', 'app:core', 'env:prod']) });
    const slo = created.data?.[0];
    expect(slo?.tags).toEqual(['app:core', 'env:prod']);
    expect(slo?.thresholds[0]).toMatchObject({ target: 99.9, targetDisplay: '99.9', warning: 99.95, warningDisplay: '99.95' });
    expect(slo?.description).toBe('');
    expect(slo?.additionalProperties?.['type_id']).toBe(1);
    expect(slo?.timeframe).toBe('30d');
    expect(slo?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(String(slo?.createdAt)).toMatch(/^\d{10}$/);
    const got = await h.slos.getSLO({ sloId: slo?.id as string });
    expect(got.data?.name).toBe('checkout');
  });

  it('updates by replacing, keeping id and creation time', async () => {
    const slo = (await h.slos.createSLO({ body: metricSlo('to-update', ['a:1']) })).data?.[0];
    const updated = await h.slos.updateSLO({ sloId: slo?.id as string, body: { ...metricSlo('updated'), thresholds: [{ target: 99, timeframe: '7d' }] } });
    expect(updated.data?.[0]).toMatchObject({ id: slo?.id, name: 'updated', tags: [], timeframe: '7d', targetThreshold: 99 });
    expect(updated.data?.[0]?.createdAt).toBe(slo?.createdAt);
  });

  it('rejects what the real API rejects', async () => {
    const err = await h.slos.createSLO({ body: { name: 'm', type: 'monitor', thresholds: [{ target: 95, timeframe: '7d' }] } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(client.ApiException);
    expect((err as client.ApiException<{ errors: string[] }>).body.errors).toEqual(['Invalid payload: must specify monitor_ids']);
    const res = await raw(h.sandbox.datadogUrl, 'DELETE', '/api/v1/slo/0123456789abcdef0123456789abcdef');
    expect(res).toMatchObject({ status: 404, json: { errors: ['SLO not found: 0123456789abcdef0123456789abcdef not found'] } });
  });
});

describe('listing and search', () => {
  it('filters by ids, name and tag, and paginates with the client helper', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await h.slos.createSLO({ body: metricSlo(`paged-${i}`, ['list:paged']) })).data?.[0]?.id as string);
    const seen: string[] = [];
    for await (const s of h.slos.listSLOsWithPagination({ tagsQuery: 'list:paged', limit: 2 })) seen.push(s.id as string);
    expect(seen).toEqual(made);
    const byIds = await h.slos.listSLOs({ ids: `${made[1]},${made[3]}` });
    expect(byIds.data?.map((s) => s.id)).toEqual([made[1], made[3]]);
    const page = await raw(h.sandbox.datadogUrl, 'GET', '/api/v1/slo?tags_query=list:paged&limit=2&offset=4');
    expect((page.json as { metadata: unknown }).metadata).toEqual({ page: { total_count: 5, total_filtered_count: 1 } });
    expect((await h.slos.listSLOs({ query: 'PAGED-4' })).data?.map((s) => s.id)).toEqual([made[4]]);
  });

  it('searches', async () => {
    await h.slos.createSLO({ body: metricSlo('findable-slo') });
    const res = await h.slos.searchSLO({ query: 'findable-slo', pageSize: 20, pageNumber: 0 });
    const hit = res.data?.attributes?.slos?.[0]?.data;
    expect(hit?.attributes?.name).toBe('findable-slo');
    expect(hit?.attributes?.sloType).toBe('metric');
    expect(res.meta?.pagination?.total).toBe(1);
  });
});

describe('SLO alerts block deletion', () => {
  it('answers 409 while an slo alert monitor references the SLO, unless forced', async () => {
    const slo = (await h.slos.createSLO({ body: metricSlo('guarded') })).data?.[0];
    const id = slo?.id as string;
    const alert = await h.monitors.createMonitor({
      body: { name: 'burn', type: 'slo alert', query: `burn_rate("${id}").over("30d").long_window("1h").short_window("5m") > 14.4`, options: { thresholds: { critical: 14.4 } } },
    });
    const refused = await raw(h.sandbox.datadogUrl, 'DELETE', `/api/v1/slo/${id}`);
    expect(refused.status).toBe(409);
    expect((refused.json as { errors: Record<string, string> }).errors[id]).toContain(String(alert.id));
    const check = await raw(h.sandbox.datadogUrl, 'GET', `/api/v1/slo/can_delete?ids=${id}`);
    expect(check.status).toBe(409);
    const withAlerts = await raw(h.sandbox.datadogUrl, 'GET', `/api/v1/slo/${id}?with_configured_alert_ids=true`);
    expect((withAlerts.json as { data: { configured_alert_ids: number[] } }).data.configured_alert_ids).toEqual([alert.id]);
    expect(await h.slos.deleteSLO({ sloId: id, force: 'true' })).toMatchObject({ data: [id] });
  });

  it('refuses an slo alert on an SLO that does not exist', async () => {
    const res = await raw(h.sandbox.datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify({
      type: 'slo alert', query: 'error_budget("ffffffffffffffffffffffffffffffff").over("7d") > 75',
    }));
    expect(res.status).toBe(400);
  });
});
