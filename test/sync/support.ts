import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, v1 } from '@datadog/datadog-api-client';
import { executePlan, type ExecuteResult } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { applyTarget } from '../../src/cli/sync.ts';
import { plan as makePlan, worldNeeds, type World } from '../../src/plan/index.ts';
import type { Plan } from '../../src/plan/types.ts';
import { createDatadogClient, type DatadogClient } from '../../src/providers/datadog/client.ts';
import { createPagerDutyClient } from '../../src/providers/pagerduty/client.ts';
import { readWorld, type Clients } from '../../src/providers/world.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';

/** A sandbox on a random loopback port, with the official clients pointed at it the way the CLI does it. */
export async function sandboxWithClient(options: SandboxOptions = {}, http: { timeoutMs?: number } = {}): Promise<{ sandbox: Sandbox; dd: DatadogClient; clients: Clients }> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const dd = createDatadogClient({ VIGIL_DATADOG_URL: sandbox.datadogUrl, DD_API_KEY: 'test-api-key', DD_APP_KEY: 'test-app-key' }, { backoffMs: 5, ...http });
  const pagerduty = createPagerDutyClient({ VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl, PAGERDUTY_TOKEN: 'test-token' });
  return { sandbox, dd, clients: { datadog: dd, pagerduty } };
}

/**
 * Creates a webhook in the sandbox's Webhooks integration through the official client, as someone would in Datadog:
 * vigil never creates webhooks, it only checks that the `@webhook-<name>` handles it writes reach one.
 */
export async function createWebhook(sandbox: Sandbox, name: string): Promise<void> {
  const configuration = client.createConfiguration({
    baseServer: new client.BaseServerConfiguration(sandbox.datadogUrl, {}),
    authMethods: { apiKeyAuth: 'test-api-key', appKeyAuth: 'test-app-key' },
  });
  await new v1.WebhooksIntegrationApi(configuration).createWebhooksIntegration({ body: { name, url: `https://hooks.example.com/${name}` } });
}

/**
 * Creates Datadog's PagerDuty service object for `name` in the sandbox, as the PagerDuty integration tile does for a
 * service vigil does not manage, so `@pagerduty-<name>` resolves.
 */
export async function createPagerDutyServiceObject(dd: DatadogClient, name: string): Promise<void> {
  await dd.pagerduty.createPagerDutyIntegrationService({ body: { serviceName: name, serviceKey: `key-${name}` } });
}

/** A throw-away copy of a definitions folder (the repo's monitors/ by default), so tests can edit it. */
export function projectCopy(from = join(root, 'monitors')): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sync-'));
  cpSync(from, join(dir, 'monitors'), { recursive: true });
  return dir;
}

/** load → validate → compile → readWorld → plan, with the same plan() `vigil plan` calls. */
export async function planProject(projectDir: string, clients: Clients): Promise<Plan> {
  return (await planWithWorld(projectDir, clients)).plan;
}

async function planWithWorld(projectDir: string, clients: Clients): Promise<{ plan: Plan; world: World }> {
  const pipeline = await runPipeline({ projectDir, compile: true });
  if (!pipeline.compiled) throw new Error(`definitions have errors: ${JSON.stringify(pipeline.diagnostics.slice(0, 3))}`);
  const world = await readWorld(clients, worldNeeds(pipeline.compiled, pipeline.definitions));
  const result = makePlan(pipeline.compiled, world, {
    definitions: pipeline.definitions, load: { failedFiles: pipeline.failedFiles, skippedFiles: pipeline.skippedFiles },
  });
  if (!result.plan) throw new Error(`no plan: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return { plan: result.plan, world };
}

/** Plans and applies once, as `vigil apply --yes --allow-deletes` does. */
export async function applyProject(projectDir: string, clients: Clients): Promise<{ plan: Plan; result: ExecuteResult }> {
  const { plan, world } = await planWithWorld(projectDir, clients);
  const result = await executePlan(plan, applyTarget(clients, world), { backoffMs: 5 });
  return { plan, result };
}

export function failures(result: ExecuteResult): string[] {
  return result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.status} ${o.change.id}`);
}
