// `vigil sandbox`: run the local Datadog + PagerDuty emulator until SIGINT/SIGTERM. Thin: parse flags, start the
// server, print where it is, wait, close (which flushes --state).
import { parseArgs } from 'node:util';
import { flagProblem } from '../args.ts';
import type { Command } from '../command.ts';
import { type SandboxOptions, startSandbox } from '../../sandbox/server.ts';

const HELP = `vigil sandbox — a local emulator of the Datadog and PagerDuty APIs

Usage: vigil sandbox [--port N] [options]

Serves the Datadog API at http://127.0.0.1:N with Datadog's own paths (/api/v1/monitor, /api/v1/slo, …) and the
PagerDuty REST API at http://127.0.0.1:N/api.pagerduty.com. Runs until Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port N                 Port on 127.0.0.1 (default 0: a free port, printed at start)
  --state FILE             Keep state in FILE: loaded at start, rewritten atomically after every write request
                           and on exit. Without it, state lives in memory only.
  --latency-ms N           Delay every request by N milliseconds (default 0)
  --jitter-ms N            Add a random extra delay in [0, N) milliseconds (default 0)
  --seed N                 Seed for jitter, faults and the synthetic metric data of /api/v1/query (default 1).
                           The same seed and the same request order give the same faults in the same places.
Faults (each a fraction between 0 and 1 of all requests, drawn per request in arrival order; default 0):
  --fail-rate R            Answer 500, 502 or 503 without doing anything
  --reset-rate R           Reset the connection without doing anything
  --timeout-rate R         Never answer (the request hangs until the client gives up); nothing is done
  --lost-response-rate R   Do the request (a write IS committed), then drop the connection before answering —
                           the client cannot tell whether its write happened
Keys:
  --api-key K --app-key K  Accept only this Datadog key pair (default: any non-empty DD-API-KEY and
                           DD-APPLICATION-KEY, and any non-empty PagerDuty token)
  --read-only-key KEY      A Datadog application key or PagerDuty token that may read but gets 403 on writes,
                           as used for plans on pull requests (repeatable)
Other:
  --no-rate-limits         Turn off Datadog's per-endpoint rate limits (on by default, with the real limits and
                           X-RateLimit-* headers)
  --rate-limit-scale R     Multiply every rate limit by R (e.g. 0.01 to see 429s quickly)
  --no-seed-data           Start empty instead of with sample PagerDuty users, schedules and vendors, and the
                           Slack channels, webhook and teams the example organisation notifies
  --quiet                  Do not log requests
  --help                   Show this help
`;

const OPTIONS = {
  port: { type: 'string' },
  state: { type: 'string' },
  'latency-ms': { type: 'string' },
  'jitter-ms': { type: 'string' },
  seed: { type: 'string' },
  'fail-rate': { type: 'string' },
  'reset-rate': { type: 'string' },
  'timeout-rate': { type: 'string' },
  'lost-response-rate': { type: 'string' },
  'api-key': { type: 'string' },
  'app-key': { type: 'string' },
  'read-only-key': { type: 'string', multiple: true },
  'no-rate-limits': { type: 'boolean' },
  'rate-limit-scale': { type: 'string' },
  'no-seed-data': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface SandboxIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves when the sandbox should stop (the CLI wires SIGINT/SIGTERM). */
  stopped: Promise<unknown>;
  /** Called once the sandbox listens (tests use it to find the URL). */
  onReady?: (urls: { datadogUrl: string; pagerdutyUrl: string }) => void;
}

export const command: Command = async (argv) => {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await runSandbox(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), stopped });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
};

