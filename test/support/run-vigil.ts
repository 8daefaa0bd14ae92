import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './cases.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI without blocking this process (which may be serving the sandbox), pointed at a sandbox's
 * Datadog URL and its PagerDuty mount. `killAfterMs` sends SIGKILL, for interrupted-apply tests; `env` adds to or
 * (with `undefined`) removes from the environment.
 */
export function runVigil(
  args: string[], cwd: string, datadogUrl: string,
  options: { apiKey?: string; killAfterMs?: number; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...process.env, VIGIL_DATADOG_URL: datadogUrl, DD_API_KEY: options.apiKey ?? 'api-key', DD_APP_KEY: 'app-key',
    NO_COLOR: '1', VIGIL_PAGERDUTY_URL: `${datadogUrl}/api.pagerduty.com`, PAGERDUTY_TOKEN: 'pd-token', ...options.env,
  };
  // `env: { NAME: undefined }` unsets a variable.
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'vigil.js'), ...args], { cwd, env });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
