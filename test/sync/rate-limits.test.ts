import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';
import { applyProject, failures, sandboxWithClient } from './support.ts';

/** Monitor creates the sandbox accepts per one-second window. */
const LIMIT = 5;

describe('apply obeys the rate-limit headers', () => {
  it(`every monitor create of monitors/ under a ${LIMIT}-per-second create limit: none fails and none is refused`, async () => {
    const seen: number[] = [];
    const { sandbox, clients } = await sandboxWithClient({
      datadog: { rateLimits: { overrides: { create_monitor: { limit: LIMIT, period: 1 } } } },
      onRequest: (e) => { if (e.method === 'POST' && e.path === '/api/v1/monitor') seen.push(e.outcome as number); },
    });
    try {
      const { plan, result } = await applyProject(root, clients);
      expect(failures(result)).toEqual([]);
      // Every monitor create the plan holds (SLO alerts included; SLOs use their own endpoint), each accepted once.
      const creates = plan.changes.filter((c) => c.action === 'create' && c.kind === 'datadog.monitor').length;
      expect(creates, 'more creates than one window allows, or the limit is never reached').toBeGreaterThan(LIMIT);
      expect(seen.filter((s) => s === 200)).toHaveLength(creates);
      // Concurrency 8 can overshoot the first window before any header is seen; after that the limiter waits.
      console.log(`429s: ${seen.filter((s) => s === 429).length}`);
      expect(seen.filter((s) => s === 429).length).toBeLessThanOrEqual(8);
      expect(clients.datadog.http.limiter.waits).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });
});
