import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executePlan, type ExecuteResult } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/cli/pipeline.ts';
import { readRemote } from '../../src/cli/sync.ts';
import { plan as makePlan } from '../../src/plan/plan.ts';
import type { Plan } from '../../src/plan/types.ts';
import { createDatadogClient, type DatadogClient } from '../../src/providers/datadog/client.ts';
import { datadogTarget } from '../../src/providers/datadog/target.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';

/** A sandbox on a random loopback port, with the official client pointed at it the way the CLI does it. */
export async function sandboxWithClient(options: SandboxOptions = {}, http: { timeoutMs?: number } = {}): Promise<{ sandbox: Sandbox; dd: DatadogClient }> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const dd = createDatadogClient({ VIGIL_DATADOG_URL: sandbox.datadogUrl, DD_API_KEY: 'test-api-key', DD_APP_KEY: 'test-app-key' }, { backoffMs: 5, ...http });
  return { sandbox, dd };
}

/** A throw-away copy of a definitions folder (the repo's monitors/ by default), so tests can edit it. */
export function projectCopy(from = join(root, 'monitors')): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sync-'));
  cpSync(from, join(dir, 'monitors'), { recursive: true });
  return dir;
}

/** load → validate → compile → read → plan, as `vigil plan` does. */
export async function planProject(projectDir: string, dd: DatadogClient): Promise<Plan> {
  const pipeline = await runPipeline({ projectDir, compile: true });
  if (!pipeline.compiled) throw new Error(`definitions have errors: ${JSON.stringify(pipeline.diagnostics.slice(0, 3))}`);
  return makePlan(pipeline.compiled, await readRemote(dd));
}

/** Plans and applies once, as `vigil apply --yes --allow-deletes` does. */
export async function applyProject(projectDir: string, dd: DatadogClient): Promise<{ plan: Plan; result: ExecuteResult }> {
  const plan = await planProject(projectDir, dd);
  const result = await executePlan(plan, datadogTarget(dd), { backoffMs: 5 });
  return { plan, result };
}

export function failures(result: ExecuteResult): string[] {
  return result.outcomes.filter((o) => o.status !== 'done').map((o) => `${o.status} ${o.change.id}`);
}
