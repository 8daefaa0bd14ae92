// Routing through Datadog monitor notification rules, end to end: the official clients against the sandbox over
// loopback HTTP. The example organisation routes one team through notification rules; switching every team to them
// and back is one plan each way, and at no moment of either apply is a routed monitor left without its notifications.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { applyTarget } from '../../src/cli/sync.ts';
import { plan as makePlan, worldNeeds } from '../../src/plan/index.ts';
import type { Plan } from '../../src/plan/types.ts';
import { ROUTE_TAG_PREFIX } from '../../src/routing/notification-rules.ts';
import { readWorld, type Clients } from '../../src/providers/world.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { applyProject, failures, planProject, projectCopy, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const routingFile = (dir: string) => join(dir, 'monitors', 'routing.ts');
const TEAM_EXCEPTION = "  teamTargets: { discovery: 'notification-rules' },\n";
const ALL_RULES = "  target: 'notification-rules',\n";

/** Rewrites the routing table's target line `from` to `to` (a line, or nothing for the default, messages). */
function retarget(dir: string, from: string, to: string): void {
  const text = readFileSync(routingFile(dir), 'utf8');
  expect(text).toContain(from);
  writeFileSync(routingFile(dir), text.replace(from, to));
}

/** Monitors the sandbox holds that notify someone: through a notification block, or a rule its route tag names. */
function routedMonitors(s: Sandbox): Map<number, string> {
  const rules = new Set([...s.datadog.store.notificationRules.values()].flatMap((r) => {
    const filter = r.attributes.filter as { tags?: string[] } | undefined;
    return filter?.tags ?? [];
  }));
  const out = new Map<number, string>();
  for (const m of s.datadog.store.monitors.values()) {
    if (m.message.includes('{{#is_alert}}')) out.set(m.id, 'message');
    else if (m.tags.some((t) => t.startsWith(ROUTE_TAG_PREFIX) && rules.has(t))) out.set(m.id, 'rule');
  }
  return out;
}

/** Plans `dir`, then applies the plan one change at a time, checking after each that every routed monitor still is. */
async function applyWatching(dir: string, clients: Clients, s: Sandbox): Promise<{ plan: Plan; unrouted: string[] }> {
  const pipeline = await runPipeline({ projectDir: dir, compile: true });
  const world = await readWorld(clients, worldNeeds(pipeline.compiled!));
  const { plan } = makePlan(pipeline.compiled!, world, { definitions: pipeline.definitions });
  const routed = routedMonitors(s);
  const unrouted: string[] = [];
  const result = await executePlan(plan!, applyTarget(clients, world), {
    concurrency: 1, backoffMs: 5,
    onOutcome: (o) => {
      const now = routedMonitors(s);
      for (const id of routed.keys()) if (s.datadog.store.monitors.has(id) && !now.has(id)) unrouted.push(`${id} after ${o.change.action} ${o.change.id}`);
    },
  });
  expect(failures(result)).toEqual([]);
  return { plan: plan!, unrouted };
}

