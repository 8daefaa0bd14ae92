import { describe, expect, it } from 'vitest';
import { normalizeMonitor } from '../../src/compile/datadog/normalize.ts';

// The canonical form both sides of a plan's comparison go through, and what content hashes are taken of: each rule
// here is one of Datadog's server-side normalizations (reference/apis.md §1.6).
const options = (type: string, input: Record<string, unknown>) => normalizeMonitor({ type, options: input }).options;

describe('normalizeMonitor options', () => {
  it('drops nulls and the values Datadog fills in by default, and sorts keys at every level', () => {
    const out = options('query alert', {
      renotify_interval: 30, notify_no_data: false, include_tags: true, new_host_delay: 300, silenced: {},
      notify_audit: null, evaluation_delay: { b: 1, a: 2 }, groupby_simple_monitor: false,
    });
    expect(JSON.stringify(out)).toBe('{"evaluation_delay":{"a":2,"b":1},"renotify_interval":30}');
  });

  it('keeps no_data_timeframe only while no-data notifications are on', () => {
    expect(options('query alert', { no_data_timeframe: 10, notify_no_data: true })).toEqual({ no_data_timeframe: 10, notify_no_data: true });
    expect(options('query alert', { no_data_timeframe: 10, notify_no_data: false })).toEqual({});
    expect(options('query alert', { no_data_timeframe: 10 })).toEqual({});
  });

  it('drops require_full_window under a custom schedule, and an empty schedule', () => {
    const custom = { custom_schedule: { recurrences: [{ rrule: 'FREQ=DAILY', timezone: 'UTC' }] } };
    expect(options('query alert', { require_full_window: true, scheduling_options: custom })).toEqual({ scheduling_options: custom });
    expect(options('query alert', { require_full_window: true, scheduling_options: {} })).toEqual({ require_full_window: true });
    expect(options('query alert', { require_full_window: false, scheduling_options: { evaluation_window: { day_starts: '04:00' } } }))
      .toEqual({ require_full_window: false, scheduling_options: { evaluation_window: { day_starts: '04:00' } } });
  });

  it('reads numeric threshold strings as numbers, drops ok and unknown but for service checks, and drops empty thresholds', () => {
    expect(options('query alert', { thresholds: { warning: '5', critical: 10, ok: 1, unknown: null } })).toEqual({ thresholds: { critical: 10, warning: 5 } });
    expect(options('service check', { thresholds: { ok: 1, critical: 3, warning: ' ' } })).toEqual({ thresholds: { critical: 3, ok: 1, warning: ' ' } });
    expect(options('query alert', { thresholds: { ok: 1 }, timeout_h: 2 })).toEqual({ timeout_h: 2 });
    expect(options('query alert', { thresholds: 'high' })).toEqual({});
    expect(JSON.stringify(options('query alert', { thresholds: { critical: { b: 1, a: 2 } } }))).toBe('{"thresholds":{"critical":{"a":2,"b":1}}}');
  });

  it('sorts option keys and keeps formula variables as written', () => {
    const variables = [{ query: 'sum:a{*}', name: 'a', data_source: 'metrics' }];
    const out = options('query alert', { variables, thresholds: { critical: 1 }, notify_no_data: true, no_data_timeframe: 20 });
    expect(Object.keys(out as object)).toEqual(['no_data_timeframe', 'notify_no_data', 'thresholds', 'variables']);
    expect((out as { variables: unknown }).variables).toBe(variables);
  });

  it('is idempotent', () => {
    const input = { type: 'metric alert', name: ' n ', message: 'm ', query: ' q', tags: ['b', 'a', 'b'], restricted_roles: ['r2', 'r1'],
      options: { notify_no_data: true, no_data_timeframe: 10, thresholds: { critical: '3' }, scheduling_options: {} } };
    const once = normalizeMonitor(input);
    expect(normalizeMonitor(once)).toEqual(once);
    expect(once).toEqual({ message: 'm', name: 'n', options: { no_data_timeframe: 10, notify_no_data: true, thresholds: { critical: 3 } },
      priority: null, query: 'q', restricted_roles: ['r1', 'r2'], tags: ['a', 'b'], type: 'query alert' });
  });
});
