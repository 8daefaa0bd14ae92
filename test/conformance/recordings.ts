// Real Datadog traffic from ../shared/reality/, read at test time and never copied into the repository: HAR files
// recorded by Datadog's API-client test suites and go-vcr cassettes recorded by the Datadog Terraform provider's
// acceptance tests. Both are turned into one shape, an ordered list of exchanges per recording, so the sandbox
// replay and the comparison check read them the same way.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// Beside the checkout, found from this module; when the module runs bundled elsewhere (scripts run through
// bench/run.js land in node_modules/.cache/), from the working directory, which is the repository root.
export const REALITY_DIR = [
  fileURLToPath(new URL('../../../shared/reality/', import.meta.url)),
  resolve(process.cwd(), '../shared/reality') + sep,
].find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../../../shared/reality/', import.meta.url));

/** The recording sets that carry monitor, SLO, downtime and SLO-correction traffic. */
export const RECORDING_SETS = ['datadog-recorded', 'datadog-recorded-v2', 'datadog-tf-cassettes'] as const;
export type RecordingSet = (typeof RECORDING_SETS)[number];

/** One request and the answer the real server gave, in recording order. */
export interface Exchange {
  index: number;
  method: string;
  url: URL;
  /** The request body as sent, or undefined when there was none. */
  requestBody?: string;
  status: number;
  /** The answer's body text ('' when empty). */
  responseBody: string;
  contentType?: string;
  /** When the request was made, in epoch milliseconds (go-vcr: the cassette's frozen clock plus elapsed durations). */
  time: number;
}

export interface Recording {
  set: RecordingSet;
  /** The file name without its extension. */
  name: string;
  exchanges: Exchange[];
}

/** True when ../shared/reality is beside the checkout (it is not in a user's fresh clone). */
export function realityPresent(): boolean {
  return existsSync(REALITY_DIR);
}

/** Every recording of the given sets, sorted by set then name. Sets that are absent give nothing. */
export function loadRecordings(sets: readonly RecordingSet[] = RECORDING_SETS): Recording[] {
  const out: Recording[] = [];
  for (const set of sets) {
    const dir = `${REALITY_DIR}${set}/`;
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.har')) out.push({ set, name: file.slice(0, -4), exchanges: readHar(`${dir}${file}`) });
      else if (file.endsWith('.yaml')) out.push({ set, name: file.slice(0, -5), exchanges: readCassette(`${dir}${file}`) });
    }
  }
  return out;
}

interface HarContent {
  text?: string;
  /** HAR 1.2: how `text` is encoded ("base64"); Polly.js also writes "hex". */
  encoding?: string;
  /** Polly.js before version 6: a binary body, as a JSON array of hex chunks. */
  _isBinary?: boolean;
}

interface HarEntry {
  startedDateTime: string;
  request: { method: string; url: string; postData?: { text?: string } };
  response: { status: number; headers: { name: string; value: string }[]; content: HarContent };
}

function readHar(path: string): Exchange[] {
  const entries = (JSON.parse(readFileSync(path, 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
  return entries.map((e, index) => {
    const header = (name: string) => e.response.headers.find((h) => h.name.toLowerCase() === name)?.value;
    return {
      index,
      method: e.request.method,
      url: new URL(e.request.url),
      ...(e.request.postData?.text ? { requestBody: e.request.postData.text } : {}),
      status: e.response.status,
      responseBody: harBodyText(e.response.content, header('content-encoding')),
      contentType: header('content-type'),
      time: Date.parse(e.startedDateTime),
    };
  });
}

/**
 * A HAR answer's body as text. Recorders store a body they could not read as text as bytes — base64 (HAR 1.2) or hex
 * (Polly.js), whole or as a JSON array of chunks — and often still compressed as the server sent it: such a body is
 * decoded and decompressed (by its Content-Encoding, or by the gzip magic number) before it is read as UTF-8.
 */
export function harBodyText(content: HarContent, contentEncoding?: string): string {
  const text = content.text ?? '';
  const encoding = content.encoding ?? (content._isBinary ? 'hex' : undefined);
  if (encoding !== 'base64' && encoding !== 'hex') return text;
  let chunks: unknown = [text];
  if (text.startsWith('[')) {
    try {
      chunks = JSON.parse(text);
    } catch {
      // not a chunk list: the text is one encoded string
    }
  }
  const bytes = Buffer.concat((Array.isArray(chunks) ? chunks : [text]).map((c) => Buffer.from(String(c), encoding)));
  return decompress(bytes, contentEncoding?.trim().toLowerCase()).toString('utf8');
}

function decompress(bytes: Buffer, contentEncoding: string | undefined): Buffer {
  if (contentEncoding === 'br') return brotliDecompressSync(bytes);
  if (contentEncoding === 'deflate') return inflateSync(bytes);
  if (contentEncoding === 'gzip' || (bytes[0] === 0x1f && bytes[1] === 0x8b)) return gunzipSync(bytes);
  return bytes;
}

interface CassetteInteraction {
  request: { method: string; url: string; body?: string };
  response: { code: number; body?: string; headers?: Record<string, string[]>; duration?: string };
}

/** go-vcr v2 YAML. Block scalars end with a newline the server did not send: it is dropped. */
function readCassette(path: string): Exchange[] {
  const doc = parse(readFileSync(path, 'utf8')) as { interactions?: CassetteInteraction[] };
  const freeze = path.replace(/\.yaml$/, '.freeze');
  let clock = existsSync(freeze) ? Date.parse(readFileSync(freeze, 'utf8').trim()) : 0;
  return (doc.interactions ?? []).map((i, index) => {
    const time = clock;
    clock += durationMs(i.response.duration);
    const body = stripNewline(i.request.body ?? '');
    const contentType = Object.entries(i.response.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1]?.[0];
    return {
      index,
      method: i.request.method,
      url: new URL(i.request.url),
      ...(body ? { requestBody: body } : {}),
      status: i.response.code,
      responseBody: stripNewline(i.response.body ?? ''),
      ...(contentType ? { contentType } : {}),
      time,
    };
  });
}

function stripNewline(s: string): string {
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/** go-vcr durations look like `440.122541ms` or `1.2s`. */
function durationMs(d: string | undefined): number {
  const m = /^([\d.]+)(ms|s|µs|us)$/.exec(d ?? '');
  if (!m) return 0;
  const n = Number(m[1]);
  return m[2] === 's' ? n * 1000 : m[2] === 'ms' ? n : n / 1000;
}

/** Parses a body as JSON, or undefined when it is empty or not JSON. */
export function json(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
