// Server-level behaviour: startup, body parsing, seeded faults and latency, persistence, PagerDuty mounting, close.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { FaultPlanner, type FaultOptions } from '../../src/sandbox/faults.ts';
import { type SandboxOptions, startSandbox } from '../../src/sandbox/server.ts';
import { logMonitor, raw } from './helpers.ts';

const monitorBody = (name: string) => JSON.stringify(logMonitor(name));

/** Sends `n` creates one after another; returns each outcome (status, or the network error's kind). */
async function outcomes(options: SandboxOptions, n: number): Promise<{ seen: string[]; stored: number }> {
  const sandbox = await startSandbox(options);
  const seen: string[] = [];
  try {
    for (let i = 0; i < n; i++) {
      try {
        const res = await fetch(`${sandbox.datadogUrl}/api/v1/monitor`, {
          method: 'POST', body: monitorBody(`m${i}`), signal: AbortSignal.timeout(300),
          headers: { 'dd-api-key': 'k', 'dd-application-key': 'k', 'content-type': 'application/json' },
        });
        seen.push(String(res.status));
        await res.text();
      } catch (err) {
        seen.push((err as Error).name === 'TimeoutError' ? 'timeout' : 'dropped');
      }
    }
    return { seen, stored: sandbox.datadog.store.monitors.size };
  } finally {
    await sandbox.close();
  }
}

