// Shared setup for sandbox tests: start a sandbox on a random port and point the official Datadog client at it.
import { client, v1 } from '@datadog/datadog-api-client';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/server.ts';

export interface Harness {
  sandbox: Sandbox;
  monitors: v1.MonitorsApi;
  slos: v1.ServiceLevelObjectivesApi;
  config: client.Configuration;
}

/** Keys are explicit so the developer's DD_API_KEY/DD_APP_KEY never leak into a test. */
export function datadogConfig(url: string, keys: { apiKey?: string; appKey?: string } = {}, extra: Record<string, unknown> = {}): client.Configuration {
  return client.createConfiguration({
    baseServer: new client.BaseServerConfiguration(url, {}),
    authMethods: { apiKeyAuth: keys.apiKey ?? 'test-api-key', appKeyAuth: keys.appKey ?? 'test-app-key' },
    httpConfig: { compress: false },
    ...extra,
  });
}

export async function startHarness(options: SandboxOptions = {}, keys: { apiKey?: string; appKey?: string } = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const config = datadogConfig(sandbox.datadogUrl, keys);
  return { sandbox, config, monitors: new v1.MonitorsApi(config), slos: new v1.ServiceLevelObjectivesApi(config) };
}

/** A valid log monitor body, like the recorded ones. */
export function logMonitor(name: string, extra: Partial<v1.Monitor> = {}): v1.Monitor {
  return {
    name,
    type: 'log alert',
    query: 'logs("service:foo AND type:error").index("main").rollup("count").by("source").last("5m") > 2',
    message: 'some message @pagerduty-payments',
    tags: ['managed-by:vigil', 'env:ci'],
    options: { thresholds: { critical: 2, warning: 1 } },
    ...extra,
  };
}

/** Raw HTTP against the sandbox with valid keys unless overridden. */
export async function raw(url: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'dd-api-key': 'k', 'dd-application-key': 'k', 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
