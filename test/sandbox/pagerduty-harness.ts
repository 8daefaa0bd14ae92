import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEmulator } from '../../src/sandbox/http-types.ts';

/** The mount prefix: pdjs finds its `resource` key (and so pages with `all()`) only after a `.com/` in the URL. */
export const PD_PREFIX = '/api.pagerduty.com';

export interface Served {
  /** e.g. `http://127.0.0.1:41234/api.pagerduty.com` — append a resource path like `/services`. */
  base: string;
  close(): Promise<void>;
}

/** Serves an emulator on 127.0.0.1 (port 0) under {@link PD_PREFIX}, for tests only; the sandbox server does this for real. */
export async function serve(emulator: ApiEmulator): Promise<Served> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody.trim() === '' ? undefined : JSON.parse(rawBody);
      } catch {
        body = undefined; // the emulator answers "not valid JSON" from rawBody
      }
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const mounted = url.pathname === PD_PREFIX || url.pathname.startsWith(`${PD_PREFIX}/`);
      const out = mounted
        ? emulator.handle({
          method: req.method ?? 'GET', path: url.pathname.slice(PD_PREFIX.length) || '/', query: url.searchParams,
          headers, body, rawBody, now: Date.now(),
        })
        : { status: 404, body: { error: { message: 'Not Found', code: 2100 } } };
      res.writeHead(out.status, out.headers);
      res.end(out.status === 204 ? undefined : out.rawBody ?? JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${PD_PREFIX}`,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections(); // pdjs's fetch keeps sockets alive
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}

/**
 * pdjs's `server` option is always https, so each call passes a full `url`; the endpoint argument is then unused
 * and `data` becomes the query (GET) or the JSON body (POST/PUT). `at('/services', { limit: 10 })`.
 */
export function urlBuilder(base: string) {
  return (path: string, data?: object): { url: string; data?: object } =>
    data === undefined ? { url: `${base}${path}` } : { url: `${base}${path}`, data };
}
