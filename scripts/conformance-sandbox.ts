// Sandbox replay figures: every recording of real Datadog traffic about monitors, SLOs, downtimes and SLO
// corrections is replayed against a fresh sandbox (test/conformance/sandbox-replay.ts), and the counts are printed
// per recording set. Run: node bench/run.js scripts/conformance-sandbox.ts [--problems]
import { RECORDING_SETS, loadRecordings, realityPresent } from '../test/conformance/recordings.ts';
import { type ReplayResult, replayRecording, touchesScope } from '../test/conformance/sandbox-replay.ts';

if (!realityPresent()) {
  process.stdout.write('../shared/reality is absent: no recordings to replay.\n');
  process.exit(0);
}

const showProblems = process.argv.includes('--problems');
const results: ReplayResult[] = [];
for (const recording of loadRecordings().filter(touchesScope)) results.push(await replayRecording(recording));

for (const set of RECORDING_SETS) {
  const rs = results.filter((r) => r.set === set);
  const sum = (f: (r: ReplayResult) => number) => rs.reduce((n, r) => n + f(r), 0);
  const compared = sum((r) => r.compared);
  const matched = sum((r) => r.matched);
  const exceptions = new Map<string, number>();
  for (const r of rs) for (const [reason, n] of Object.entries(r.exceptions)) exceptions.set(reason, (exceptions.get(reason) ?? 0) + n);
  const pct = compared === 0 ? '-' : `${((100 * matched) / compared).toFixed(1)}%`;
  process.stdout.write(
    `${set}\n  recordings ${rs.length} (fully matching ${rs.filter((r) => r.problems.length === 0).length})\n` +
    `  interactions ${sum((r) => r.interactions)}, replayed ${sum((r) => r.replayed)}, compared ${compared}, matched ${matched} (${pct})\n`,
  );
  for (const [reason, n] of [...exceptions].sort((a, b) => b[1] - a[1])) process.stdout.write(`  exception ${String(n).padStart(4)}  ${reason}\n`);
  if (showProblems) for (const r of rs) for (const p of r.problems) process.stdout.write(`    ${r.name} ${p}\n`);
}
