// `vigil sandbox`: flags, output, clean stop. The command's body is called with injected output and stop signal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSandbox } from '../../src/cli/commands/sandbox.ts';
import { startSandbox } from '../../src/sandbox/server.ts';
import { raw } from './helpers.ts';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the command; `during` gets the URLs once it listens, and the sandbox stops when it returns. */
async function run(argv: string[], during?: (urls: { datadogUrl: string; pagerdutyUrl: string }) => Promise<void>): Promise<Run> {
  let out = '';
  let err = '';
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const code = await runSandbox(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stopped,
    onReady: (urls) => void (during ? during(urls) : Promise.resolve()).finally(stop),
  });
  return { code, out, err };
}

describe('vigil sandbox', () => {
  it('documents every option, including what each fault does', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--port', '--state', '--latency-ms', '--jitter-ms', '--seed', '--fail-rate', '--reset-rate', '--timeout-rate',
      '--lost-response-rate', '--read-only-key', '--api-key', '--app-key', '--no-rate-limits', '--rate-limit-scale', '--help']) {
      expect(out).toContain(flag);
    }
    expect(out).toMatch(/write IS committed/);
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--fail-rate', '2'], /--fail-rate must be a number from 0 to 1/],
    [['--api-key', 'x'], /--api-key and --app-key go together/],
    [['--fail-rate', '0.6', '--reset-rate', '0.6'], /add up to 1.2/],
    [['extra'], /unexpected argument "extra"/],
  ])('refuses %j with one line and exit 1', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('serves, prints how to point vigil at it, logs requests without keys, and flushes state on stop', async () => {
    const state = join(mkdtempSync(join(tmpdir(), 'vigil-cli-')), 'state.json');
    const { code, out, err } = await run(['--port', '0', '--state', state, '--api-key', 'sekret-api', '--app-key', 'sekret-app'], async ({ datadogUrl }) => {
      const res = await raw(datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify({ type: 'query alert', query: 'avg(last_5m):avg:a{*} > 1', name: 'from cli' }),
        { 'dd-api-key': 'sekret-api', 'dd-application-key': 'sekret-app' });
      expect(res.status).toBe(200);
    });
    expect(code).toBe(0);
    expect(out).toMatch(/export VIGIL_DATADOG_URL=http:\/\/127\.0\.0\.1:\d+ VIGIL_PAGERDUTY_URL=http:\/\/127\.0\.0\.1:\d+\/api\.pagerduty\.com/);
    expect(out).toMatch(/DD_API_KEY=.* DD_APP_KEY=.* PAGERDUTY_TOKEN=/);
    expect(err).toMatch(/datadog\s+POST\s+\/api\/v1\/monitor → 200/);
    expect(out + err).not.toContain('sekret');
    expect(readFileSync(state, 'utf8')).toContain('from cli');
  });

  it('says so in one line when the port is taken', async () => {
    const busy = await startSandbox();
    try {
      const { code, err } = await run(['--port', String(busy.port), '--quiet']);
      expect(code).toBe(1);
      expect(err).toBe(`vigil sandbox: port ${busy.port} is already in use; pick another with --port\n`);
    } finally {
      await busy.close();
    }
  });
});
