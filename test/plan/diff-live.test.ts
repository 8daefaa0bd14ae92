// diffLive compares what vigil manages and nothing else: whatever the API adds to a live object — unknown fields,
// numbers as strings, explicit nulls, server defaults, nested objects — never shows as a change or throws, while a
// real change to a managed field always shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_OPTION_KEYS } from '../../src/compile/datadog/normalize.ts';
import { snakeCase } from '../../src/compile/canonical.ts';
import { diffLive } from '../../src/index.ts';
import { seededRandom, type Random } from '../../src/sandbox/random.ts';

type Json = Record<string, unknown>;

const MONITOR: Json = {
  message: 'Checkout errors are high.\n\n@pagerduty-payments',
  name: '[prod] checkout: error rate',
  options: {
    evaluation_delay: 60, include_tags: false, new_group_delay: 120, notify_by: ['cluster'], on_missing_data: 'show_no_data',
    renotify_interval: 30, renotify_statuses: ['alert'], require_full_window: false,
    thresholds: { critical: 5, warning: 2.5 }, timeout_h: 2,
  },
  priority: 2,
  query: 'avg(last_5m):sum:checkout.errors{env:prod} by {cluster} > 5',
  restricted_roles: null,
  tags: ['env:prod', 'managed-by:vigil', 'service:checkout', 'team:payments', 'vigil-hash:0123456789abcdef', 'vigil-id:checkout-errors'],
  type: 'query alert',
};

const METRIC_SLO: Json = {
  description: 'Checkout requests that succeed.',
  name: 'Checkout availability',
  sli_specification: { count: {
    good_events_formula: { formula: 'good' }, total_events_formula: { formula: 'total' },
    queries: [
      { data_source: 'metrics', name: 'good', query: 'sum:checkout.requests{!status:5xx}.as_count()' },
      { data_source: 'metrics', name: 'total', query: 'sum:checkout.requests{*}.as_count()' },
    ],
  } },
  tags: ['managed-by:vigil', 'team:payments', 'vigil-id:checkout-availability'],
  target_threshold: 99.9,
  thresholds: [{ target: 99.9, timeframe: '30d', warning: 99.95 }],
  timeframe: '30d',
  type: 'metric',
  warning_threshold: 99.95,
};

const MONITOR_SLO: Json = {
  description: '', groups: ['cluster:a'], monitor_ids: [101, 102], name: 'Checkout up',
  tags: ['managed-by:vigil', 'vigil-id:checkout-up'], target_threshold: 99, thresholds: [{ target: 99, timeframe: '7d' }],
  timeframe: '7d', type: 'monitor',
};

/** The option names the DSL accepts, from the schema YAML and TypeScript definitions are checked against. */
function schemaOptionKeys(): string[] {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/monitor.schema.json', import.meta.url), 'utf8'));
  return Object.keys(schema.$defs.options.properties).map(snakeCase).sort();
}

describe('diffLive', () => {
  it('treats exactly the options the schema lets users write as managed', () => {
    expect([...MANAGED_OPTION_KEYS].sort()).toEqual(schemaOptionKeys());
  });

  it('finds nothing between a payload and itself, for every kind', () => {
    expect(diffLive('datadog.monitor', MONITOR, MONITOR)).toEqual([]);
    expect(diffLive('datadog.slo', METRIC_SLO, METRIC_SLO)).toEqual([]);
    expect(diffLive('datadog.slo', MONITOR_SLO, MONITOR_SLO)).toEqual([]);
  });

  it('refuses a kind it does not compare, naming it', () => {
    expect(() => diffLive('pagerduty.team', {}, {})).toThrow(/pagerduty\.team/);
  });

  it('never shows a change for what the API adds, in 600 random live objects', () => {
    const random = seededRandom(20261207);
    for (let i = 0; i < 200; i++) {
      for (const [kind, desired] of [['datadog.monitor', MONITOR], ['datadog.slo', METRIC_SLO], ['datadog.slo', MONITOR_SLO]] as const) {
        const live = asServerMightReturn(desired, random);
        let changes: unknown;
        expect(() => { changes = diffLive(kind, desired, live); }, JSON.stringify(live)).not.toThrow();
        expect(changes, JSON.stringify(live)).toEqual([]);
      }
    }
  });

  it('always shows a real change to a managed field, however the rest of the object is dressed', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 100; i++) {
      const live = asServerMightReturn(MONITOR, random);
      (live.options as Json).thresholds = { critical: 9, warning: 2.5 };
      expect(diffLive('datadog.monitor', MONITOR, live)).toEqual([{ path: 'options.thresholds.critical', old: 9, new: 5 }]);
      const slo = asServerMightReturn(METRIC_SLO, random);
      slo.thresholds = [{ target: '99.5', timeframe: '30d', warning: 99.95 }];
      expect(diffLive('datadog.slo', METRIC_SLO, slo).map((c) => c.path)).toEqual(['thresholds']);
    }
  });

  it('shows a managed option someone set outside vigil, and leaves options vigil does not manage alone', () => {
    const live = structuredClone(MONITOR);
    Object.assign(live.options as Json, { escalation_message: 'still broken', avalanche_window: 20, silenced: { '*': 1700000000 } });
    expect(diffLive('datadog.monitor', MONITOR, live)).toEqual([{ path: 'options.escalation_message', old: 'still broken' }]);
  });

  it('reads objects of the wrong shape without throwing', () => {
    const odd: unknown[] = [null, 'x', 42, [], { options: 'none', tags: 'a,b', thresholds: {}, query: { numerator: 1 } },
      { sli_specification: { count: { queries: 'q', good_events_formula: 3 } } }, { options: { thresholds: [1, 2] } }];
    for (const live of odd) {
      expect(() => diffLive('datadog.monitor', MONITOR, live as Json)).not.toThrow();
      expect(() => diffLive('datadog.slo', METRIC_SLO, live as Json)).not.toThrow();
    }
  });

  it('compares a count-based SLI the same in the `query` form the server derives, parentheses and all', () => {
    const live: Json = { ...METRIC_SLO, sli_specification: undefined, query: {
      numerator: 'sum:checkout.requests{!status:5xx}.as_count()', denominator: '(sum:checkout.requests{*}.as_count())',
    } };
    expect(diffLive('datadog.slo', METRIC_SLO, live)).toEqual([]);
    (live.query as Json).numerator = 'sum:checkout.requests{status:2xx}.as_count()';
    expect(diffLive('datadog.slo', METRIC_SLO, live).map((c) => c.path)).toEqual(['sli.good']);
  });
});