describe('startup and shutdown', () => {
  it('listens on loopback and refuses connections after close', async () => {
    const sandbox = await startSandbox();
    expect(sandbox.datadogUrl).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.pagerdutyUrl).toBe(`http://127.0.0.1:${sandbox.port}/api.pagerduty.com`);
    await sandbox.close();
    await expect(fetch(`${sandbox.datadogUrl}/api/v1/validate`)).rejects.toThrow();
  });

  it('answers malformed JSON with 400 "Invalid JSON" and never stores anything', async () => {
    const sandbox = await startSandbox();
    try {
      const res = await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', '{"name": ');
      expect(res).toMatchObject({ status: 400, json: { errors: ['Invalid JSON'] } });
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(sandbox.datadog.store.monitors.size).toBe(0);
    } finally {
      await sandbox.close();
    }
  });

  it('mounts the PagerDuty emulator under /api.pagerduty.com', async () => {
    const sandbox = await startSandbox();
    try {
      const ok = await fetch(`${sandbox.pagerdutyUrl}/services`, { headers: { authorization: 'Token token=t', accept: 'application/vnd.pagerduty+json;version=2' } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toHaveProperty('services');
      expect((await fetch(`${sandbox.pagerdutyUrl}/services`)).status).toBe(401);
    } finally {
      await sandbox.close();
    }
  });
});

describe('faults', () => {
  const faulty: SandboxOptions = { seed: 1, failRate: 0.2, resetRate: 0.15, timeoutRate: 0.1, lostResponseRate: 0.15 };

  it('are the same for the same seed and request sequence, and different for another seed', async () => {
    const a = await outcomes(faulty, 30);
    const b = await outcomes(faulty, 30);
    const c = await outcomes({ ...faulty, seed: 7 }, 30);
    expect(a).toEqual(b);
    expect(c.seen).not.toEqual(a.seen);
    const kinds = new Set(a.seen);
    for (const kind of ['200', 'dropped', 'timeout']) expect(kinds).toContain(kind);
    expect([...kinds].some((k) => /^50[023]$/.test(k))).toBe(true);
    // Only successes and lost responses write; fails, resets and hangs never do.
    const lost = a.seen.filter((s) => s === 'dropped').length;
    const succeeded = a.seen.filter((s) => s === '200').length;
    expect(a.stored).toBeGreaterThan(succeeded);
    expect(a.stored).toBeLessThanOrEqual(succeeded + lost);
  });

  it('a lost response commits the write but the caller sees a dropped connection', async () => {
    const { seen, stored } = await outcomes({ lostResponseRate: 1 }, 1);
    expect(seen).toEqual(['dropped']);
    expect(stored).toBe(1);
  });

  it('a reset, a failure or a hang never writes', async () => {
    expect(await outcomes({ resetRate: 1 }, 2)).toEqual({ seen: ['dropped', 'dropped'], stored: 0 });
    const failed = await outcomes({ failRate: 1 }, 3);
    expect(failed.stored).toBe(0);
    expect(failed.seen.every((s) => ['500', '502', '503'].includes(s))).toBe(true);
    expect(await outcomes({ timeoutRate: 1 }, 1)).toEqual({ seen: ['timeout'], stored: 0 });
  });

  it('draws each request\'s delay from the seed: the latency plus a share of the jitter, apart from the faults', () => {
    const delays = (options: FaultOptions) => {
      const planner = new FaultPlanner(options);
      return Array.from({ length: 20 }, () => planner.next());
    };
    const drawn = delays({ latencyMs: 120, jitterMs: 30, seed: 3 });
    for (const { delayMs } of drawn) expect(delayMs >= 120 && delayMs < 150, String(delayMs)).toBe(true);
    expect(new Set(drawn.map((d) => d.delayMs)).size).toBeGreaterThan(1);
    expect(delays({ latencyMs: 120, jitterMs: 30, seed: 3 })).toEqual(drawn);
    // Turning jitter on moves no fault.
    const faulty = { seed: 3, failRate: 0.3, resetRate: 0.2 };
    expect(delays({ ...faulty, jitterMs: 30 }).map((d) => d.fate)).toEqual(delays(faulty).map((d) => d.fate));
  });

  it('holds each answer for the delay drawn for it', async () => {
    const options = { latencyMs: 120, jitterMs: 30, seed: 3 };
    const delayMs = Math.floor(new FaultPlanner(options).next().delayMs);
    const sandbox = await startSandbox(options);
    // Fake timers for the sandbox's wait, so this needs no clock: node:http (unlike fetch) sets no timers of its own.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let answered = false;
      const answer = new Promise<number>((resolve, reject) => {
        const req = request(`${sandbox.datadogUrl}/api/v1/monitor`, { headers: { 'dd-api-key': 'k', 'dd-application-key': 'k' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      }).finally(() => { answered = true; });
      // The request reaches the sandbox by real I/O, which fake timers leave alone; then the sandbox waits, or answers.
      while (vi.getTimerCount() === 0 && !answered) await new Promise((resolve) => setImmediate(resolve));
      expect(answered, 'answered without waiting').toBe(false);
      vi.advanceTimersByTime(delayMs - 1);
      expect(vi.getTimerCount(), 'still waiting a millisecond before the delay').toBe(1);
      vi.advanceTimersByTime(1);
      expect(vi.getTimerCount(), 'done waiting at the delay').toBe(0);
      expect(await answer).toBe(200);
    } finally {
      vi.useRealTimers();
      await sandbox.close();
    }
  });

  it('rejects rates outside 0..1', async () => {
    await expect(startSandbox({ failRate: 1.5 })).rejects.toThrow(/failRate/);
  });
});

describe('persistence', () => {
  it('keeps monitors, SLOs and PagerDuty objects across a restart, with ids continuing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-sandbox-'));
    const state = join(dir, 'state.json');
    const first = await startSandbox({ state });
    const created = await raw(first.datadogUrl, 'POST', '/api/v1/monitor', monitorBody('persisted'));
    const id = (created.json as { id: number }).id;
    const slo = await raw(first.datadogUrl, 'POST', '/api/v1/slo', JSON.stringify({
      name: 'kept', type: 'metric', thresholds: [{ target: 99, timeframe: '7d' }],
      query: { numerator: 'sum:a{*}.as_count()', denominator: 'sum:b{*}.as_count()' },
    }));
    const team = await fetch(`${first.pagerdutyUrl}/teams`, {
      method: 'POST', body: JSON.stringify({ team: { type: 'team', name: 'Payments' } }),
      headers: { authorization: 'Token token=t', 'content-type': 'application/json', accept: 'application/vnd.pagerduty+json;version=2' },
    });
    expect([created.status, slo.status, team.status]).toEqual([200, 200, 201]);
    await first.close();

    const saved = JSON.parse(readFileSync(state, 'utf8')) as { version: number };
    expect(saved.version).toBe(1);
    expect(readdirSync(dir)).toEqual(['state.json']); // no temp files left behind

    const second = await startSandbox({ state });
    try {
      const got = await raw(second.datadogUrl, 'GET', `/api/v1/monitor/${id}`);
      expect((got.json as { name: string }).name).toBe('persisted');
      const sloId = (slo.json as { data: { id: string }[] }).data[0]?.id;
      expect((await raw(second.datadogUrl, 'GET', `/api/v1/slo/${sloId}`)).status).toBe(200);
      const teams = await fetch(`${second.pagerdutyUrl}/teams`, { headers: { authorization: 'Token token=t' } });
      expect(JSON.stringify(await teams.json())).toContain('Payments');
      const next = await raw(second.datadogUrl, 'POST', '/api/v1/monitor', monitorBody('after restart'));
      expect((next.json as { id: number }).id).toBeGreaterThan(id);
    } finally {
      await second.close();
    }
  });

  it('writes soon after a change, before close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-sandbox-'));
    const state = join(dir, 'state.json');
    const sandbox = await startSandbox({ state, persistDebounceMs: 20 });
    try {
      await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', monitorBody('soon'));
      await new Promise((r) => setTimeout(r, 200));
      expect(existsSync(state)).toBe(true);
      expect(readFileSync(state, 'utf8')).toContain('soon');
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a state file it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-sandbox-'));
    const state = join(dir, 'state.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(state, 'not json'));
    await expect(startSandbox({ state })).rejects.toThrow(/not valid JSON/);
  });
});
