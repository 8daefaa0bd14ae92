// How the CLI behaves around the edges: a reader that goes away, a mistyped flag, colour and progress settings,
// Ctrl-C during apply, and the question apply asks on a terminal.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { projectCopy } from '../sync/support.ts';

const bin = join(root, 'bin', 'vigil.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The environment a user has: keys and URLs for the sandbox, and no colour or CI settings from the test run. */
function env(sandbox: Sandbox | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'VIGIL_NO_PROGRESS', 'ACCESSIBLE', 'GITHUB_ACTIONS']) delete base[k];
  return {
    ...base, TERM: 'xterm',
    ...(sandbox ? {
      VIGIL_DATADOG_URL: sandbox.datadogUrl, VIGIL_PAGERDUTY_URL: `${sandbox.datadogUrl}/api.pagerduty.com`,
      DD_API_KEY: 'api-key', DD_APP_KEY: 'app-key', PAGERDUTY_TOKEN: 'pd-token',
    } : {}),
    ...extra,
  };
}

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs a shell command line without blocking this process (which serves the sandbox). */
function sh(command: string, cwd: string, environment: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd, env: environment });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(input);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('vigil on the command line', { timeout: 90_000 }, () => {
  it('ends quietly when the reader closes the pipe: no EPIPE stack trace, exit status 0', async () => {
    for (const reader of ['head -1', 'true']) {
      const r = await sh(`node ${JSON.stringify(bin)} compile --json | ${reader}; echo "status=\${PIPESTATUS[0]}" >&2`, root, env(undefined));
      expect(r.stderr, reader).toBe('status=0\n');
      if (reader === 'head -1') expect(r.stdout).toBe('{\n');
    }
  });

  it('names the closest flag or command for a typo', async () => {
    const flag = await sh(`node ${JSON.stringify(bin)} plan --jsno`, root, env(undefined));
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe(`vigil plan: Unknown option '--jsno'. Did you mean "--json"?\n`);
    const command = await sh(`node ${JSON.stringify(bin)} aply`, root, env(undefined));
    expect(command.code).toBe(1);
    expect(command.stderr.split('\n')[0]).toBe('vigil: unknown command "aply". Did you mean "vigil apply"?');
    // Subcommands and the sandbox's own flags too.
    const sub = await sh(`node ${JSON.stringify(bin)} route tset`, root, env(undefined));
    expect(sub.code).toBe(1);
    expect(sub.stderr).toContain('did you mean "route test"?');
    const openslo = await sh(`node ${JSON.stringify(bin)} openslo exprt`, root, env(undefined));
    expect(openslo.stderr).toContain('did you mean "openslo export"?');
    const sandboxFlag = await sh(`node ${JSON.stringify(bin)} sandbox --prot 3`, root, env(undefined));
    expect(sandboxFlag.code).toBe(1);
    expect(sandboxFlag.stderr).toBe(`vigil sandbox: Unknown option '--prot'. Did you mean "--port"? Run "vigil sandbox --help" for the options.\n`);
  });

  it('colours a plan off a terminal with FORCE_COLOR, and never with NO_COLOR', async () => {
    sandbox = await startSandbox({ port: 0 });
    const dir = projectCopy();
    const plain = await sh(`node ${JSON.stringify(bin)} plan`, dir, env(sandbox));
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await sh(`node ${JSON.stringify(bin)} plan`, dir, env(sandbox, { FORCE_COLOR: '1' }));
    expect(forced.stdout).toMatch(/^Targets: .*\n\n\u001b\[1mPlan: \d+ to create/);
    const both = await sh(`node ${JSON.stringify(bin)} plan`, dir, env(sandbox, { FORCE_COLOR: '1', NO_COLOR: '1' }));
    expect(both.stdout).not.toContain('\u001b[');
  });

  it('Ctrl-C during apply finishes what is in flight, says what was done, and a re-run continues', async () => {
    sandbox = await startSandbox({ port: 0, latencyMs: 60 });
    const dir = projectCopy();
    const environment = env(sandbox);
    const interrupted = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [bin, 'apply', '--yes', '--concurrency', '1'], { cwd: dir, env: environment });
      let stdout = '', stderr = '', sent = false;
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => {
        stderr += d;
        // Off a terminal apply reports one line per finished change: interrupt after the third.
        if (!sent && (stderr.match(/^created /gm) ?? []).length >= 3) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(interrupted.code).toBe(1);
    expect(interrupted.stderr).toContain('Interrupted: starting no more changes; letting the 1 in flight finish. Press Ctrl-C again to stop at once.');
    expect(interrupted.stderr).not.toMatch(/\n\s+at /);
    const report = interrupted.stdout.slice(interrupted.stdout.indexOf('Interrupted.'));
    const created = Number(/^Interrupted\. Apply: (\d+) created, 0 updated, 0 deleted before stopping\.$/m.exec(report)?.[1]);
    expect(created).toBeGreaterThanOrEqual(3);
    expect(report).toMatch(/^Not done: \d+\.$/m);
    expect(report).toContain('Run "vigil apply" again to continue');
    const total = Number(/^Plan: (\d+) to create/m.exec(interrupted.stdout)![1]);

    const again = await sh(`node ${JSON.stringify(bin)} apply --yes`, dir, environment);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Plan: ${total - created} to create, 0 to update, 0 to delete, ${created} unchanged.`);
    const after = await sh(`node ${JSON.stringify(bin)} plan --detailed-exitcode`, dir, environment);
    expect(after.code).toBe(0);
  });

  it.skipIf(!hasScript)('on a terminal: the plan summary right above the question, and progress only when allowed', async () => {
    sandbox = await startSandbox({ port: 0 });
    const dir = projectCopy();
    const environment = env(sandbox);
    // `script` runs vigil on a pseudo-terminal, as a user's shell would.
    const onTty = (args: string) => `script -qec ${JSON.stringify(`node ${bin} ${args}`)} /dev/null`;
    const asked = await sh(onTty('apply'), dir, environment, 'no\n');
    const text = asked.stdout.replace(/\r/g, '').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    expect(text).toMatch(/\nPlan: \d+ to create, 0 to update, 0 to delete, 0 unchanged\.\nApply these changes\? Type "yes" to continue: /);
    expect(text).toContain('Nothing was changed.');

    const quiet = await sh(onTty('apply --yes --no-progress'), dir, environment);
    expect(quiet.stdout).toContain('Apply: ');
    expect(quiet.stdout).not.toMatch(/\[#+\.*\] \d+\/\d+ changes/);
    expect(quiet.stdout).toMatch(/^created datadog\.monitor /m);
  });
});