/** `desired` as a server might answer it: same managed content, plus any amount of what the API adds. */
function asServerMightReturn(desired: Json, random: Random): Json {
  const live = shuffled(structuredClone(desired), random);
  for (let n = Math.floor(random() * 6); n > 0; n--) live[unknownKey(random)] = randomValue(random, 3);
  if (Array.isArray(live.tags)) live.tags = [...(live.tags as string[])].sort(() => random() - 0.5);
  if (typeof live.id === 'undefined' && random() < 0.5) live.id = Math.floor(random() * 1e9);
  if (desired.type === 'query alert' && random() < 0.3) live.type = 'metric alert';
  if (desired.options) {
    const options = live.options as Json;
    for (const key of Object.keys(options)) {
      if (typeof options[key] === 'number' && random() < 0.5) options[key] = String(options[key]);
    }
    const defaults: Json = { notify_audit: false, include_tags: (desired.options as Json).include_tags ?? true, new_host_delay: 300,
      silenced: {}, locked: false, groupby_simple_monitor: false, notify_no_data: false, renotify_occurrences: null,
      escalation_message: null, no_data_timeframe: null };
    for (const [key, value] of Object.entries(defaults)) if (!(key in options) && random() < 0.6) options[key] = value;
    for (let n = Math.floor(random() * 4); n > 0; n--) options[unknownKey(random)] = randomValue(random, 2);
    live.options = shuffled(options, random);
  }
  if (desired.type === 'metric' || desired.type === 'monitor') {
    live.thresholds = (live.thresholds as Json[]).map((t) => ({ ...t, target: random() < 0.5 ? String(t.target) : t.target,
      target_display: String(t.target), [unknownKey(random)]: randomValue(random, 1) }));
    live.tags = (live.tags as string[]).map((t) => (random() < 0.3 && !t.startsWith('vigil-') && !t.startsWith('managed-by') ? t.toUpperCase() : t));
  }
  if (desired.sli_specification && random() < 0.5) {
    live.query = { numerator: 'sum:checkout.requests{!status:5xx}.as_count()', denominator: 'sum:checkout.requests{*}.as_count()' };
  }
  return live;
}

function unknownKey(random: Random): string {
  let key: string;
  do key = `future_${Math.floor(random() * 1e6).toString(36)}`; while (MANAGED_OPTION_KEYS.has(key));
  return key;
}

function randomValue(random: Random, depth: number): unknown {
  const r = random();
  if (r < 0.15) return null;
  if (r < 0.3) return String(Math.floor(random() * 100));
  if (r < 0.45) return Math.floor(random() * 1000) / 10;
  if (r < 0.55) return random() < 0.5;
  if (r < 0.7) return 'text with spaces';
  if (depth <= 0) return [];
  if (r < 0.85) return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(random, depth - 1));
  const o: Json = {};
  for (let n = Math.floor(random() * 3); n > 0; n--) o[unknownKey(random)] = randomValue(random, depth - 1);
  return o;
}

function shuffled(o: Json, random: Random): Json {
  return Object.fromEntries(Object.entries(o).sort(() => random() - 0.5));
}

describe('muted scopes', () => {
  const muted = (silenced: Json): Json => ({ ...MONITOR, options: { ...(MONITOR.options as Json), silenced } });

  it('reads a scope sent with end 0 and stored with end null as no change', () => {
    expect(diffLive('datadog.monitor', muted({ '*': 0 }), muted({ '*': null }))).toEqual([]);
  });

  it('still shows a muted scope ending at a time, or one removed', () => {
    expect(diffLive('datadog.monitor', muted({ '*': 0 }), muted({ '*': 1700000000 }))).not.toEqual([]);
    expect(diffLive('datadog.monitor', muted({ '*': 0 }), muted({}))).not.toEqual([]);
  });
});
