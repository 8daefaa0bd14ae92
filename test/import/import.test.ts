// Datadog monitor JSON → TypeScript source: builder choice, options, overrides, names, files and literals.
import { describe, expect, it } from 'vitest';
import { importMonitors, type WireMonitor } from '../../src/import/index.ts';
import { fileFor, logicalIdFor, variableFor } from '../../src/import/names.ts';
import { literal, stringLiteral } from '../../src/import/source.ts';

/** Options as Datadog returns them: what was sent plus the defaults it fills in. */
const stored = (options: Record<string, unknown>) => ({
  include_tags: true, new_host_delay: 300, notify_audit: false, notify_no_data: false, silenced: {}, ...options,
});

function one(monitor: Partial<WireMonitor> & Pick<WireMonitor, 'type' | 'query'>, extra: WireMonitor[] = []) {
  const result = importMonitors([{ id: 7, name: 'Test monitor', message: 'Something is wrong.', ...monitor }, ...extra]);
  return { result, text: result.files.map((f) => f.text).join('\n'), first: result.monitors.find((m) => m.datadogId === 7)! };
}

describe('vigil import: wire JSON → TypeScript', () => {
  it('writes a metric monitor with the typed builder, camelCase options and no server defaults', () => {
    const { result, text } = one({
      name: '[Payments] Checkout errors', type: 'query alert', tags: ['team:payments', 'env:prod'], priority: 2,
      query: 'avg(last_5m):sum:checkout.errors{env:prod} by {host} > 5',
      options: stored({ thresholds: { critical: 5, warning: 3 }, renotify_interval: 60, renotify_statuses: ['alert'], new_group_delay: 120 }),
    });
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['payments.ts']);
    expect(text).toContain(`import { metricAlert } from '@vigil-monitors/vigil';

export const paymentsCheckoutErrors = metricAlert({
  id: 'payments-checkout-errors',
  name: '[Payments] Checkout errors',
  query: 'avg(last_5m):sum:checkout.errors{env:prod} by {host} > 5',
  message: 'Something is wrong.',
  tags: ['team:payments', 'env:prod'],
  thresholds: { warning: 3 },
  options: { newGroupDelay: 120, renotifyInterval: 60, renotifyStatuses: ['alert'] },
  priority: 2,
  adopt: { datadogId: 7 },
});
`);
    // team/service/severity would add an Owner line and tags to the payload; the monitor must stay as it is.
    expect(text).not.toMatch(/\bteam: '/);
  });

  it('uses serviceCheck, logAlert and eventAlert only when they reproduce the query byte for byte', () => {
    const builder = (type: string, query: string, options?: Record<string, unknown>) =>
      one({ type, query, ...(options ? { options: stored(options) } : {}) }).first.builder;
    const checkQuery = '"http.can_connect".over("env:prod").by("host").last(3).count_by_status()';
    const check = one({ type: 'service check', query: checkQuery, options: stored({ thresholds: { critical: 2, ok: 1 } }) });
    expect(check.first.builder).toBe('serviceCheck');
    expect(check.text).toContain(`  check: 'http.can_connect',\n  over: ['env:prod'],\n  by: ['host'],\n  last: 3,`);
    // Without `ok` the builder would add `ok: 1` and change the thresholds: the raw query is kept instead.
    expect(builder('service check', '"x".over("*").last(2).count_by_status()', { thresholds: { critical: 1 } })).toBe('monitor');
    const logQuery = 'logs("service:web status:error").index("main").rollup("count").by("@http.status_code").last("10m") >= 50';
    const log = one({ type: 'log alert', query: logQuery, options: stored({ thresholds: { critical: 50 } }) });
    expect(log.first.builder).toBe('logAlert');
    expect(log.text).toContain(
      `  search: 'service:web status:error',\n  indexes: ['main'],\n  by: ['@http.status_code'],\n  window: '10m',\n  comparator: '>=',\n  threshold: 50,`);
    // Text the builder would write differently (two spaces before the comparator) keeps the raw query.
    expect(builder('log alert', 'logs("a").index("*").rollup("count").last("5m")  > 1')).toBe('monitor');
    expect(builder('event-v2 alert', 'events("source:x").rollup("count").last("5m") > 0')).toBe('eventAlert');
    expect(builder('log alert', 'formula("query").last("5m") > 1', { variables: [{ data_source: 'logs', name: 'query' }] })).toBe('monitor');
    expect(builder('rum alert', 'not a query (')).toBe('monitor');
  });

  it('writes composites with ${logical-id} for monitors imported alongside, Datadog ids for the rest', () => {
    const a: WireMonitor = { id: 11, name: 'Errors', type: 'query alert', query: 'avg(last_5m):sum:e{*} > 1', message: 'x' };
    const b: WireMonitor = { id: 12, name: 'Latency', type: 'query alert', query: 'avg(last_5m):avg:l{*} > 2', message: 'x' };
    const { text, first } = one({ type: 'composite', query: '11 && !(12 || 99)' }, [a, b]);
    expect(first.builder).toBe('compositeMonitor');
    expect(text).toContain(`when: '\${errors} && !(\${latency} || 99)',`);
    const owned = importMonitors([{ id: 7, name: 'C', type: 'composite', query: '40 || 41', message: 'x' }], { owned: new Map([['40', 'db-down']]) });
    expect(owned.files[0]!.text).toContain(`when: '\${db-down} || 41',`);
  });

  it('keeps what the typed props cannot say under "overrides", in Datadog\'s shape', () => {
    const { result, text, first } = one({
      name: 'Disk full on {{host.name}} ', type: 'query alert', query: 'avg(last_5m):avg:disk{*} by {host} > 90',
      message: 'Disk is full.\n',
      options: stored({ thresholds: { critical: 90, period: { seconds: 300 } }, restriction_query: null, threshold_windows: null }),
    });
    expect(result.problems).toEqual([]);
    expect(first.overridden.sort()).toEqual(['message', 'name', 'options']);
    expect(text).toContain(`  name: 'Disk full on {{host.name}}',`);
    expect(text).toContain(`  overrides: {
    name: 'Disk full on {{host.name}} ',
    message: 'Disk is full.\\n',
    options: {
      restriction_query: null,
      threshold_windows: null,
      thresholds: { period: { seconds: 300 } },
    },
  },`);
  });

  it('moves options vigil rejects to overrides and suppresses failing lint rules, with a reason', () => {
    const { result, text } = one({
      type: 'query alert', query: 'avg(last_5m):avg:q{*} > 1', message: '@ops@localhost',
      options: stored({ thresholds: { critical: 1 }, renotify_statuses: ['alert'] }),
    });
    expect(result.problems).toEqual([]);
    expect(text).toContain('// options.renotifyStatuses kept as an override: vigil\'s checks reject it, Datadog kept it');
    expect(text).toContain(`overrides: { options: { renotify_statuses: ['alert'] } },`);
    expect(text).toContain(`suppress: { 'handles-resolve': 'imported from Datadog as it is; fix it, then remove this line' },`);
  });

  it('reproduces query shapes Datadog ships with its integrations, typed and without overrides', () => {
    // Hand-written in the shapes the integrations' recommended monitors use: equality comparators on change alerts,
    // lower-case boolean scopes, fill(), percentile time aggregation, derivative() of a count, an empty scope.
    const metric = [
      'change(avg(last_5m),last_1d):avg:backup.last_success{*} == 0',
      'min(last_30m):sum:pods.state{NOT phase:running or NOT phase:pending} by {namespace} / sum:pods.state{*} by {namespace} * 100 > 15',
      'min(last_10m):avg:partition.info{state:down} by {host,partition}.fill(null) >= 1',
      'percentile(last_15m):p95:workflow.duration{*} by {workflow,host} > 30',
      'sum(last_15m):derivative(sum:queue.dequeued.count{*} by {host}.as_count()) <= 0',
      'pct_change(sum(last_30m),last_5m):avg:requests.count{code:4* OR code:5*} by {host,code}.as_count() > 10',
    ];
    for (const query of metric) {
      const threshold = Number(query.split(' ').at(-1));
      const { result, first } = one({ type: 'query alert', query, options: stored({ thresholds: { critical: threshold } }) });
      expect(result.problems, query).toEqual([]);
      expect([first.builder, first.overridden], query).toEqual(['metricAlert', []]);
    }
    const check = one({
      type: 'service check', query: '"http.can_connect".over("").by("url").last(3).count_by_status()',
      options: stored({ thresholds: { critical: 2, ok: 1 } }),
    });
    expect([check.first.builder, check.first.overridden]).toEqual(['serviceCheck', []]);
    expect(check.text).toContain(`  check: 'http.can_connect',\n  over: [''],\n  by: ['url'],\n  last: 3,`);
  });

  it('keeps a shipped query verbatim with the generic builder when the typed one would spell it differently', () => {
    // Facets joined in one by() argument; the log builder writes one argument per facet.
    const logs = one({
      type: 'log alert', query: 'logs("source:net @severity:critical").index("*").rollup("count").by("@code,@dn").last("5m") > 0',
      options: stored({ thresholds: { critical: 0 } }),
    });
    expect([logs.first.builder, logs.first.overridden]).toEqual(['monitor', []]);
    expect(logs.text).toContain(`query: 'logs("source:net @severity:critical").index("*").rollup("count").by("@code,@dn").last("5m") > 0',`);
    // No `ok` count: the service-check builder always sends one.
    const check = one({
      type: 'service check', query: '"db.can_connect".over("*").by("host","port").last(4).count_by_status()',
      options: stored({ thresholds: { critical: 3, warning: 2 } }),
    });
    expect([check.first.builder, check.first.overridden]).toEqual(['monitor', []]);
    expect(check.result.problems).toEqual([]);
  });

  it('skips synthetics monitors, which belong to their Synthetics test', () => {
    const { result } = one({ type: 'synthetics alert', name: 'Homepage up', query: 'synthetics.check' });
    expect(result.monitors).toEqual([]);
    expect(result.files).toEqual([]);
    expect(result.problems).toEqual(['Datadog 7 "Homepage up": skipped: synthetics monitors are edited through their Synthetics test, not the monitor API']);
  });

  it('is deterministic and groups files by team, then service', () => {
    const monitors: WireMonitor[] = [
      { id: 3, name: 'B', type: 'query alert', query: 'avg(last_5m):avg:b{*} > 1', tags: ['service:Web API'] },
      { id: 2, name: 'A', type: 'query alert', query: 'avg(last_5m):avg:a{*} > 1', tags: ['team:core', 'service:web'] },
      { id: 1, name: 'A', type: 'query alert', query: 'avg(last_5m):avg:c{*} > 1' },
    ];
    const first = importMonitors(monitors);
    expect(importMonitors([...monitors].reverse())).toEqual(first);
    expect(first.files.map((f) => [f.path, f.ids])).toEqual([['core.ts', ['a-2']], ['imported.ts', ['a']], ['web-api.ts', ['b']]]);
  });
});

