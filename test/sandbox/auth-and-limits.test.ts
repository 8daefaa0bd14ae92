// Keys and rate limits, through the official client where it matters (it reads X-RateLimit-Reset to sleep).
import { client, v1 } from '@datadog/datadog-api-client';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.ts';
import { datadogConfig, logMonitor, raw } from './helpers.ts';

describe('keys', () => {
  it('requires an API key, then an application key', async () => {
    const sandbox = await startSandbox();
    try {
      const noKey = await raw(sandbox.datadogUrl, 'GET', '/api/v1/monitor', undefined, { 'dd-api-key': '' });
      expect(noKey).toMatchObject({ status: 403, json: { errors: ['API key required'] } });
      const noApp = await raw(sandbox.datadogUrl, 'GET', '/api/v1/monitor', undefined, { 'dd-application-key': '' });
      expect(noApp).toMatchObject({ status: 403, json: { errors: ['Forbidden'] } });
      const malformedUnauthenticated = await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', '{bad', { 'dd-api-key': '' });
      expect(malformedUnauthenticated.status).toBe(403);
    } finally {
      await sandbox.close();
    }
  });

  it('accepts only the configured pair when keys are given', async () => {
    const sandbox = await startSandbox({ datadog: { apiKeys: ['good-api'], appKeys: ['good-app'] } });
    try {
      const wrong = new v1.MonitorsApi(datadogConfig(sandbox.datadogUrl, { apiKey: 'bad', appKey: 'good-app' }));
      const err = await wrong.listMonitors().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(client.ApiException);
      expect((err as client.ApiException<unknown>).code).toBe(403);
      const right = new v1.MonitorsApi(datadogConfig(sandbox.datadogUrl, { apiKey: 'good-api', appKey: 'good-app' }));
      expect(await right.listMonitors()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('lets a read-only application key read and validate but not write', async () => {
    const sandbox = await startSandbox({ datadog: { readOnlyAppKeys: ['plan-key'] } });
    try {
      const writer = new v1.MonitorsApi(datadogConfig(sandbox.datadogUrl));
      const m = await writer.createMonitor({ body: logMonitor('existing') });
      const reader = new v1.MonitorsApi(datadogConfig(sandbox.datadogUrl, { appKey: 'plan-key' }));
      expect((await reader.getMonitor({ monitorId: m.id as number })).name).toBe('existing');
      expect(await reader.validateMonitor({ body: logMonitor('new') })).toEqual({});
      for (const write of [
        () => reader.createMonitor({ body: logMonitor('nope') }),
        () => reader.updateMonitor({ monitorId: m.id as number, body: { name: 'nope' } }),
        () => reader.deleteMonitor({ monitorId: m.id as number }),
      ]) {
        const err = await write().catch((e: unknown) => e);
        expect((err as client.ApiException<{ errors: string[] }>).code).toBe(403);
      }
      expect(sandbox.datadog.store.monitors.size).toBe(1);
    } finally {
      await sandbox.close();
    }
  });
});

describe('rate limits', () => {
  it('counts per endpoint in calendar-aligned windows and answers 429 with the headers', async () => {
    let clock = Date.parse('2026-01-01T00:00:00.250Z');
    const sandbox = await startSandbox({ now: () => clock, datadog: { rateLimits: { overrides: { create_monitor: { limit: 2, period: 1 } } } } });
    try {
      const body = JSON.stringify(logMonitor('limited'));
      const first = await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', body);
      expect(Object.fromEntries([...first.headers].filter(([k]) => k.startsWith('x-ratelimit')))).toEqual({
        'x-ratelimit-limit': '2', 'x-ratelimit-period': '1', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '1', 'x-ratelimit-name': 'create_monitor',
      });
      expect((await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', body)).headers.get('x-ratelimit-remaining')).toBe('0');
      const limited = await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', body);
      expect(limited).toMatchObject({ status: 429, json: { errors: ['Rate limit exceeded'] } });
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(sandbox.datadog.store.monitors.size).toBe(2);
      // Other endpoints have their own buckets; the real list limit is 1000 per 10 s.
      const list = await raw(sandbox.datadogUrl, 'GET', '/api/v1/monitor');
      expect([list.status, list.headers.get('x-ratelimit-limit'), list.headers.get('x-ratelimit-period')]).toEqual([200, '1000', '10']);
      clock += 1000; // next window
      expect((await raw(sandbox.datadogUrl, 'POST', '/api/v1/monitor', body)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('keeps Reset small and exact, so the official client retries after about a second', async () => {
    // The sandbox's clock stands still except while the client sleeps, so both creates fall in one window.
    let clock = Date.parse('2026-01-01T00:00:00.250Z');
    const sandbox = await startSandbox({ now: () => clock, datadog: { rateLimits: { overrides: { create_monitor: { limit: 1, period: 1 } } } } });
    try {
      // Every attempt the client makes, with the Reset it was told: the client sleeps that many seconds before a retry.
      const attempts: Array<[number, string | null]> = [];
      const fetch = async (url: string, init: RequestInit) => {
        const res = await globalThis.fetch(url, init);
        const reset = res.headers.get('x-ratelimit-reset');
        attempts.push([res.status, reset]);
        if (res.status === 429) clock += Number(reset) * 1000;
        return res;
      };
      const api = new v1.MonitorsApi(datadogConfig(sandbox.datadogUrl, {}, { enableRetry: true, maxRetries: 2, fetch }));
      await api.createMonitor({ body: logMonitor('a') });
      await api.createMonitor({ body: logMonitor('b') }); // 429, sleeps X-RateLimit-Reset (1 s), retries
      expect(attempts).toEqual([[200, '1'], [429, '1'], [200, '1']]);
      expect(sandbox.datadog.store.monitors.size).toBe(2);
    } finally {
      await sandbox.close();
    }
  });

  it('can be scaled or turned off', async () => {
    const scaled = await startSandbox({ datadog: { rateLimits: { scale: 0.004 } } });
    const off = await startSandbox({ datadog: { rateLimits: false } });
    try {
      expect((await raw(scaled.datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify(logMonitor('s')))).headers.get('x-ratelimit-limit')).toBe('2');
      const res = await raw(off.datadogUrl, 'POST', '/api/v1/monitor', JSON.stringify(logMonitor('o')));
      expect([res.status, res.headers.get('x-ratelimit-limit')]).toEqual([200, null]);
    } finally {
      await Promise.all([scaled.close(), off.close()]);
    }
  });
});
