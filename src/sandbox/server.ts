// The sandbox's HTTP server: one loopback port serving the Datadog API at `/` (Datadog's own paths) and the
// PagerDuty REST API under `/api.pagerduty.com` (a segment ending in `.com`, which pdjs's `resourceKey` regex needs
// to walk pages). Server-level concerns live here: body reading and JSON parsing, latency, seeded faults and
// persistence; the emulators answer plain requests (see http-types.ts), including "Invalid JSON" after their auth.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiEmulator, SandboxRequest, SandboxResponse } from './http-types.ts';
import { type FaultOptions, FaultPlanner, type Fate } from './faults.ts';
import { type PersistedState, StateFile } from './persistence.ts';
import { createDatadogEmulator, type DatadogEmulator, type DatadogOptions } from './datadog/index.ts';
import { createPagerDutyEmulator, type PagerDutyEmulatorOptions } from './pagerduty/index.ts';

export const PAGERDUTY_PREFIX = '/api.pagerduty.com';

export interface SandboxOptions extends FaultOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** JSON file holding both emulators' state: read at start, rewritten atomically after each write request. */
  state?: string;
  datadog?: DatadogOptions;
  pagerduty?: PagerDutyEmulatorOptions;
  /** The clock the emulators see (ms since the epoch); tests inject a fixed one. */
  now?: () => number;
  /** Quiet time before a state write, in milliseconds. Default 100. */
  persistDebounceMs?: number;
  /** Called once per request after it is answered (or dropped). Never receives headers, so never a key. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  api: 'datadog' | 'pagerduty';
  method: string;
  path: string;
  /** HTTP status sent, or the fault that replaced the answer. */
  outcome: number | 'reset' | 'hang' | 'lost';
  ms: number;
}

export interface Sandbox {
  datadogUrl: string;
  pagerdutyUrl: string;
  port: number;
  /** The live Datadog emulator, for tests and benchmarks that seed its store directly. */
  datadog: DatadogEmulator;
  /** Stops accepting, drops hung and idle connections, flushes the state file. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const planner = new FaultPlanner(options);
  // One seed for faults and for the metric data the query endpoints serve.
  const datadog = createDatadogEmulator({ ...(options.seed !== undefined ? { seed: options.seed } : {}), ...options.datadog });
  const pagerduty = createPagerDutyEmulator(options.pagerduty ?? {});

  const snapshot = (): PersistedState => ({ version: 1, datadog: datadog.snapshot(), pagerduty: pagerduty.snapshot() });
  const stateFile = options.state ? new StateFile(options.state, snapshot, options.persistDebounceMs) : undefined;
  const loaded = stateFile?.load();
  if (loaded?.datadog !== undefined) datadog.restore(loaded.datadog);
  if (loaded?.pagerduty !== undefined) pagerduty.restore(loaded.pagerduty);

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    // The plan is drawn synchronously on arrival so that the request order alone decides each fate.
    const plan = planner.next();
    void serve(req, res, plan.fate, plan.delayMs).catch(() => res.socket?.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function serve(req: IncomingMessage, res: ServerResponse, fate: Fate, delayMs: number): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const isPd = url.pathname === PAGERDUTY_PREFIX || url.pathname.startsWith(`${PAGERDUTY_PREFIX}/`);
    const api = isPd ? 'pagerduty' : 'datadog';
    const path = isPd ? url.pathname.slice(PAGERDUTY_PREFIX.length) || '/' : url.pathname;
    const method = req.method ?? 'GET';
    const log = (outcome: RequestLogEntry['outcome']) =>
      options.onRequest?.({ api, method, path, outcome, ms: Date.now() - started });

    const rawBody = await readBody(req);
    if (delayMs > 0) await sleep(delayMs);
    if (fate.kind === 'reset') {
      req.socket.destroy();
      return log('reset');
    }
    if (fate.kind === 'hang') return log('hang'); // the socket stays open until the client or close() ends it
    if (fate.kind === 'fail') {
      send(res, { status: fate.status, body: serverError(api, fate.status) });
      return log(fate.status);
    }
    if (rawBody === undefined) {
      send(res, { status: 413, body: invalidBody(api, 'Request body too large') }); // invented wording
      return log(413);
    }

    const request: SandboxRequest = {
      method, path, query: url.searchParams, headers: flatHeaders(req), body: parseJson(rawBody), rawBody, now: now(),
    };
    const emulator: ApiEmulator = isPd ? pagerduty : datadog;
    let response: SandboxResponse;
    try {
      response = emulator.handle(request);
    } catch (err) {
      response = { status: 500, body: serverError(api, 500) };
      process.emitWarning(`sandbox: ${api} emulator failed on ${method} ${path}: ${(err as Error).message}`);
    }
    if (method !== 'GET' && method !== 'HEAD') stateFile?.markDirty();
    if (fate.kind === 'lost') {
      // The write above is committed; only the answer is lost.
      req.socket.destroy();
      return log('lost');
    }
    send(res, response);
    log(response.status);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;

  return {
    datadogUrl: base,
    pagerdutyUrl: `${base}${PAGERDUTY_PREFIX}`,
    port,
    datadog,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy(); // includes hung requests and idle keep-alive connections
        await stopped;
        await stateFile?.flush();
      })();
      return closing;
    },
  };
}

function send(res: ServerResponse, r: SandboxResponse): void {
  if (res.destroyed || res.headersSent) return;
  const text = r.rawBody ?? (r.body === undefined ? '' : JSON.stringify(r.body));
  const headers: Record<string, string | number> = { ...r.headers };
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  if (!hasType && text !== '') headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(text);
  res.writeHead(r.status, headers);
  res.end(text);
}

function serverError(api: 'datadog' | 'pagerduty', status: number): unknown {
  // Invented bodies: no recorded 5xx exists for either API. PagerDuty's code 2000 is "Internal Error" (dev docs).
  const message = status === 500 ? 'Internal Server Error' : status === 502 ? 'Bad Gateway' : 'Service Unavailable';
  return api === 'datadog' ? { errors: [message] } : { error: { message, code: 2000 } };
}

function invalidBody(api: 'datadog' | 'pagerduty', detail: string): unknown {
  // PagerDuty's code 2001 is "Invalid Input Provided" (dev docs); the Datadog form is its usual `errors` list.
  return api === 'datadog' ? { errors: [detail] } : { error: { message: 'Invalid Input Provided', code: 2001, errors: [detail] } };
}

/** The parsed body; `undefined` when empty or not JSON (the emulator then answers from `rawBody`). */
function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Resolves with the body text, or `undefined` when it exceeds the limit. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
