// How backtests read in the terminal plan and the pull-request comment: one sentence per change, "(was N)" for
// updates, and the monitors noisiest first.
import { describe, expect, it } from 'vitest';
import type { Backtest } from '../../src/plan/types.ts';
import { backtestSentence } from '../../src/plan/render/backtest.ts';
import { renderMarkdown } from '../../src/plan/render/markdown.ts';
import { renderText } from '../../src/plan/render/text.ts';
import type { Change, Plan } from '../../src/plan/types.ts';

const period = { from: 1_796_000_000 - 7 * 86_400, to: 1_796_000_000 };
const figures = (episodes: number, alertMinutes: number, longestMinutes: number, groups: number) => ({ episodes, alertMinutes, longestMinutes, groups });

const quiet: Backtest = { ...period, supported: true, after: figures(0, 0, 0, 0) };
const noisy: Backtest = { ...period, supported: true, after: figures(14, 310, 45, 3), before: figures(3, 40, 20, 1) };
const some: Backtest = { ...period, supported: true, after: figures(2, 30, 20, 1) };
const skipped: Backtest = { ...period, supported: false, reason: 'anomaly monitors alert outside a band learned from the series\' history, which the backtest does not model' };

function plan(): Plan {
  const monitor = (action: Change['action'], id: string, backtest: Backtest): Change => ({
    action, kind: 'datadog.monitor', id, backtest, payload: { name: id, type: 'query alert', query: 'avg(last_5m):avg:a{*} > 1' },
    ...(action === 'update' ? { remoteId: 7, fields: [{ path: 'options.thresholds.critical', old: 2, new: 1 }] } : {}),
  });
  return {
    version: 1, summary: { create: 3, update: 1, delete: 0, unchanged: 0 }, drift: [], remoteIds: {}, remoteVersions: {},
    changes: [monitor('create', 'a-quiet', quiet), monitor('create', 'b-anomaly', skipped), monitor('create', 'c-some', some), monitor('update', 'd-noisy', noisy)],
  };
}

describe('backtest sentences', () => {
  it('says how often, how long and which groups, with the figures before an update', () => {
    expect(backtestSentence(noisy)).toBe('would have alerted 14 times in 7 days (was 3); 310 minutes in alert (was 40), longest 45 minutes, 3 groups (was 1)');
    expect(backtestSentence(some)).toBe('would have alerted 2 times in 7 days; 30 minutes in alert, longest 20 minutes');
    expect(backtestSentence({ ...some, after: figures(1, 5, 5, 1) })).toBe('would have alerted once in 7 days; 5 minutes in alert, longest 5 minutes');
    expect(backtestSentence(quiet)).toBe('would have alerted 0 times in 7 days');
    expect(backtestSentence(skipped)).toMatch(/^not backtested: anomaly monitors/);
    expect(backtestSentence({ ...quiet, from: period.to - 36 * 3600 })).toBe('would have alerted 0 times in 36 hours');
  });
});

describe('rendered plans', () => {
  it('the terminal plan gives each change its sentence and lists the monitors noisiest first', () => {
    const text = renderText(plan());
    expect(text).toContain('      backtest: would have alerted 14 times in 7 days (was 3)');
    const section = text.split('Backtest over the last 7 days, noisiest first:\n')[1] ?? '';
    expect(section.split('\n').filter(Boolean).map((l) => l.trim().split(':')[0])).toEqual(['d-noisy', 'c-some', 'a-quiet', 'b-anomaly']);
  });

  it('the pull-request comment has a table noisiest first and lists what was not backtested, with why', () => {
    const md = renderMarkdown(plan());
    const section = md.split('### Backtest: the last 7 days, noisiest first')[1]?.split('\n### ')[0] ?? '';
    const rows = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]?.trim()]);
    expect(rows).toEqual([['d-noisy', '14 times (was 3)'], ['c-some', '2 times'], ['a-quiet', '0 times']]);
    expect(section).toContain('<summary>Not backtested (1)</summary>');
    expect(section).toContain('- `b-anomaly`: anomaly monitors alert outside a band learned from the series\' history');
    expect(md).toContain('Backtest: would have alerted 14 times in 7 days (was 3); 310 minutes in alert (was 40), longest 45 minutes, 3 groups (was 1).');
  });

  it('a plan without backtests renders as before', () => {
    const bare = plan();
    bare.changes = bare.changes.map(({ backtest: _b, ...c }) => c);
    expect(renderText(bare)).not.toContain('acktest');
    expect(renderMarkdown(bare)).not.toContain('acktest');
  });
});
