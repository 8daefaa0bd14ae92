// Every network failure says where (the URL), why (refused, DNS, timeout, reset, HTTP status) and what to change
// (which environment variable), for both providers, and never shows a key. The faults are real loopback sockets: a
// server that never answers, one that resets every connection, a port nothing listens on.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RETRY } from '../../src/providers/http/retry.ts';
import { createDatadogClient } from '../../src/providers/datadog/client.ts';
import { readOwnedMonitors } from '../../src/providers/datadog/monitors.ts';
import { PermissionError, ProviderError } from '../../src/providers/errors.ts';
import { createPagerDutyClient, pdCall } from '../../src/providers/pagerduty/client.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';

const TOKEN = 'pd-token-that-must-never-be-printed-0987654321';
const API_KEY = 'dd-api-key-that-must-never-be-printed-1234567890';
const APP_KEY = 'dd-app-key-that-must-never-be-printed-1234567890';

const servers: Server[] = [];
const sockets: import('node:net').Socket[] = [];
let sandbox: Sandbox | undefined;
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  await sandbox?.close();
  sandbox = undefined;
});

/** A TCP server that treats every connection with `onConnection`; returns its base URL. */
async function tcp(onConnection: (socket: import('node:net').Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}
const neverAnswers = () => tcp((socket) => socket.on('error', () => {}));
const resetsEveryConnection = () => tcp((socket) => socket.destroy());

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  const message = (err as Error).message;
  for (const secret of [TOKEN, API_KEY, APP_KEY]) expect(message).not.toContain(secret);
  return err as ProviderError;
}

const pagerDuty = (base: string, timeoutMs = '200') =>
  createPagerDutyClient({ PAGERDUTY_TOKEN: TOKEN, VIGIL_PAGERDUTY_URL: `${base}/api.pagerduty.com`, VIGIL_HTTP_TIMEOUT_MS: timeoutMs });
const datadog = (base: string, timeoutMs = '200') =>
  createDatadogClient({ DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, VIGIL_DATADOG_URL: base, VIGIL_HTTP_TIMEOUT_MS: timeoutMs }, { backoffMs: 1 });

describe('PagerDuty requests', () => {
  it('end with a timeout naming the URL when the endpoint never answers', async () => {
    const base = await neverAnswers();
    const err = await failure(pdCall(pagerDuty(base), 'get', '/teams', 'list teams'));
    expect(err.message).toBe(`could not list teams: GET ${base}/api.pagerduty.com/teams: no answer within 0.2 s, after ${RETRY.attempts} attempts (timeout). `
      + 'PagerDuty or the network is slow or down: try again, and raise VIGIL_HTTP_TIMEOUT_MS (now 200) if answers are merely slow. '
      + 'Check VIGIL_PAGERDUTY_URL: is the sandbox running there (it prints its PagerDuty URL)? Unset it to reach api.pagerduty.com.');
    expect(err.retryable).toBe(true);
  });

  it('leave no timer running after a reset connection (pdjs kept the process alive for 30 s)', async () => {
    const base = await resetsEveryConnection();
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const err = await failure(pdCall(pagerDuty(base, '60000'), 'post', '/teams', 'create team', { team: { name: 'x' } }));
    expect(err.message).toMatch(new RegExp(`^could not create team: POST ${base}/api\\.pagerduty\\.com/teams: the connection was closed before an answer \\(E[A-Z_]+\\)\\. `));
    expect(timers()).toBe(before);
  });

  it('say the connection was refused, and which variable points there', async () => {
    const base = await resetsEveryConnection();
    servers.pop()!.close(); // nothing listens on that port any more
    const err = await failure(pdCall(pagerDuty(base), 'get', '/services', 'list services'));
    expect(err.message).toContain(`GET ${base}/api.pagerduty.com/services: connection refused: nothing listens at ${base.slice('http://'.length)}. Check VIGIL_PAGERDUTY_URL`);
  });

  it('name the token on a 403 to a write, and the token to check on a refused read', async () => {
    sandbox = await startSandbox({ port: 0, pagerduty: { readOnlyTokens: [TOKEN] } });
    const c = createPagerDutyClient({ PAGERDUTY_TOKEN: TOKEN, VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl });
    expect((await pdCall(c, 'get', '/teams', 'list teams')).status).toBe(200);
    const err = await failure(pdCall(c, 'post', '/teams', 'create team', { team: { name: 'x', description: 'y' } }));
    expect(err).toBeInstanceOf(PermissionError);
    expect((err as PermissionError).key).toBe('PAGERDUTY_TOKEN');
    expect(err.message).toMatch(/^could not create team: PAGERDUTY_TOKEN may not write to PagerDuty: POST http:\/\/127\.0\.0\.1:\d+\/api\.pagerduty\.com\/teams answered HTTP 403/);
    expect(err.message).toContain('Use a full-access PagerDuty REST API key');
    await sandbox.close();
    sandbox = await startSandbox({ port: 0, pagerduty: { tokens: ['another-token'] } });
    const wrong = createPagerDutyClient({ PAGERDUTY_TOKEN: TOKEN, VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl });
    const read = await failure(pdCall(wrong, 'get', '/teams', 'list teams'));
    expect(read).not.toBeInstanceOf(PermissionError);
    expect(read.message).toMatch(/PagerDuty refused the keys \(HTTP 401.*\)\. Check PAGERDUTY_TOKEN/);
  });
});