describe('import names', () => {
  it('derives unique logical ids of at most 100 characters from names', () => {
    const taken = new Set(['nomad-job-is-failing']);
    expect(logicalIdFor('[Nomad] Job is failing', 1, taken)).toBe('nomad-job-is-failing-2');
    expect(logicalIdFor('Outage at {{company.name}}', 2, taken)).toBe('outage-at-company-name');
    expect(logicalIdFor('!!!', 3, taken)).toBe('monitor-3');
    const long = logicalIdFor('word '.repeat(60), 4, taken);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^word(-word)*$/);
  });

  it('makes valid, unique variable names and picks files from tags', () => {
    const taken = new Set<string>();
    expect(variableFor('5xx-errors', taken)).toBe('monitor5xxErrors');
    expect(variableFor('delete', taken)).toBe('deleteMonitor');
    expect(variableFor('a.b-c', taken)).toBe('aBC');
    expect(variableFor('a.b-c', taken)).toBe('aBC2');
    expect(fileFor(['service:checkout', 'team:Payments'])).toBe('payments.ts');
    expect(fileFor(['env:prod'])).toBe('imported.ts');
  });
});

describe('import literals', () => {
  it('prints strings that evaluate back to exactly the same text', () => {
    for (const text of ['plain', "it's", 'say "hi"', 'both \' and "', 'line 1\nline 2 ${x} `tick` \\d', 'trailing\n', 'cr\r\nlf', '\u2028', '']) {
      const printed = stringLiteral(text);
      expect(new Function(`return ${printed}`)(), printed).toBe(text);
    }
    expect(stringLiteral('a\nb')).toBe('`a\nb`');
    expect(stringLiteral("it's")).toBe('"it\'s"');
  });

  it('prints short nested objects on one line and the top level one prop per line', () => {
    expect(literal({ a: 1, b: { c: [1, 'x'], 'd-e': null } }, 0)).toBe("{\n  a: 1,\n  b: { c: [1, 'x'], 'd-e': null },\n}");
  });
});
