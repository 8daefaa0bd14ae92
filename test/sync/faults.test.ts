import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import { root } from '../support/cases.ts';
import { compiledCounts } from '../support/example.ts';
import { applyProject, planProject, sandboxWithClient } from './support.ts';

/** Seeds to run the faulty sandbox with; each seed puts the faults on different requests. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

type Stored = { id: number; name: string; tags: string[]; modified: string };

/** What monitors/ compiles to: each monitor and SLO must exist exactly once after convergence. */
const example = await compiledCounts();

/** Creates whose answer was lost and which apply then found by logical id instead of repeating. */
let adopted = 0;
afterAll(() => {
  // Over all seeds the lost-response path must actually have been exercised, or the test proves nothing.
  expect(adopted).toBeGreaterThan(0);
});

describe('apply under injected faults converges without duplicates and never touches unmanaged monitors', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: 5xx, resets, timeouts and lost responses`, async () => {
      const state = join(mkdtempSync(join(tmpdir(), 'vigil-faults-')), 'state.json');
      // A monitor someone made by hand, in a fault-free sandbox whose state the faulty one then loads.
      const clean = await sandboxWithClient({ state, persistDebounceMs: 0 });
      const handMade = await clean.dd.monitors.createMonitor({ body: { name: 'hand made', type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 3', message: 'x', tags: ['team:other'] } as v1.Monitor });
      await clean.sandbox.close();

      const { sandbox, dd } = await sandboxWithClient(
        { state, seed, failRate: 0.08, resetRate: 0.05, timeoutRate: 0.02, lostResponseRate: 0.1 },
        { timeoutMs: 250 },
      );
      // The faults are Datadog's: PagerDuty answers from a second, fault-free sandbox (pdjs has no request timeout
      // of its own yet, so a PagerDuty request the faulty sandbox drops would hang the run).
      const steady = await sandboxWithClient();
      const clients = { datadog: dd, pagerduty: steady.clients.pagerduty! };
      try {
        let runs = 0;
        let converged = false;
        while (!converged && runs < 8) {
          runs++;
          try {
            const { result } = await applyProject(root, clients);
            adopted += result.outcomes.filter((o) => o.status === 'done' && o.adopted).length;
            converged = result.outcomes.every((o) => o.status === 'done') && (await planProject(root, clients)).changes.length === 0;
          } catch {
            // A read that failed after its retries: a real operator would run apply again, and so do we.
          }
        }
        expect(converged).toBe(true);
        const stored = [...sandbox.datadog.store.monitors.values()] as unknown as Stored[];
        const owned = stored.filter((m) => m.tags.includes('managed-by:vigil'));
        const ids = owned.map((m) => m.tags.find((t) => t.startsWith('vigil-id:')));
        expect(new Set(ids).size).toBe(ids.length); // no duplicates
        expect(ids.length).toBe(example.monitors); // the written monitors and the alerts derived from the SLOs
        // Ids are issued only by creates: one per monitor plus the hand-made one means no create ever ran twice.
        expect(sandbox.datadog.store.counters.monitor - 1_000_000).toBe(example.monitors + 1);
        // The same for SLOs: as many SLO ids ever issued as there are SLOs.
        expect(sandbox.datadog.store.slos.size).toBe(example.slos);
        expect(sandbox.datadog.store.counters.slo).toBe(example.slos);
        const other = stored.find((m) => m.id === handMade.id)!;
        expect(other).toMatchObject({ name: 'hand made', tags: ['team:other'] });
        expect(other.modified).toBe(v1.ObjectSerializer.serialize(handMade, 'Monitor', '').modified);
      } finally {
        await sandbox.close();
        await steady.sandbox.close();
      }
    });
  }
});