describe('Datadog requests', () => {
  it('end with a timeout naming the URL when the endpoint never answers', async () => {
    const base = await neverAnswers();
    const err = await failure(readOwnedMonitors(datadog(base)));
    expect(err.message).toBe(`could not list monitors: GET ${base}/api/v1/monitor: no answer within 0.2 s, after ${RETRY.attempts} attempts (timeout). `
      + 'Datadog or the network is slow or down: try again, and raise VIGIL_HTTP_TIMEOUT_MS (now 200) if answers are merely slow. '
      + 'Check VIGIL_DATADOG_URL: is the sandbox running there ("vigil sandbox --port N" prints its URL)? Unset it to reach Datadog at DD_SITE.');
  });

  it('name the host that does not resolve and the site setting to check', async () => {
    const dd = createDatadogClient({ DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, DD_SITE: 'datadoghq.invalid', VIGIL_HTTP_TIMEOUT_MS: '5000' }, { backoffMs: 1, maxAttempts: 1 });
    const err = await failure(readOwnedMonitors(dd));
    expect(err.message).toMatch(/^could not list monitors: GET https:\/\/api\.datadoghq\.invalid\/api\/v1\/monitor: the host name api\.datadoghq\.invalid does not resolve \(DNS, E[A-Z_]+\)\. Check DD_SITE \("datadoghq\.invalid"\): it must be your Datadog site/);
  });

  it('say the provider failed with its status after the retries, for both clients', async () => {
    sandbox = await startSandbox({ port: 0, failRate: 1 });
    const err = await failure(readOwnedMonitors(datadog(sandbox.datadogUrl, '5000')));
    expect(err.message).toMatch(new RegExp(`^could not list monitors: GET ${sandbox.datadogUrl.replace(/\./g, '\\.')}/api/v1/monitor: Datadog failed \\(HTTP 50[023]: [^)]+\\) after ${RETRY.attempts} attempts: trouble on Datadog's side\\. Try again later\\.$`));
    expect(err.retryable).toBe(true);
    const pd = await failure(pdCall(createPagerDutyClient({ PAGERDUTY_TOKEN: TOKEN, VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl }), 'get', '/teams', 'list teams'));
    expect(pd.message).toMatch(new RegExp(`^could not list teams: GET http://127\\.0\\.0\\.1:\\d+/api\\.pagerduty\\.com/teams: PagerDuty failed \\(HTTP 50[023][^)]*\\) after ${RETRY.attempts} attempts: trouble on PagerDuty's side\\. Try again later\\.$`));
  });

  it('say TLS failed, and suspect https:// to a plain-http server, for both clients', async () => {
    sandbox = await startSandbox({ port: 0 });
    const https = sandbox.datadogUrl.replace('http://', 'https://');
    const dd = createDatadogClient({ DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, VIGIL_DATADOG_URL: https }, { backoffMs: 1, maxAttempts: 1 });
    const err = await failure(readOwnedMonitors(dd));
    expect(err.message).toMatch(new RegExp(`^could not list monitors: GET ${https.replace(/\./g, '\\.')}/api/v1/monitor: TLS failed \\([A-Z_]+\\) \\(an https:// URL pointing at a plain-http server\\?\\)\\. `));
    const pd = await failure(pdCall(createPagerDutyClient({ PAGERDUTY_TOKEN: TOKEN, VIGIL_PAGERDUTY_URL: `${https}/api.pagerduty.com` }), 'get', '/teams', 'list teams'));
    expect(pd.message).toMatch(/: TLS failed \([A-Z_]+\) \(an https:\/\/ URL pointing at a plain-http server\?\)\. .*Check VIGIL_PAGERDUTY_URL/);
  });

  it('name the application key on a 403 to a write, and both keys on a refused read', async () => {
    sandbox = await startSandbox({ port: 0, datadog: { readOnlyAppKeys: [APP_KEY] } });
    const { createMonitor } = await import('../../src/providers/datadog/monitors.ts');
    const dd = datadog(sandbox.datadogUrl, '5000');
    expect(await readOwnedMonitors(dd)).toEqual([]);
    const err = await failure(createMonitor(dd, { name: 'x', type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 3', message: 'm', tags: ['managed-by:vigil', 'vigil-id:x'] }));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.message).toBe(`could not create monitor: DD_APP_KEY may not write to Datadog: POST ${sandbox.datadogUrl}/api/v1/monitor answered HTTP 403: Forbidden. `
      + 'Use an application key whose user and scopes may write monitors and SLOs (monitors_write, slos_write; PagerDuty service objects also need manage_integrations). '
      + 'A read-only key is enough for "vigil plan" only.');
    await sandbox.close();
    sandbox = await startSandbox({ port: 0, datadog: { apiKeys: ['another-key'] } });
    const read = await failure(readOwnedMonitors(datadog(sandbox.datadogUrl, '5000')));
    expect(read.message).toBe(`could not list monitors: GET ${sandbox.datadogUrl}/api/v1/monitor: Datadog refused the keys (HTTP 403: Forbidden). `
      + 'Check DD_API_KEY and DD_APP_KEY: the server at VIGIL_DATADOG_URL does not accept them.');
  });
});
