import * as crypto from 'node:crypto';

/** A copy of `value` with object keys sorted at every level, so JSON output is byte-identical across runs. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out as T;
}

/** Canonical JSON: sorted keys, no whitespace. Hashes of it are stored on live objects: its output must never change. */
export function canonicalJson(value: unknown): string {
  // Compiled payloads are built in key order: serializing them as they are saves a copy of every payload.
  return JSON.stringify(isSorted(value) ? value : sortKeys(value));
}

/**
 * True when serializing `value` as it is gives the same text as serializing `sortKeys(value)`: plain objects and
 * arrays only, every object's keys already in sorted order. Anything else (a Date, integer-like keys, which V8
 * enumerates in numeric order) answers false and takes the copying path.
 */
function isSorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!isSorted(item)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | undefined;
  for (const key in value) {
    // An own `__proto__` (JSON.parse makes one) does not survive sortKeys' copy: that path decides for it.
    if (key === '__proto__' || (previous !== undefined && !(previous < key))) return false;
    if (!isSorted((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

// One-shot hashing where Node has it (20.12+): no Hash object per call.
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** A short content hash of a payload, stored with the remote object to tell code changes from UI edits. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}

const snakeCases = new Map<string, string>();

/** `notifyNoData` → `notify_no_data`; `timeoutH` → `timeout_h`. Memoized: the same few option names recur. */
export function snakeCase(key: string): string {
  let snake = snakeCases.get(key);
  if (snake === undefined) {
    snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    snakeCases.set(key, snake);
  }
  return snake;
}
