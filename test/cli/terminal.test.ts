import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/apply/execute.ts';
import { flagProblem } from '../../src/cli/args.ts';
import { interruptedReport } from '../../src/cli/interrupt.ts';
import { closest } from '../../src/cli/suggest.ts';
import { drawProgress, useColor } from '../../src/cli/terminal.ts';
import type { Change } from '../../src/plan/types.ts';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colour', () => {
  it('on a terminal by default, off a terminal unless FORCE_COLOR, and NO_COLOR wins over both', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(true); // set, even empty, forces as Node reads it
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true); // an empty NO_COLOR does not count (no-color.org)
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
  });
});

describe('progress', () => {
  it('is drawn only on a terminal, and never when turned off by flag or environment', () => {
    expect(drawProgress(tty, {}, {})).toBe(true);
    expect(drawProgress(pipe, {}, {})).toBe(false);
    expect(drawProgress(tty, { noProgress: true }, {})).toBe(false);
    expect(drawProgress(tty, {}, { VIGIL_NO_PROGRESS: '1' })).toBe(false);
    expect(drawProgress(tty, {}, { ACCESSIBLE: '1' })).toBe(false);
    expect(drawProgress(tty, {}, { TERM: 'dumb' })).toBe(false);
    expect(drawProgress(tty, {}, { CI: 'true' })).toBe(false);
    expect(drawProgress(tty, {}, { VIGIL_NO_PROGRESS: '0' })).toBe(true);
  });
});

describe('did you mean', () => {
  it('names the closest flag or command, and nothing when none is close', () => {
    expect(closest('--jsno', ['--json', '--markdown', '--out'])).toBe('--json');
    expect(closest('--allow-delete', ['--allow-deletes', '--yes'])).toBe('--allow-deletes');
    expect(closest('--detailed', ['--detailed-exitcode', '--dir'])).toBe('--detailed-exitcode');
    expect(closest('plna', ['plan', 'apply'])).toBe('plan');
    expect(closest('--frobnicate', ['--json', '--dir'])).toBeUndefined();
  });

  it('keeps parseArgs\' sentence and adds the guess', () => {
    const err = Object.assign(new Error("Unknown option '--yse'. To specify a positional argument starting with a '-', place it at the end"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(flagProblem(err, { yes: { type: 'boolean' }, plan: { type: 'string' } })).toBe(`Unknown option '--yse'. Did you mean "--yes"?`);
    const other = Object.assign(new Error("Option '--dir <value>' argument missing"), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
    expect(flagProblem(other, { dir: { type: 'string' } })).toBe("Option '--dir <value>' argument missing");
  });
});

describe('an interrupted apply', () => {
  const change = (action: Change['action'], id: string): Change => ({ action, kind: 'datadog.monitor', id });
  const a = change('create', 'a'), b = change('update', 'b'), c = change('create', 'c'), d = change('create', 'd'), e = change('delete', 'e');
  const outcomes: Outcome[] = [
    { status: 'done', change: a, remoteId: 1 },
    { status: 'done', change: b, remoteId: 2 },
    { status: 'failed', change: e, error: 'HTTP 403 Forbidden' },
    { status: 'failed', change: c, error: 'not started: apply was interrupted' },
    { status: 'skipped', change: d, reason: 'create of "c" did not succeed' },
  ];

  it('says what was done, what was not, and that running apply again continues', () => {
    expect(interruptedReport(outcomes, new Set([c]), false)).toBe([
      'Interrupted. Apply: 1 created, 1 updated, 0 deleted before stopping.',
      'Failed: 1.',
      '  FAILED to delete datadog.monitor e: HTTP 403 Forbidden',
      'Not done: 2.',
      '  create datadog.monitor c',
      '  create datadog.monitor d',
      'Everything listed as created, updated or deleted is in place.',
      'Run "vigil apply" again to continue: it plans from what is live now, and a create whose answer was lost is found by its logical id, not made twice.',
      '',
    ].join('\n'));
  });

  it('with a saved plan, says that plan is spent and a fresh plan continues', () => {
    expect(interruptedReport(outcomes, new Set([c]), true)).toContain('The saved plan is now partly applied, so "vigil apply --plan" would refuse it as stale. Run "vigil plan"');
  });
});
