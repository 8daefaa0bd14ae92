// What a definitions folder (the example organisation in monitors/ by default) compiles to, counted from the
// definitions as loaded: tests that apply the example expect these numbers rather than ones written down, so
// adding a monitor to the example changes no test.
import { DATADOG_KINDS } from '../../src/plan/datadog-kinds.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { root } from './cases.ts';

export interface CompiledCounts {
  /** Every object vigil creates for the folder, as `<kind> <logical id>` (the plan's kinds, every Datadog kind included). */
  objects: string[];
  /** Datadog monitors, those derived from SLOs included. */
  monitors: number;
  /** Monitors derived from SLOs (burn-rate and error-budget alerts). */
  derivedMonitors: number;
  slos: number;
  /** PagerDuty objects and Datadog's PagerDuty service objects. */
  pagerduty: number;
  /** Objects whose live version vigil keeps: all but Datadog's PagerDuty service objects, which have none. */
  versioned: number;
}

export async function compiledCounts(projectDir = root): Promise<CompiledCounts> {
  const pipeline = await runPipeline({ projectDir, compile: true });
  if (!pipeline.compiled) throw new Error(`${projectDir} has errors: ${JSON.stringify(pipeline.diagnostics.slice(0, 3))}`);
  const { datadog, pagerduty } = pipeline.compiled;
  const objects = [
    ...DATADOG_KINDS.flatMap((k) => k.desired(pipeline.compiled!).map((o) => `${k.kind} ${o.id}`)),
    ...pagerduty.objects.map((o) => `${o.kind} ${o.id}`),
  ];
  return {
    objects,
    monitors: datadog.monitors.length,
    derivedMonitors: pipeline.derived,
    slos: datadog.slos.length,
    pagerduty: pagerduty.objects.length,
    versioned: objects.length - pagerduty.objects.filter((o) => o.kind === 'datadog.pagerduty-service').length,
  };
}
