// The sandbox's metric query endpoints, through the official client (v1 `MetricsApi.queryMetrics`, v2
// `MetricsApi.queryTimeseriesData`) over HTTP: the recorded shapes, rollups, groups, the 1500-point cap and the seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v1, v2 } from '@datadog/datadog-api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REALITY_DIR, realityPresent } from '../conformance/recordings.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { datadogConfig, raw } from '../sandbox/helpers.ts';

const TO = 1_765_000_020; // a whole minute
const DAY = 86_400;

let sandbox: Sandbox;
let other: Sandbox;
let metrics: v1.MetricsApi;

beforeAll(async () => {
  [sandbox, other] = await Promise.all([startSandbox({ port: 0 }), startSandbox({ port: 0, seed: 7 })]);
  metrics = new v1.MetricsApi(datadogConfig(sandbox.datadogUrl));
});
afterAll(async () => {
  await Promise.all([sandbox.close(), other.close()]);
});

describe('GET /api/v1/query', () => {
  it('answers the recorded shape: points as [ms, value], a 5-minute grid for a day without a rollup', async () => {
    // The recorded request: system.cpu.idle{*} over one day (v1__Metrics__Query-timeseries-points-returns-OK-response).
    const res = await metrics.queryMetrics({ from: 1641343852, to: 1641430252, query: 'system.cpu.idle{*}' });
    expect(res.status).toBe('ok');
    expect(res.resType).toBe('time_series');
    const s = res.series?.[0];
    expect(s).toMatchObject({ interval: 300, length: 288, start: 1641344100000, end: 1641430499000, scope: '*', queryIndex: 0, aggr: null });
    expect(s?.pointlist?.[0]?.[0]).toBe(1641344100000);
  });

  it('honours .rollup(agg, 60), by {tag} and several comma-separated queries, each with its query_index', async () => {
    const res = await metrics.queryMetrics({
      from: TO - 3600, to: TO,
      query: 'max:inventory.sync.lag_seconds{env:prod} by {warehouse}.rollup(max, 60),sum:trace.http.request.hits{env:prod}.as_count().rollup(sum, 60)',
    });
    const grouped = (res.series ?? []).filter((s) => s.queryIndex === 0);
    expect(grouped.length).toBeGreaterThanOrEqual(2);
    for (const s of grouped) {
      expect(s.interval).toBe(60);
      expect(s.tagSet).toHaveLength(1);
      expect(s.tagSet?.[0]).toMatch(/^warehouse:/);
      expect(s.scope).toContain('env:prod');
    }
    const hits = (res.series ?? []).filter((s) => s.queryIndex === 1);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.length).toBe(61);
  });

  it('aggregates 60-second points by the rollup: a 5-minute sum is the sum of its five minutes', async () => {
    const q = 'sum:trace.http.request.hits{env:prod,service:checkout}.as_count()';
    const fine = await metrics.queryMetrics({ from: TO - 1800, to: TO, query: `${q}.rollup(sum, 60)` });
    const coarse = await metrics.queryMetrics({ from: TO - 1800, to: TO, query: `${q}.rollup(sum, 300)` });
    const byTime = new Map((fine.series?.[0]?.pointlist ?? []).map(([t, v]) => [t, v]));
    const [t0, v0] = coarse.series?.[0]?.pointlist?.[0] ?? [];
    const expected = [0, 1, 2, 3, 4].reduce((acc, i) => acc + (byTime.get((t0 as number) + i * 60_000) ?? NaN), 0);
    expect(v0).toBe(expected);
  });

  it('coarsens a rollup that would give more than 1500 points, as Datadog does', async () => {
    const res = await metrics.queryMetrics({ from: TO - 7 * DAY, to: TO, query: 'avg:system.cpu.user{*}.rollup(avg, 60)' });
    expect(res.series?.[0]?.interval).toBeGreaterThan(60);
    expect(res.series?.[0]?.length).toBeLessThanOrEqual(1500);
  });

  it('is a function of the seed: the same seed gives the same points, another seed others', async () => {
    const query = 'avg:system.cpu.user{env:prod}.rollup(avg, 60)';
    const [a, b, c] = await Promise.all([
      metrics.queryMetrics({ from: TO - 600, to: TO, query }),
      metrics.queryMetrics({ from: TO - 600, to: TO, query }),
      new v1.MetricsApi(datadogConfig(other.datadogUrl)).queryMetrics({ from: TO - 600, to: TO, query }),
    ]);
    expect(a.series?.[0]?.pointlist).toEqual(b.series?.[0]?.pointlist);
    expect(a.series?.[0]?.pointlist).not.toEqual(c.series?.[0]?.pointlist);
  });

  it('carries its rate limit and refuses a query it cannot read, naming the problem', async () => {
    const ok = await raw(sandbox.datadogUrl, 'GET', `/api/v1/query?from=${TO - 60}&to=${TO}&query=${encodeURIComponent('avg:a.b{*}')}`);
    expect(ok.headers.get('x-ratelimit-name')).toBe('query_timeseries');
    expect(ok.headers.get('x-ratelimit-limit')).toBe('1600');
    const bad = await raw(sandbox.datadogUrl, 'GET', `/api/v1/query?from=${TO - 60}&to=${TO}&query=${encodeURIComponent('avg:a.b{*} +')}`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('Error parsing query');
  });
});

