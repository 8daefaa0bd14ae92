// What `plan` and `apply` share: load → validate → compile → readWorld → plan. The clients come from the
// environment here, at the edge; everything below takes them as arguments.
import { formatDiagnostic, type Diagnostic } from '../ir/diagnostic.ts';
import { plan as makePlan, worldNeeds, type World } from '../plan/index.ts';
import { DEFAULT_MAX_DELETE_PERCENT } from '../plan/delete-guard.ts';
import type { Plan } from '../plan/types.ts';
import { createDatadogClient } from '../providers/datadog/client.ts';
import { datadogTarget } from '../providers/datadog/target.ts';
import { checkTargetsAgree } from '../providers/endpoint.ts';
import { createPagerDutyClient } from '../providers/pagerduty/client.ts';
import { pagerDutyTarget } from '../providers/pagerduty/target.ts';
import { readWorld, type Clients } from '../providers/world.ts';
import { byKind } from '../apply/targets.ts';
import type { ApplyTarget } from '../plan/remote.ts';
import { runPipeline, type PipelineResult } from '../pipeline/index.ts';
import { plural } from './plural.ts';

/** Makes the clients a command talks through; `pagerduty` says whether PagerDuty must be reachable. */
export type ClientFactory = (needs: { pagerduty: boolean }) => Clients;

/**
 * The clients for real Datadog and PagerDuty (or what VIGIL_DATADOG_URL and VIGIL_PAGERDUTY_URL point at), keyed
 * from the environment. PagerDuty is configured when it is needed or when PAGERDUTY_TOKEN is set.
 */
export const clientsFromEnv: ClientFactory = ({ pagerduty }) => {
  const env = process.env;
  const datadog = createDatadogClient(env);
  if (!pagerduty && !env.PAGERDUTY_TOKEN) return { datadog };
  const pd = createPagerDutyClient(env);
  checkTargetsAgree(datadog.endpoint, pd.endpoint, env); // never read one world and write another
  return { datadog, pagerduty: pd };
};

export interface Prepared {
  pipeline: PipelineResult;
  clients: Clients;
  world: World;
  plan: Plan;
}

/** The apply target for a plan: Datadog objects through the Datadog client, PagerDuty ones through pdjs. */
export function applyTarget(clients: Clients, world: World): ApplyTarget {
  const datadog = datadogTarget(clients.datadog);
  const pagerduty = clients.pagerduty && world.pagerduty ? pagerDutyTarget(clients.pagerduty, clients.datadog, world.pagerduty) : undefined;
  return byKind((kind) => (kind.startsWith('pagerduty.') || kind === 'datadog.pagerduty-service' ? pagerduty : datadog));
}

/**
 * Loads, validates, compiles, reads the world and plans. Returns undefined (after printing the problems, each at
 * its definition's line) when the definitions have errors or the plan cannot be made: vigil never plans from a
 * broken or partial set of definitions.
 */
export async function preparePlan(
  projectDir: string, dir: string | undefined, err: (s: string) => void,
  { maxDeletePercent = DEFAULT_MAX_DELETE_PERCENT, clients: makeClients = clientsFromEnv }: { maxDeletePercent?: number; clients?: ClientFactory } = {},
): Promise<Prepared | undefined> {
  const pipeline = await runPipeline({ projectDir, ...(dir ? { dir } : {}), compile: true });
  printDiagnostics(pipeline.diagnostics, err);
  if (!pipeline.compiled) {
    err(`\nNo plan: ${plural(pipeline.errors, 'error')} in the definitions. Fix them first (vigil validate).\n`);
    return undefined;
  }
  const needs = worldNeeds(pipeline.compiled, pipeline.definitions);
  const clients = makeClients({ pagerduty: needs.pagerduty });
  const world = await readWorld(clients, needs);
  const result = makePlan(pipeline.compiled, world, {
    definitions: pipeline.definitions, maxDeletePercent,
    load: { failedFiles: pipeline.failedFiles, skippedFiles: pipeline.skippedFiles },
  });
  printDiagnostics(result.diagnostics, err);
  if (!result.plan) {
    err(`\n${noPlanLine(result.diagnostics)}\n`);
    return undefined;
  }
  return { pipeline, clients, world, plan: result.plan };
}

/** One closing line for a refused plan, by what stopped it. */
function noPlanLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const references = errors.filter((d) => d.code === 'plan-reference');
  const count = (list: readonly Diagnostic[]) => new Set(list.map((d) => d.message)).size;
  const pagerduty = count(references.filter((d) => d.message.includes('PagerDuty')));
  const datadog = count(references.filter((d) => !d.message.includes('PagerDuty')));
  const composites = errors.filter((d) => d.code === 'composite-unknown-monitor').length;
  const adoptions = errors.filter((d) => d.code === 'plan-adopt').length;
  const parts = [
    ...(pagerduty ? [`${plural(pagerduty, 'reference')} to PagerDuty cannot be resolved`] : []),
    ...(datadog ? [`${plural(datadog, 'reference')} to Datadog cannot be resolved`] : []),
    ...(composites ? [`${plural(composites, 'composite reference')} to a monitor that will not exist`] : []),
    ...(adoptions ? [`${plural(adoptions, 'adoption')} cannot happen as written`] : []),
  ];
  return `No plan: ${parts.join('; ') || `${plural(errors.length, 'problem')} above`}.`;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], err: (s: string) => void): void {
  for (const d of diagnostics) err(`${formatDiagnostic(d)}\n`);
}
