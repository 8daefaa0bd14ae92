// End to end: every monitor Datadog ships with its integrations-extras integrations is created in the sandbox through
// the official client, imported as TypeScript, loaded, validated, compiled, adopted and applied. Afterwards the
// ordinary plan is empty and no monitor changed except for vigil's ownership tags. The corpus lives outside the
// repository (../shared); without it the test is skipped, by name.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v1 } from '@datadog/datadog-api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { readOwned as readRemote } from '../../src/providers/world.ts';
import { canonicalJson } from '../../src/compile/canonical.ts';
import { ID_TAG_PREFIX, MANAGED_TAG } from '../../src/compile/ownership.ts';
import { asWireMonitor, importMonitors, type ImportResult } from '../../src/import/index.ts';
import { adoptionTargets, mergeAdoptions, planAdoptions, withoutAdoptions } from '../../src/plan/adopt.ts';
import { planDatadog as makePlan } from '../../src/plan/datadog.ts';
import type { DatadogClient } from '../../src/providers/datadog/client.ts';
import { readAdoptable, readUnownedMonitors } from '../../src/providers/datadog/adopt.ts';
import { datadogTarget } from '../../src/providers/datadog/target.ts';
import { typecheck } from '../../src/validate/typecheck.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { failures, sandboxWithClient } from '../sync/support.ts';
import { foreignTags } from './support.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(ROOT, '..', 'shared', 'reality', 'monitors', 'integrations-extras');
const present = existsSync(CORPUS);
const absent = present ? '' : ` (skipped: corpus folder ${CORPUS} is absent)`;

/**
 * A corpus definition as the official client takes it. One catalog file writes `renotify_interval` as the string
 * "0"; the client's model types it as a number and refuses the string, so it is sent as the number Datadog stores.
 */
function corpusMonitor(file: string): v1.Monitor {
  const { definition } = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { definition: Record<string, unknown> & { options: Record<string, unknown> } };
  const interval = definition.options.renotify_interval;
  if (typeof interval === 'string') definition.options.renotify_interval = Number(interval);
  return v1.ObjectSerializer.deserialize(definition, 'Monitor', '') as v1.Monitor;
}

/** Each monitor's JSON as the official client reads it back, by Datadog id. */
async function snapshot(dd: DatadogClient, ids: number[]): Promise<Map<number, Record<string, unknown>>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const id of ids) out.set(id, v1.ObjectSerializer.serialize(await dd.monitors.getMonitor({ monitorId: id }), 'Monitor', '') as Record<string, unknown>);
  return out;
}

/** Everything but `modified` and the tags, which are compared separately (as tags minus vigil's own). */
function untagged(body: Record<string, unknown>): string {
  const { modified: _m, tags: _t, ...rest } = body;
  return canonicalJson(rest);
}


describe('vigil import adopts the integrations-extras corpus', () => {
  let sandbox: Sandbox;
  let dd: DatadogClient;
  let project: string;
  let ids: number[];
  let before: Map<number, Record<string, unknown>>;
  let imported: ImportResult;

  beforeAll(async () => {
    if (!present) return;
    ({ sandbox, dd } = await sandboxWithClient());
    ids = [];
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort()) {
      ids.push((await dd.monitors.createMonitor({ body: corpusMonitor(file) })).id!);
    }
    before = await snapshot(dd, ids);
    project = mkdtempSync(join(tmpdir(), 'vigil-import-'));
    const unowned = await readUnownedMonitors(dd);
    imported = importMonitors(unowned.map((r) => asWireMonitor(r.body)!));
    mkdirSync(join(project, 'monitors', 'imported'), { recursive: true });
    for (const f of imported.files) writeFileSync(join(project, 'monitors', 'imported', f.path), f.text);
  }, 60_000);

  afterAll(async () => {
    await sandbox?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it.skipIf(!present)(`imports every monitor, typed where the query parses, with nothing it would change${absent}`, () => {
    expect(imported.monitors).toHaveLength(ids.length);
    expect(imported.problems).toEqual([]);
    const builders = new Set(imported.monitors.map((m) => m.builder));
    expect([...builders].sort()).toEqual(['eventAlert', 'logAlert', 'metricAlert', 'monitor', 'serviceCheck']);
    // No team or service tags in the corpus: one file.
    expect(imported.files.map((f) => f.path)).toEqual(['imported.ts']);
  });

  it.skipIf(!present)(`adopts all of them with only tag changes, and the next plan is empty${absent}`, async () => {
    const pipeline = await runPipeline({ projectDir: project, compile: true });
    expect(pipeline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(pipeline.definitions).toHaveLength(ids.length);
    const compiled = pipeline.compiled!;
    const remote = await readRemote(dd);
    const owned = new Set(remote.monitors.map((m) => m.logicalId));
    expect(owned.size).toBe(0);
    const adoptable = await readAdoptable(dd, adoptionTargets(compiled.datadog.monitors, owned));
    const adoption = planAdoptions(compiled.datadog.monitors, owned, adoptable);
    expect(adoption.problems).toEqual([]);
    expect(adoption.changes).toHaveLength(ids.length);
    for (const c of adoption.changes) {
      expect(c.reason, c.id).toBe('adopt');
      expect(c.fields!.map((f) => f.path), c.id).toEqual(['tags']);
      const added = (c.fields![0]!.new as string[]).filter((t) => !(c.fields![0]!.old as string[]).includes(t));
      expect(added.sort(), c.id).toEqual([MANAGED_TAG, `${ID_TAG_PREFIX}${c.id}`]);
    }

    const plan = mergeAdoptions(makePlan(withoutAdoptions(compiled, owned), remote), adoption);
    expect(plan.summary).toEqual({ create: 0, update: ids.length, delete: 0, unchanged: 0 });
    const result = await executePlan(plan, datadogTarget(dd), { backoffMs: 5 });
    expect(failures(result)).toEqual([]);

    const next = makePlan(compiled, await readRemote(dd));
    expect(next.changes).toEqual([]);
    expect(next.summary.unchanged).toBe(ids.length);

    const after = await snapshot(dd, ids);
    const changed = ids.filter((id) => untagged(before.get(id)!) !== untagged(after.get(id)!));
    expect(changed.map((id) => ({ id, before: untagged(before.get(id)!), after: untagged(after.get(id)!) }))).toEqual([]);
    for (const id of ids) expect(foreignTags(after.get(id)!), String(id)).toEqual(foreignTags(before.get(id)!));
    console.log(`corpus adoption: ${ids.length - changed.length}/${ids.length} monitors adopted with no change but vigil's tags`);
  }, 60_000);

  it.skipIf(!present)(`writes source that type-checks against the DSL${absent}`, async () => {
    // `import … from '@vigil-monitors/vigil'` resolves the way it does in a user's project: through node_modules.
    mkdirSync(join(project, 'node_modules', '@vigil-monitors'), { recursive: true });
    symlinkSync(ROOT, join(project, 'node_modules', '@vigil-monitors', 'vigil'), 'dir');
    expect(await typecheck(project, 'monitors')).toEqual([]);
  }, 60_000);
});
