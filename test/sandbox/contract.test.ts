// Contract test: every recording of real Datadog traffic about monitors, SLOs, downtimes, SLO corrections, webhooks
// and teams in ../shared/reality/ (the API clients' HAR files and the Terraform provider's go-vcr cassettes) is
// replayed against a fresh sandbox over HTTP, in order, with the sandbox clock set to the recording's clock and
// recorded ids mapped to the sandbox's. Every compared answer must match; what is not compared, or compared in part,
// is set apart by the rules in test/conformance/sandbox-replay.ts and sandbox-compare.ts, each with its reason, and
// counted here.
import { afterAll, describe, expect, it } from 'vitest';
import { REALITY_DIR, loadRecordings, realityPresent } from '../conformance/recordings.ts';
import { type ReplayResult, replayRecording, touchesScope } from '../conformance/sandbox-replay.ts';

const present = realityPresent();
const recordings = present ? loadRecordings().filter(touchesScope) : [];
const results: ReplayResult[] = [];

describe.skipIf(!present)(`contract: recorded Datadog traffic${present ? '' : ` (skipped: ${REALITY_DIR} is absent)`}`, () => {
  it('finds recordings in every set', () => {
    const sets = new Set(recordings.map((r) => r.set));
    expect([...sets].sort()).toEqual(['datadog-recorded', 'datadog-recorded-v2', 'datadog-tf-cassettes']);
  });

  for (const recording of recordings) {
    it(`${recording.set}/${recording.name}`, async () => {
      const result = await replayRecording(recording);
      results.push(result);
      expect(result.problems).toEqual([]);
      // Every exchange is accounted for: sent, or set apart by a rule with a reason.
      const notSent = recording.exchanges.length - result.replayed;
      const notSentByRule = Object.entries(result.exceptions).filter(([reason]) => !reason.startsWith('compared in part')).reduce((n, [, c]) => n + c, 0);
      expect(notSent + (result.replayed - result.compared)).toBe(notSentByRule);
    });
  }

  afterAll(() => {
    if (results.length === 0) return;
    const sum = (f: (r: ReplayResult) => number) => results.reduce((n, r) => n + f(r), 0);
    const exceptions = new Map<string, number>();
    for (const r of results) for (const [reason, n] of Object.entries(r.exceptions)) exceptions.set(reason, (exceptions.get(reason) ?? 0) + n);
    console.log(
      `contract: ${results.length} recordings, ${sum((r) => r.interactions)} interactions, ${sum((r) => r.replayed)} replayed, ` +
      `${sum((r) => r.compared)} compared, ${sum((r) => r.matched)} matched\n` +
      [...exceptions].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${n} × ${reason}`).join('\n'),
    );
  });
});
