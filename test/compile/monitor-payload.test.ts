import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sortKeys } from '../../src/compile/canonical.ts';
import { compileMonitor } from '../../src/compile/datadog/monitor.ts';
import { normalizeMonitor } from '../../src/compile/datadog/normalize.ts';
import { HASH_TAG_PREFIX } from '../../src/compile/ownership.ts';
import { metricAlert } from '../../src/dsl/index.ts';

/** Keys in sorted order at every level of a JSON value. */
function sortedEverywhere(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(sortedEverywhere);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.every((k, i) => i === 0 || keys[i - 1]! < k) && Object.values(value).every(sortedEverywhere);
}

const withVariables = metricAlert({
  id: 'formula', name: 'Formula', message: { summary: 'High.' }, team: 'web', severity: 'sev3',
  query: 'formula("a / b").last("5m") > 10',
  options: {
    variables: [{ query: 'sum:a{*}', name: 'a', data_source: 'metrics' }, { name: 'b', query: 'sum:b{*}', data_source: 'metrics' }] as never,
    renotifyInterval: 30, notifyNoData: true, noDataTimeframe: 10,
    schedulingOptions: { evaluationWindow: { hourStarts: 5, dayStarts: '04:00' } } as never,
  },
});

describe('monitor payloads', () => {
  it('come out with keys sorted at every level, formula variables and overrides included', () => {
    const plain = compileMonitor(withVariables).payload;
    expect(sortedEverywhere(plain)).toBe(true);
    expect(JSON.stringify(plain)).toBe(JSON.stringify(sortKeys(plain)));
    // Variables are written in Datadog's own shape: sent as written, only ordered.
    const [first] = (plain.options as { variables: Record<string, unknown>[] }).variables;
    expect(Object.entries(first!)).toEqual([['data_source', 'metrics'], ['name', 'a'], ['query', 'sum:a{*}']]);

    const overridden = compileMonitor({ ...withVariables, overrides: { options: { zeta: 1, alpha: { b: 1, a: 2 } }, name: 'Raw name' } }).payload;
    expect(sortedEverywhere(overridden)).toBe(true);
    expect(overridden).toMatchObject({ name: 'Raw name', options: { alpha: { a: 2, b: 1 }, zeta: 1, renotify_interval: 30 } });
  });

  it('carry the hash of their canonical form, the one a monitor read back from Datadog hashes to', () => {
    const payload = compileMonitor(withVariables).payload;
    const tag = payload.tags!.find((t) => t.startsWith(HASH_TAG_PREFIX))!;
    // Read back: Datadog returns keys in its own order; the hash of the canonical form does not depend on it.
    const readBack = JSON.parse(JSON.stringify(payload), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).reverse()) : v));
    expect(tag.slice(HASH_TAG_PREFIX.length)).toBe(contentHash(normalizeMonitor(readBack)));
  });

  it('list every tag once, sorted, the ones vigil adds included', () => {
    const def = metricAlert({
      id: 'tags', name: 'Tags', message: { summary: 'High.' }, team: 'web', env: 'prod', query: 'avg(last_5m):avg:a{*} > 1',
      tags: ['zone:b', 'team:web', 'zone:a', 'zone:b'],
    });
    const tags = compileMonitor(def).payload.tags!;
    expect(tags.filter((t) => !t.startsWith(HASH_TAG_PREFIX))).toEqual(['env:prod', 'managed-by:vigil', 'team:web', 'vigil-id:tags', 'zone:a', 'zone:b']);
    expect(tags).toEqual([...new Set(tags)].sort());
  });

  it('normalize tags to a sorted copy without repeats or the hash tag, whatever order they come in', () => {
    const tags = (t: unknown[]) => normalizeMonitor({ type: 'query alert', tags: t }).tags;
    const canonical = ['env:prod', 'service:web', 'team:a'];
    expect(tags(canonical)).toEqual(canonical);
    expect(tags(canonical)).not.toBe(canonical); // a copy, even when nothing changes
    expect(tags(['team:a', `${HASH_TAG_PREFIX}0123456789abcdef`, 'env:prod', 'team:a', 'service:web'])).toEqual(canonical);
    expect(tags(['env:prod', 'env:prod', 'team:a'])).toEqual(['env:prod', 'team:a']);
    expect(tags(['env:prod', `${HASH_TAG_PREFIX}0123456789abcdef`])).toEqual(['env:prod']);
    expect(tags(['b', 1, 'a'])).toEqual(['1', 'a', 'b']);
  });

  it('canonical JSON is the sorted copy serialized, whether or not the value is already in order', () => {
    const values: unknown[] = [
      { b: 1, a: [{ d: 1, c: undefined }, null, 'x'] },
      { a: 1, b: { c: 2, d: [3, { e: 4 }] } },
      { 10: 'ten', 9: 'nine', a: true }, // integer-like keys: V8 enumerates them in numeric order
      { when: new Date(0), a: 1 }, // a Date is copied as an object with no keys, as sortKeys does
      [{ z: 1, y: 2 }, 'plain'],
      Object.assign(Object.create(null), { b: 2, a: 1 }),
      JSON.parse('{"__proto__": {"x": 1}, "a": 1}'), // an own __proto__, as Datadog's JSON could carry
      'text', 42, null,
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(JSON.stringify(sortKeys(value)));
  });
});