describe('routing through notification rules (sandbox, official client)', () => {
  it('the example organisation: plan, apply, and the next plan is empty; its rules carry vigil\'s marker', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    const compiled = (await runPipeline({ projectDir: dir, compile: true })).compiled!;
    const rules = compiled.datadog.notificationRules;
    expect(rules.length).toBeGreaterThan(0);
    const first = await applyProject(dir, s.clients);
    expect(failures(first.result)).toEqual([]);
    expect(first.plan.changes.filter((c) => c.kind === 'datadog.notification-rule').map((c) => c.id).sort()).toEqual(rules.map((r) => r.id));
    const again = await planProject(dir, s.clients);
    expect(again.changes).toEqual([]);
    expect(again.summary.unchanged).toBe(first.plan.summary.create);
    const live = [...s.sandbox.datadog.store.notificationRules.values()].map((r) => String(r.attributes.name));
    expect(live.map((n) => /vigil-id:(\S+)/.exec(n)?.[1]).sort()).toEqual(rules.map((r) => r.id));
  });

  it('switching every team to notification rules and back is one plan each way, and no monitor is ever unrouted', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    const before = routedMonitors(s.sandbox);

    retarget(dir, TEAM_EXCEPTION, ALL_RULES);
    const to = await applyWatching(dir, s.clients, s.sandbox);
    expect(to.unrouted).toEqual([]);
    const compiled = (await runPipeline({ projectDir: dir, compile: true })).compiled!;
    const ruleIds = new Set(compiled.datadog.notificationRules.map((r) => r.id));
    // Every monitor that gains a route tag waits for its rule, which comes first in the plan.
    const index = new Map(to.plan.changes.map((c, i) => [c.id, i]));
    const moved = to.plan.changes.filter((c) => c.kind === 'datadog.monitor' && c.action === 'update');
    expect(moved.length).toBeGreaterThan(0);
    for (const c of moved) {
      const tag = (c.payload!.tags as string[]).find((t) => t.startsWith(ROUTE_TAG_PREFIX))!;
      const rule = tag.slice(ROUTE_TAG_PREFIX.length);
      expect(ruleIds.has(rule), c.id).toBe(true);
      if (index.has(rule)) {
        expect(c.dependsOn, c.id).toContain(rule);
        expect(index.get(rule)!, c.id).toBeLessThan(index.get(c.id)!);
      }
    }
    expect(to.plan.summary.delete).toBe(0);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
    // The same monitors are routed, now all through rules.
    expect([...routedMonitors(s.sandbox).keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set(routedMonitors(s.sandbox).values())).toEqual(new Set(['rule']));

    // And back to messages everywhere: handles return in updates, then the rules go.
    retarget(dir, ALL_RULES, '');
    const back = await applyWatching(dir, s.clients, s.sandbox);
    expect(back.unrouted).toEqual([]);
    const deletes = back.plan.changes.filter((c) => c.action === 'delete');
    expect(deletes.map((c) => c.kind)).toEqual(deletes.map(() => 'datadog.notification-rule'));
    expect(deletes.map((c) => c.id).sort()).toEqual([...ruleIds].sort());
    const lastWrite = Math.max(...back.plan.changes.map((c, i) => (c.action === 'delete' ? -1 : i)));
    const firstDelete = back.plan.changes.findIndex((c) => c.action === 'delete');
    expect(firstDelete).toBeGreaterThan(lastWrite);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
    expect(s.sandbox.datadog.store.notificationRules.size).toBe(0);
    expect(new Set(routedMonitors(s.sandbox).values())).toEqual(new Set(['message']));
    expect([...routedMonitors(s.sandbox).keys()].sort()).toEqual([...before.keys()].sort());
  }, 60_000);

  it('a rule left behind by an apply that stopped before deleting it is found and deleted by the next plan', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    const made = s.sandbox.datadog.store.notificationRules.size;
    expect(made).toBeGreaterThan(0);

    // Back to messages, applied up to the rule deletes: the monitors lose their route tags, the rules stay.
    retarget(dir, TEAM_EXCEPTION, '');
    const pipeline = await runPipeline({ projectDir: dir, compile: true });
    const world = await readWorld(s.clients, worldNeeds(pipeline.compiled!));
    const { plan } = makePlan(pipeline.compiled!, world, { definitions: pipeline.definitions });
    const kept = plan!.changes.filter((c) => c.kind !== 'datadog.notification-rule');
    expect(kept.length).toBeLessThan(plan!.changes.length);
    const partial = await executePlan({ ...plan!, changes: kept }, applyTarget(s.clients, world), { concurrency: 1, backoffMs: 5 });
    expect(failures(partial)).toEqual([]);
    expect(s.sandbox.datadog.store.notificationRules.size).toBe(made);
    const tagged = [...s.sandbox.datadog.store.monitors.values()].filter((m) => m.tags.some((t) => t.startsWith(ROUTE_TAG_PREFIX)));
    expect(tagged).toEqual([]);

    const next = await planProject(dir, s.clients);
    expect(next.changes.map((c) => `${c.action} ${c.kind}`)).toEqual(Array.from({ length: made }, () => 'delete datadog.notification-rule'));
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    expect(s.sandbox.datadog.store.notificationRules.size).toBe(0);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
  }, 60_000);
});
