// Real writes compare equal to what the server stored: for every successful monitor, SLO, notification rule, downtime
// and SLO correction write in ../shared/reality/, diffLive finds no change between the body sent and the server's
// answer, nor between the body sent and the next read of the object. Figures: `node bench/run.js scripts/conformance.ts`.
import { describe, expect, it } from 'vitest';
import { comparisonCases, compare } from './comparison.ts';
import { RECORDING_SETS, loadRecordings, realityPresent } from './recordings.ts';

const present = realityPresent();

describe.skipIf(!present)(`comparison: real writes plan no change${present ? '' : ' (skipped: ../shared/reality is absent)'}`, () => {
  const recordings = present ? loadRecordings() : [];

  for (const set of RECORDING_SETS) {
    it(`${set}: every write compares equal to its answer and to the next read`, () => {
      const cases = recordings.filter((r) => r.set === set).flatMap(comparisonCases);
      const differing = cases.map(compare).filter((r) => r.changes.length > 0)
        .map((r) => `${r.case.recording} ${r.case.label}: ${JSON.stringify(r.changes)}`);
      console.log(`comparison ${set}: ${cases.length} compared, ${cases.length - differing.length} match`);
      expect(differing).toEqual([]);
    });
  }

  it('compares every kind vigil writes, in every recording set, creates and updates, answers and reads', () => {
    const cases = recordings.flatMap(comparisonCases);
    const seen = new Set(cases.map((c) => `${c.kind} ${c.label.split(' ')[1]} ${c.against}`));
    for (const want of ['datadog.monitor POST answer', 'datadog.monitor POST read', 'datadog.monitor PUT answer',
      'datadog.monitor PUT read', 'datadog.slo POST answer', 'datadog.slo POST read', 'datadog.slo PUT answer', 'datadog.slo PUT read',
      'datadog.notification-rule POST answer', 'datadog.notification-rule POST read', 'datadog.notification-rule PATCH answer',
      'datadog.downtime POST answer', 'datadog.downtime POST read', 'datadog.downtime PATCH answer',
      'datadog.slo-correction POST answer', 'datadog.slo-correction POST read', 'datadog.slo-correction PATCH answer']) {
      expect(seen, want).toContain(want);
    }
  });
});
