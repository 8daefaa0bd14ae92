// Errors that say where and never hang, end to end through the CLI against the sandbox: plan and apply name their
// targets; a PagerDuty endpoint that never answers ends in a timeout naming its URL; Datadog and PagerDuty pointed at
// different worlds are refused; a key that may not write stops the apply at once with one message. No key value ever
// appears in the output.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RETRY } from '../../src/providers/http/retry.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { runVigil, type Run } from '../support/run-vigil.ts';
import { projectCopy } from '../sync/support.ts';

const API_KEY = 'dd-api-key-that-must-never-be-printed-1234567890';
const APP_KEY = 'dd-app-key-that-must-never-be-printed-1234567890';
const TOKEN = 'pd-token-that-must-never-be-printed-0987654321';
const keys = { DD_APP_KEY: APP_KEY, PAGERDUTY_TOKEN: TOKEN };

let sandbox: Sandbox | undefined;
let silent: { server: Server; sockets: Socket[] } | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  if (silent) {
    for (const s of silent.sockets) s.destroy();
    await new Promise((r) => silent!.server.close(r));
    silent = undefined;
  }
});

function noSecrets(r: Run): void {
  for (const secret of [API_KEY, APP_KEY, TOKEN]) expect(r.stdout + r.stderr).not.toContain(secret);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('plan and apply say where they go and fail with where, why and how to fix', { timeout: 90_000 }, () => {
  it('plan names both targets in its header', async () => {
    sandbox = await startSandbox({ port: 0 });
    const r = await runVigil(['plan'], projectCopy(), sandbox.datadogUrl, { apiKey: API_KEY, env: keys });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Targets: Datadog ${sandbox.datadogUrl} (VIGIL_DATADOG_URL, not the real service); `
      + `PagerDuty ${sandbox.pagerdutyUrl} (VIGIL_PAGERDUTY_URL, not the real service).`);
    const json = await runVigil(['plan', '--json'], projectCopy(), sandbox.datadogUrl, { apiKey: API_KEY, env: keys });
    expect(JSON.parse(json.stdout).version).toBe(1); // stdout stays JSON; the header goes to stderr
    expect(json.stderr).toContain(`Targets: Datadog ${sandbox.datadogUrl}`);
    noSecrets(r);
  });

  it('a PagerDuty endpoint that never answers ends the plan with a timeout naming its URL', async () => {
    sandbox = await startSandbox({ port: 0 });
    const sockets: Socket[] = [];
    const server = createServer((s) => {
      sockets.push(s);
      s.on('error', () => {});
    });
    silent = { server, sockets };
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const pdUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/api.pagerduty.com`;
    const r = await runVigil(['plan'], projectCopy(), sandbox.datadogUrl, {
      apiKey: API_KEY, env: { ...keys, VIGIL_PAGERDUTY_URL: pdUrl, VIGIL_HTTP_TIMEOUT_MS: '300' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`vigil plan: could not list teams: GET ${pdUrl}/teams: no answer within 0.3 s, after ${RETRY.attempts} attempts (timeout). `);
    expect(r.stderr).toContain('raise VIGIL_HTTP_TIMEOUT_MS (now 300)');
    expect(r.stderr).toContain('Check VIGIL_PAGERDUTY_URL');
    noSecrets(r);
  });

  it('refuses Datadog and PagerDuty pointed at different worlds unless VIGIL_ALLOW_MIXED_TARGETS=1', async () => {
    sandbox = await startSandbox({ port: 0 });
    // PagerDuty left at its default, the real api.pagerduty.com, while Datadog is the sandbox: refused before any
    // PagerDuty request is sent.
    const r = await runVigil(['plan'], projectCopy(), sandbox.datadogUrl, { apiKey: API_KEY, env: { ...keys, VIGIL_PAGERDUTY_URL: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`vigil plan: PagerDuty is the real service (https://api.pagerduty.com) but Datadog is not (${sandbox.datadogUrl}, from VIGIL_DATADOG_URL). `
      + 'Point both at the sandbox or both at the real services (VIGIL_DATADOG_URL), or set VIGIL_ALLOW_MIXED_TARGETS=1 if this mix is what you mean.');
    const help = await runVigil(['plan', '--help'], projectCopy(), sandbox.datadogUrl);
    expect(help.stdout).toContain('VIGIL_ALLOW_MIXED_TARGETS=1');
    noSecrets(r);
  });

  it('a Datadog key that may not write stops the apply at the first 403, with one message naming DD_APP_KEY', async () => {
    sandbox = await startSandbox({ port: 0, datadog: { readOnlyAppKeys: [APP_KEY] } });
    const r = await runVigil(['apply', '--yes', '--no-progress', '--concurrency', '1'], projectCopy(), sandbox.datadogUrl, { apiKey: API_KEY, env: keys });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Stopped at the first refusal: could not create a PagerDuty service object: DD_APP_KEY may not write to Datadog: POST ${sandbox.datadogUrl}/api/v1/integration/pagerduty/configuration/services answered HTTP 403`);
    expect(r.stdout).toMatch(/1 change refused with HTTP 403, \d+ not attempted\./);
    expect(r.stdout).toContain('Fix DD_APP_KEY, then run "vigil apply" again.');
    expect(r.stderr.match(/HTTP 403/g)).toHaveLength(1); // one refusal, not one per change
    expect(sandbox.datadog.store.monitors.size).toBe(0);
    noSecrets(r);
  });

  it('a PagerDuty token that may not write stops the apply at the first 403, naming PAGERDUTY_TOKEN', async () => {
    sandbox = await startSandbox({ port: 0, pagerduty: { readOnlyTokens: [TOKEN] } });
    const r = await runVigil(['apply', '--yes', '--no-progress', '--concurrency', '1'], projectCopy(), sandbox.datadogUrl, { apiKey: API_KEY, env: keys });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Stopped at the first refusal: could not create team: PAGERDUTY_TOKEN may not write to PagerDuty: POST http:\/\/127\.0\.0\.1:\d+\/api\.pagerduty\.com\/teams answered HTTP 403/);
    expect(r.stdout).toContain('Fix PAGERDUTY_TOKEN, then run "vigil apply" again.');
    expect(r.stdout).toMatch(/Apply: 0 created, 0 updated, 0 deleted\.\n.*\n1 change refused with HTTP 403, \d+ not attempted\./);
    expect(sandbox.datadog.store.monitors.size).toBe(0);
    noSecrets(r);
  });
});
