import { api } from '@pagerduty/pdjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PagerDutyEmulatorOptions } from '../../src/sandbox/pagerduty/index.ts';
import { createPagerDutyEmulator } from '../../src/sandbox/pagerduty/index.ts';
import type { Served } from './pagerduty-harness.ts';
import { serve, urlBuilder } from './pagerduty-harness.ts';

let served: Served | undefined;
afterEach(() => served?.close());

async function start(options: PagerDutyEmulatorOptions) {
  served = await serve(createPagerDutyEmulator(options));
  return { base: served.base, at: urlBuilder(served.base) };
}

describe('authentication and access', () => {
  it('accepts configured tokens as Token or Bearer, and answers 401 / 2006 otherwise', async () => {
    const { base, at } = await start({ tokens: ['good-token'] });
    expect((await api({ token: 'good-token' }).get('/users', at('/users'))).status).toBe(200);
    expect((await api({ token: 'good-token', tokenType: 'bearer' }).get('/users', at('/users'))).status).toBe(200);
    const wrong = await api({ token: 'stolen-token' }).get('/users', at('/users'));
    expect(wrong.status).toBe(401);
    expect(wrong.data).toEqual({ error: { message: 'Authentication failed', code: 2006 } });
    const bare = await fetch(`${base}/users`); // no Authorization header at all
    expect(bare.status).toBe(401);
  });

  it('accepts any non-empty token by default', async () => {
    const { at } = await start({});
    expect((await api({ token: 'anything-at-all' }).get('/vendors', at('/vendors'))).status).toBe(200);
  });

  it('lets read-only tokens read but answers 403 / 2010 to writes, which change nothing', async () => {
    const { at } = await start({ tokens: ['rw'], readOnlyTokens: ['plan-only'] });
    const ro = api({ token: 'plan-only' });
    expect((await ro.get('/teams', at('/teams'))).status).toBe(200);
    const denied = await ro.post('/teams', at('/teams', { team: { name: 'Nope' } }));
    expect(denied.status).toBe(403);
    expect(denied.data.error).toMatchObject({ message: 'Access Denied', code: 2010 });
    expect((await ro.get('/teams', at('/teams'))).resource).toEqual([]);
    expect((await api({ token: 'rw' }).post('/teams', at('/teams', { team: { name: 'Yes' } }))).status).toBe(201);
  });
});

describe('rate limits', () => {
  it('sends ratelimit-* headers and answers 429 / 2020 per token until the window resets', async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const { at } = await start({ rateLimit: { limit: 3, periodMs: 60_000 }, clock: () => now });
    // pdjs retries a 429 three times after `retryTimeout` ms (default 20 s), then resolves with the 429.
    const pd = api({ token: 'busy', retryTimeout: 5 });
    const first = await pd.get('/vendors', at('/vendors'));
    expect(first.headers.get('ratelimit-limit')).toBe('3');
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect(first.headers.get('ratelimit-reset')).toBe('60');
    await pd.get('/vendors', at('/vendors'));
    await pd.get('/vendors', at('/vendors'));
    const limited = await pd.get('/vendors', at('/vendors'));
    expect(limited.status).toBe(429);
    expect(limited.data).toEqual({ error: { message: 'Rate Limit Exceeded', code: 2020 } });
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    // Another token has its own budget.
    expect((await api({ token: 'other' }).get('/vendors', at('/vendors'))).status).toBe(200);
    now += 45_000;
    expect((await pd.get('/vendors', at('/vendors'))).headers.get('ratelimit-reset')).toBe('15');
    now += 15_000; // next window
    const fresh = await pd.get('/vendors', at('/vendors'));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('ratelimit-remaining')).toBe('2');
  });

  it('can be turned off', async () => {
    const { at } = await start({ rateLimit: false });
    const res = await api({ token: 't' }).get('/vendors', at('/vendors'));
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-limit')).toBeNull();
  });
});
