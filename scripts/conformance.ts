// Prints the comparison figures: `node bench/run.js scripts/conformance.ts [--verbose]`.
import { comparisonCases, compare } from '../test/conformance/comparison.ts';
import { loadRecordings, realityPresent } from '../test/conformance/recordings.ts';

if (!realityPresent()) {
  console.log('../shared/reality is absent: nothing to measure.');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const bySet = new Map<string, { compared: number; matched: number }>();
for (const r of loadRecordings()) {
  for (const c of comparisonCases(r)) {
    const res = compare(c);
    const f = bySet.get(r.set) ?? { compared: 0, matched: 0 };
    f.compared++;
    if (res.changes.length === 0) f.matched++;
    else if (verbose) console.log(`${r.set}/${r.name} ${c.label}: ${JSON.stringify(res.changes)}`);
    bySet.set(r.set, f);
  }
}
for (const [set, f] of bySet) console.log(`${set}: ${f.compared} compared, ${f.matched} match, ${f.compared - f.matched} differ`);