describe('POST /api/v2/query/timeseries', () => {
  it('answers formulas over named queries in the recorded shape', async () => {
    const api = new v2.MetricsApi(datadogConfig(sandbox.datadogUrl));
    const res = await api.queryTimeseriesData({
      body: {
        data: {
          type: 'timeseries_request',
          attributes: {
            from: (TO - 600) * 1000, to: TO * 1000, interval: 60_000,
            queries: [
              { dataSource: 'metrics', name: 'bad', query: 'sum:trace.http.request.errors{env:prod}.as_count()' },
              { dataSource: 'metrics', name: 'total', query: 'sum:trace.http.request.hits{env:prod}.as_count()' },
            ],
            formulas: [{ formula: 'total - bad' }, { formula: 'total' }],
          },
        },
      },
    });
    const attrs = res.data?.attributes;
    expect(attrs?.series).toHaveLength(2);
    expect(attrs?.times).toHaveLength(11);
    const [good, total] = attrs?.values ?? [];
    expect(good?.every((g, i) => (g ?? 0) <= (total?.[i] ?? 0))).toBe(true);
  });

  it('refuses a request of the wrong type with the recorded error', async () => {
    const res = await raw(sandbox.datadogUrl, 'POST', '/api/v2/query/timeseries', JSON.stringify({
      data: { type: 'timeseries_rquest', attributes: { from: 1, to: 2, queries: [{ data_source: 'metrics', query: 'avg:a{*}' }] } },
    }));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors: ['API input validation failed: Invalid type. Expected "timeseries_request".'] });
  });
});

/** Every key path of a JSON value (`series[].pointlist[]`), so answers compare by shape when their values cannot. */
function shape(v: unknown, path = ''): string[] {
  if (Array.isArray(v)) return [...new Set(v.flatMap((x) => shape(x, `${path}[]`)))];
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v).flatMap(([k, x]) => [path ? `${path}.${k}` : k, ...shape(x, path ? `${path}.${k}` : k)]);
  }
  return [];
}

describe.runIf(realityPresent())('the recorded metric query answers', () => {
  const recorded = (name: string) => {
    const har = JSON.parse(readFileSync(join(REALITY_DIR, 'datadog-recorded-v2', name), 'utf8'));
    const entry = har.log.entries[0];
    return { request: entry.request, body: JSON.parse(entry.response.content.text), status: entry.response.status };
  };

  it('GET /api/v1/query answers with every key the real API sent', async () => {
    const { request, body } = recorded('v1__Metrics__Query-timeseries-points-returns-OK-response.har');
    const path = new URL(request.url).pathname + new URL(request.url).search;
    const answer = await raw(sandbox.datadogUrl, 'GET', path);
    expect(answer.status).toBe(200);
    // The recorded unit is an object pair; the sandbox knows no units and says null, as the API does for unitless metrics.
    const keys = (v: unknown) => shape(v).filter((k) => !k.startsWith('series[].unit[]')).sort();
    expect(keys(answer.json)).toEqual(keys(body));
  });

  it('POST /api/v2/query/timeseries answers with every key the real API sent', async () => {
    const { request, body } = recorded('v2__Metrics__Timeseries-cross-product-query-returns-OK-response.har');
    const answer = await raw(sandbox.datadogUrl, 'POST', '/api/v2/query/timeseries', request.postData.text);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/vnd.api+json');
    expect(shape(answer.json).sort()).toEqual(shape(body).sort());
  });

  it('POST /api/v2/query/timeseries refuses the recorded request of the wrong type with the recorded answer', async () => {
    const { request, body, status } = recorded('v2__Metrics__Timeseries-cross-product-query-returns-Bad-Request-response.har');
    const answer = await raw(sandbox.datadogUrl, 'POST', '/api/v2/query/timeseries', request.postData.text);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual(body);
  });
});