export async function runSandbox(argv: string[], io: SandboxIo): Promise<number> {
  let options: SandboxOptions;
  let quiet: boolean;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(flagProblem(err as Error & { code?: string }, OPTIONS));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    options = toOptions(values);
    quiet = values.quiet ?? false;
  } catch (err) {
    const problem = oneLine(err);
    io.stderr(`vigil sandbox: ${problem}${/[.?!]$/.test(problem) ? '' : '.'} Run "vigil sandbox --help" for the options.\n`);
    return 1;
  }

  if (!quiet) {
    options.onRequest = (e) =>
      io.stderr(`${e.api === 'datadog' ? 'datadog  ' : 'pagerduty'} ${e.method.padEnd(6)} ${e.path} → ${e.outcome} (${e.ms} ms)\n`);
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EADDRINUSE' ? `port ${options.port} is already in use; pick another with --port` : oneLine(err);
    io.stderr(`vigil sandbox: ${why}\n`);
    return 1;
  }
  const keyed = options.datadog?.apiKeys !== undefined;
  io.stdout([
    `Datadog API:   ${sandbox.datadogUrl}`,
    `PagerDuty API: ${sandbox.pagerdutyUrl}`,
    options.state ? `State file:    ${options.state}` : 'State:         in memory (use --state FILE to keep it)',
    '',
    'Point vigil at it:',
    `  export VIGIL_DATADOG_URL=${sandbox.datadogUrl} VIGIL_PAGERDUTY_URL=${sandbox.pagerdutyUrl} \\`,
    keyed
      ? '    DD_API_KEY=<your --api-key> DD_APP_KEY=<your --app-key> PAGERDUTY_TOKEN=sandbox'
      : '    DD_API_KEY=sandbox DD_APP_KEY=sandbox PAGERDUTY_TOKEN=sandbox',
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'));
  io.onReady?.({ datadogUrl: sandbox.datadogUrl, pagerdutyUrl: sandbox.pagerdutyUrl });
  await io.stopped;
  await sandbox.close();
  io.stdout('Sandbox stopped.\n');
  return 0;
}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

function toOptions(v: Values): SandboxOptions {
  if ((v['api-key'] === undefined) !== (v['app-key'] === undefined)) throw new UsageError('--api-key and --app-key go together');
  const readOnly = v['read-only-key'];
  const options: SandboxOptions = {
    port: integer(v.port, '--port', 0, 65535) ?? 0,
    latencyMs: integer(v['latency-ms'], '--latency-ms', 0, 600_000),
    jitterMs: integer(v['jitter-ms'], '--jitter-ms', 0, 600_000),
    seed: integer(v.seed, '--seed', 0, 2 ** 32 - 1),
    failRate: fraction(v['fail-rate'], '--fail-rate'),
    resetRate: fraction(v['reset-rate'], '--reset-rate'),
    timeoutRate: fraction(v['timeout-rate'], '--timeout-rate'),
    lostResponseRate: fraction(v['lost-response-rate'], '--lost-response-rate'),
    datadog: {
      ...(v['api-key'] !== undefined ? { apiKeys: [v['api-key']], appKeys: [v['app-key'] as string] } : {}),
      ...(readOnly ? { readOnlyAppKeys: readOnly } : {}),
      rateLimits: v['no-rate-limits'] ? false : { scale: positive(v['rate-limit-scale'], '--rate-limit-scale') ?? 1 },
      seedData: !v['no-seed-data'],
    },
    pagerduty: { seedData: !v['no-seed-data'], ...(readOnly ? { readOnlyTokens: readOnly } : {}) },
  };
  if (v.state !== undefined) {
    if (v.state.trim() === '') throw new UsageError('--state needs a file name');
    options.state = v.state;
  }
  const total = (options.failRate ?? 0) + (options.resetRate ?? 0) + (options.timeoutRate ?? 0) + (options.lostResponseRate ?? 0);
  if (total > 1) throw new UsageError(`the fault rates add up to ${total}, more than 1`);
  return options;
}

function integer(raw: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function fraction(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${flag} must be a number from 0 to 1 (got "${raw}")`);
  return n;
}

function positive(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a number above 0 (got "${raw}")`);
  return n;
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]?.replace(/\.$/, '') ?? 'unknown error';
}
