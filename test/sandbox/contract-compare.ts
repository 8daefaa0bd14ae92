// Comparison rules for replaying recorded real Datadog responses against the sandbox. Values that depend on identity
// (ids, the org, the user) are mapped or compared by shape; values that depend on time are compared by format;
// everything else must be equal. The few tolerated differences are listed with the reason for each.

/** Keys holding server-assigned identities: the first sight of a recorded value learns its sandbox counterpart,
 * later sights must agree. */
const IDENTITY_KEYS = new Set(['id', 'public_id', 'monitor_id', 'deleted_monitor_id', 'org_id', 'uuid', 'synthetics_check_id', 'slo_id', 'creator_id']);
/** Keys holding times: compared by format (digits replaced), so `µs` vs `ms` or seconds vs ms still fail. */
const TIME_KEYS = new Set(['created', 'modified', 'created_at', 'modified_at', 'overall_state_modified', 'deleted_at', 'indexed_at']);
/** Server timing measurements: only the JSON type is compared. */
const VOLATILE_KEYS = new Set(['timing']);
/** Subtrees describing the recording user: only the key structure is compared. */
const USER_KEYS = new Set(['creator', 'created_by', 'modified_by']);

/** Keys the real API added after the older recordings were made (2024-25); the sandbox always sends them. */
const NEWER_KEYS = new Set(['restriction_policy', 'draft_status', 'assets']);
/** Keys present in single recordings only (a 2022 `locked` default; `avalanche_window`, `run_as`, `restricted`
 * on one 2025 RUM monitor); the sandbox does not send them. */
const OCCASIONAL_KEYS = new Set(['locked', 'avalanche_window', 'run_as', 'restricted']);

export interface Tolerance {
  /** Keys this recording lacks although the sandbox sends them, with the reason in the table below. */
  sandboxOnly?: string[];
  /** Dotted paths whose content reflects the recording account's other objects, not the replayed requests: arrays
   * there are compared by element shape when both sides have elements, numbers by type. */
  orgDependent?: string[];
}

export class IdMap {
  private readonly map = new Map<string, string>();

  constructor(private readonly recordedBase: string, private readonly sandboxBase: string) {}

  learn(recorded: unknown, actual: unknown): void {
    if ((typeof recorded === 'number' || typeof recorded === 'string') && recorded !== '' && !this.map.has(String(recorded))) {
      this.map.set(String(recorded), String(actual));
    }
  }

  has(recorded: unknown): boolean {
    return this.map.has(String(recorded));
  }

  /** An object key that is a recorded id (e.g. `can_delete` errors keyed by monitor id). */
  key(k: string): string {
    return this.map.get(k) ?? k;
  }

  /** Rewrites recorded ids (and the recorded host) inside request or response text. */
  text(s: string): string {
    let out = s.split(this.recordedBase).join(this.sandboxBase);
    for (const [from, to] of this.map) {
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escape(from)}(?![A-Za-z0-9_-])`, 'g'), to);
    }
    return out;
  }

  /** Rewrites a recorded JSON value: strings, numbers and object keys that are known recorded ids. */
  value(v: unknown): unknown {
    if (typeof v === 'string') return this.text(v);
    if (typeof v === 'number') return this.map.has(String(v)) ? Number(this.map.get(String(v))) : v;
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.key(k), this.value(x)]));
    }
    return v;
  }
}

/** Returns every difference between the recorded body and the sandbox's, as `path: message` lines. */
export function compareBodies(recorded: unknown, actual: unknown, ids: IdMap, tolerance: Tolerance): string[] {
  const problems: string[] = [];
  walk(recorded, actual, [], ids, tolerance, problems);
  return problems;
}

function walk(exp: unknown, act: unknown, path: string[], ids: IdMap, tol: Tolerance, out: string[]): void {
  const at = path.join('.') || '(root)';
  const key = path[path.length - 1] ?? '';
  const dotted = path.filter((p) => !/^\d+$/.test(p)).join('.');
  if (IDENTITY_KEYS.has(key) && (typeof exp === 'number' || typeof exp === 'string')) {
    if (!ids.has(exp) && typeof act === typeof exp) ids.learn(exp, act);
    else if (ids.value(exp) !== act) out.push(`${at}: expected ${JSON.stringify(ids.value(exp))}, got ${JSON.stringify(act)}`);
    return;
  }
  if (TIME_KEYS.has(key)) {
    if (shape(exp) !== shape(act)) out.push(`${at}: time format ${shape(exp)} expected, got ${JSON.stringify(act)}`);
    return;
  }
  if (VOLATILE_KEYS.has(key) || (tol.orgDependent?.includes(dotted) && !Array.isArray(exp))) {
    if (kind(exp) !== kind(act)) out.push(`${at}: expected a ${kind(exp)}, got ${JSON.stringify(act)}`);
    return;
  }
  if (USER_KEYS.has(key)) return sameKeys(exp, act, at, out);
  if (Array.isArray(exp)) {
    if (!Array.isArray(act)) return void out.push(`${at}: expected an array, got ${JSON.stringify(act)}`);
    if (tol.orgDependent?.includes(dotted)) {
      if (exp.length > 0) for (const [i, a] of act.entries()) sameKeys(exp[0], a, `${at}.${i}`, out);
      return;
    }
    if (exp.length !== act.length) return void out.push(`${at}: expected ${exp.length} items, got ${act.length}`);
    exp.forEach((e, i) => walk(e, act[i], [...path, String(i)], ids, tol, out));
    return;
  }
  if (exp && typeof exp === 'object') {
    if (!act || typeof act !== 'object' || Array.isArray(act)) return void out.push(`${at}: expected an object, got ${JSON.stringify(act)}`);
    const a = act as Record<string, unknown>;
    const expByKey = new Map(Object.entries(exp).map(([k, v]) => [ids.key(k), v]));
    for (const [k, v] of expByKey) {
      if (!(k in a)) {
        if (!OCCASIONAL_KEYS.has(k)) out.push(`${at}: missing key "${k}"`);
        continue;
      }
      walk(v, a[k], [...path, k], ids, tol, out);
    }
    for (const k of Object.keys(a)) {
      if (!expByKey.has(k) && !NEWER_KEYS.has(k) && !tol.sandboxOnly?.includes(k)) out.push(`${at}: unexpected key "${k}"`);
    }
    return;
  }
  const mapped = ids.value(exp);
  if (mapped !== act) out.push(`${at}: expected ${JSON.stringify(mapped)}, got ${JSON.stringify(act)}`);
}

/** Same keys recursively (values ignored): user identities differ but their shape must not. */
function sameKeys(exp: unknown, act: unknown, at: string, out: string[]): void {
  if (!exp || typeof exp !== 'object' || Array.isArray(exp)) return;
  if (!act || typeof act !== 'object') return void out.push(`${at}: expected an object, got ${JSON.stringify(act)}`);
  const e = Object.keys(exp).sort().join(',');
  const a = Object.keys(act).sort().join(',');
  if (e !== a) out.push(`${at}: keys {${e}} expected, got {${a}}`);
  for (const [k, v] of Object.entries(exp)) sameKeys(v, (act as Record<string, unknown>)[k], `${at}.${k}`, out);
}

function shape(v: unknown): string {
  return v === null ? 'null' : `${typeof v}:${String(v).replace(/\d/g, '9')}`;
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
