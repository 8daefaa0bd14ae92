import { describe, expect, it } from 'vitest';
import { toText } from '../../src/compile/decimal.ts';
import { RECOMMENDED_TIERS, resolveTiers } from '../../src/compile/slo/tiers.ts';
import { metricSlo } from '../../src/dsl/index.ts';
import type { SloTimeframe } from '../../src/ir/slo.ts';

const base = (timeframe: SloTimeframe, alerts: Parameters<typeof metricSlo>[0]['alerts']) => metricSlo({
  id: 'web', name: 'Web', good: 'sum:a{*}.as_count()', total: 'sum:b{*}.as_count()',
  thresholds: [{ timeframe, target: 99.9 }], alerts,
});

describe('burn-rate tiers', () => {
  it('defaults to Datadog\'s recommended tiers per timeframe, short window = long/12, the slowest a ticket', () => {
    const show = (tf: SloTimeframe) => resolveTiers(base(tf, {})).map((t) => `${t.name} ${toText(t.rate!)}× ${t.longWindow}/${t.shortWindow} ${t.severity}`);
    expect(show('7d')).toEqual(['burn-1h 16.8× 1h/5m sev2', 'burn-6h 5.6× 6h/30m sev2', 'burn-24h 2.8× 24h/2h sev4']);
    expect(show('30d')).toEqual(['burn-1h 14.4× 1h/5m sev2', 'burn-6h 6× 6h/30m sev2', 'burn-24h 3× 24h/2h sev4']);
    expect(show('90d')).toEqual(['burn-1h 21.6× 1h/5m sev2', 'burn-6h 10.8× 6h/30m sev2', 'burn-24h 4.5× 24h/2h sev4']);
    expect(resolveTiers(base('30d', undefined))).toEqual([]);
    expect(resolveTiers(base('30d', { burnRate: false }))).toEqual([]);
  });

  it('turns "budget consumed in the window" into exactly Datadog\'s table (budget × period / window)', () => {
    const consumed: Record<SloTimeframe, number[]> = { '7d': [10, 20, 40], '30d': [2, 5, 10], '90d': [1, 3, 5] };
    for (const tf of ['7d', '30d', '90d'] as const) {
      const tiers = resolveTiers(base(tf, {
        burnRate: RECOMMENDED_TIERS[tf].map(([, hours], i) => ({ longWindow: `${hours}h`, budgetConsumed: consumed[tf][i]! })),
      }));
      expect(tiers.map((t) => toText(t.rate!))).toEqual(RECOMMENDED_TIERS[tf].map(([rate]) => rate));
    }
    const odd = resolveTiers(base('30d', { burnRate: [{ longWindow: '7h', shortWindow: '35m', budgetConsumed: 5 }] }));
    expect(toText(odd[0]!.rate!)).toBe('5.1429'); // 5% × 720h / 7h, kept to 4 decimals
  });

  it('names tiers after their window (and timeframe when not the primary); explicit severities win', () => {
    const slo = metricSlo({
      id: 'web', name: 'Web', good: 'sum:a{*}.as_count()', total: 'sum:b{*}.as_count()',
      thresholds: [{ timeframe: '30d', target: 99.9 }, { timeframe: '7d', target: 99.9 }],
      alerts: {
        burnRate: [{ longWindow: '1h', burnRate: 14.4 }, { longWindow: '1d', burnRate: 2.8, timeframe: '7d', severity: 'sev3' }, { longWindow: '1d', burnRate: 3 }],
        errorBudget: [{ consumed: 62.5 }, { consumed: 90, timeframe: '7d', name: 'almost-gone' }],
      },
    });
    expect(resolveTiers(slo).map((t) => [t.name, t.severity, t.timeframe])).toEqual([
      ['burn-1h', 'sev2', '30d'], ['burn-24h-7d', 'sev3', '7d'], ['burn-24h', 'sev4', '30d'],
      ['budget-62-5', 'sev4', '30d'], ['almost-gone', 'sev4', '7d'],
    ]);
  });
});
