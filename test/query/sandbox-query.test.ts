// The sandbox reads monitor queries with vigil's parser: what it accepts, the facts the monitor routes need, and
// rejections in the real error form with the parser's message and position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuery } from '../../src/sandbox/datadog/query.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.ts';

const PREFIX = "The value provided for parameter 'query' is invalid";

describe('sandbox query check', () => {
  it('accepts the recorded formula queries with their multi, comparator and threshold', () => {
    expect(checkQuery('query alert', 'formula("query1").rollup("sum").last("5m") > 124'))
      .toEqual({ ok: true, multi: false, comparator: '>', threshold: 124, monitorRefs: [], sloRefs: [] });
    expect(checkQuery('data-jobs alert', 'formula("failed_runs(run_query)").by(job_name,workspace_name).last(10d) > 0'))
      .toMatchObject({ ok: true, multi: true, comparator: '>', threshold: 0 });
    expect(checkQuery('cost alert', 'formula("exclude_null(query1)").last("7d").anomaly(direction="above", threshold=10) >= 5'))
      .toMatchObject({ ok: true, multi: false, comparator: '>=', threshold: 5 });
  });

  it('lists the monitors a composite names, once each, and refuses vigil references', () => {
    expect(checkQuery('composite', '12 && (34 || !12)')).toEqual({ ok: true, multi: false, monitorRefs: [12, 34], sloRefs: [] });
    expect(checkQuery('composite', '${checkout-errors} && 12'))
      .toEqual({ ok: false, message: `${PREFIX}: "\${checkout-errors}" is not a monitor id` });
  });

  it('names the SLO an SLO alert watches', () => {
    expect(checkQuery('slo alert', 'error_budget("abc123").over("30d") > 75'))
      .toEqual({ ok: true, multi: false, comparator: '>', threshold: 75, monitorRefs: [], sloRefs: ['abc123'] });
  });

  it("rejects with the parser's message and the character it points at", () => {
    expect(checkQuery('query alert', 'avg(last_5m) avg:system.cpu.user{*} > 90')).toEqual({
      ok: false,
      message: `${PREFIX}: expected ":" after "avg(last_5m)", found "avg:system.cpu.user" (at character 14)`,
    });
    expect(checkQuery('rum alert', 'formula("query2 / ").last("15m") >= 0.8')).toEqual({
      ok: false,
      message: `${PREFIX}: expected a query name such as "query1", a number, a function or "(" in the formula, found the end of the formula (at character 19)`,
    });
    expect(checkQuery('query alert', 'avg(last_5m):\n  avg:system.cpu.user{*}\n  by host > 90')).toEqual({
      ok: false,
      message: `${PREFIX}: expected "{" after "by", found "host" (at line 3, character 6)`,
    });
  });

  it('keeps the real text for a search query without a comparator', () => {
    // OBSERVED: Monitors__Create-a-monitor-returns-Bad-Request-response.
    expect(checkQuery('log alert', 'query')).toEqual({ ok: false, message: `${PREFIX}: invalid operator specified: ` });
    expect(checkQuery('query alert', '   ')).toEqual({ ok: false, message: PREFIX });
  });
});

describe('sandbox monitor routes over HTTP', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${sandbox.datadogUrl}${path}`, {
      method: 'POST',
      headers: { 'dd-api-key': 'k', 'dd-application-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  it('creates a grouped data-jobs formula monitor as multi', async () => {
    const res = await post('/api/v1/monitor', {
      name: 'jobs', type: 'data-jobs alert', message: 'm',
      query: 'formula("failed_runs(run_query)").by(job_name,workspace_name).last(10d) > 0',
      options: {
        thresholds: { critical: 0 },
        variables: [{ data_source: 'data_jobs', name: 'run_query', jobs_query: 'job_name:*', job_type: 'databricks.job', query_dialect: 'metric' }],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json['multi']).toBe(true);
  });

  it('checks a formula threshold against the query and rejects a malformed query in the real error form', async () => {
    const mismatch = await post('/api/v1/monitor/validate', {
      type: 'cost alert', message: 'm',
      query: 'formula("exclude_null(query1)").last("7d").anomaly(direction="above", threshold=10) >= 5',
      options: { thresholds: { critical: 6 } },
    });
    expect(mismatch).toEqual({ status: 400, json: { errors: ['Alert threshold (6.0) does not match that used in the query (5.0).'] } });
    const malformed = await post('/api/v1/monitor', { type: 'query alert', message: 'm', query: 'avg(last_5m):avg:system.cpu.user{*} => 90' });
    expect(malformed).toEqual({
      status: 400,
      json: { errors: [`${PREFIX}: "=>" is not a comparator; expected one of >, >=, <, <=, ==, != (at character 37)`] },
    });
  });
});
