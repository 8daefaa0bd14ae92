// What the typed definition cannot reproduce: compile it, predict what Datadog would store after the adoption's
// update, and keep every difference as a wire-shaped override, so adoption changes nothing but the tags.
import type { CompiledMonitor } from '../compile/datadog/monitor.ts';
import type { MonitorOverrides } from '../ir/monitor.ts';
import { resolveReferences } from '../plan/references.ts';
import { isObject, sameJson, SERVER_DEFAULTS, typedNumbers } from './options.ts';
import type { WireMonitor } from './wire.ts';

type Json = Record<string, unknown>;

export interface Residue {
  overrides: MonitorOverrides;
  /** Differences no override can express (Datadog would change the monitor), one phrase each. */
  unavoidable: string[];
}

/** The differences between Datadog's monitor and what it would store after receiving `compiled`'s payload. */
export function residue(remote: WireMonitor, compiled: CompiledMonitor, ids: Readonly<Record<string, number>>): Residue {
  const sent = compiled.payload as unknown as Json;
  const out: Residue = { overrides: {}, unavoidable: [] };
  for (const key of ['name', 'message', 'query'] as const) {
    let value = String(sent[key] ?? '');
    if (key === 'query') value = resolveReferences(value, ids).query;
    if (value !== (remote[key] ?? '')) out.overrides[key] = remote[key] ?? '';
  }
  const roles = remote.restricted_roles ?? null;
  if (!sameJson(sent.restricted_roles ?? null, roles)) out.overrides.restricted_roles = roles;
  if (!sameJson(sent.priority ?? null, remote.priority ?? null)) {
    out.unavoidable.push(`priority ${show(remote.priority)} → ${show(sent.priority)}`);
  }
  if (aliasType(String(sent.type)) !== aliasType(remote.type)) out.unavoidable.push(`type "${remote.type}" → "${String(sent.type)}"`);
  const will = stored(isObject(sent.options) ? sent.options : {});
  const options = optionResidue(typedNumbers(remote.options ?? {}), will, out.unavoidable);
  if (Object.keys(options).length > 0) out.overrides.options = options;
  return out;
}

/**
 * Options as Datadog stores a write's options (they are replaced wholesale): `thresholds.<k>: null` removes the key,
 * and the defaults come back for keys left out.
 */
export function stored(sent: Json): Json {
  const out: Json = { ...sent };
  if (isObject(out.thresholds)) {
    out.thresholds = Object.fromEntries(Object.entries(out.thresholds).filter(([, v]) => v !== null));
  }
  for (const [key, value] of Object.entries(SERVER_DEFAULTS)) if (!(key in out)) out[key] = value;
  return out;
}

function optionResidue(have: Json, will: Json, unavoidable: string[]): Json {
  const out: Json = {};
  for (const key of [...new Set([...Object.keys(have), ...Object.keys(will)])].sort()) {
    if (sameJson(have[key], will[key])) continue;
    if (key === 'thresholds' && isObject(have[key]) && isObject(will[key])) {
      const inner: Json = {};
      const a = have[key], b = will[key];
      // A threshold Datadog does not have is removed by sending it as null.
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (!sameJson(a[k], b[k])) inner[k] = k in a ? a[k] : null;
      out[key] = inner;
    } else if (key in have) {
      out[key] = have[key];
    } else if (key in SERVER_DEFAULTS && sameJson(will[key], SERVER_DEFAULTS[key])) {
      // A default the server leaves out in some cases (no `notify_no_data` beside `on_missing_data`) is no change.
      continue;
    } else {
      unavoidable.push(`options.${key} would be added as ${show(will[key])}`);
    }
  }
  return out;
}

/** Datadog stores `metric alert` and `query alert` interchangeably (by query form); both are the same monitor. */
function aliasType(type: string): string {
  return type === 'metric alert' ? 'query alert' : type;
}

function show(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}
