import type { MonitorDefinition, MonitorOptions, MonitorOverrides } from '../../ir/monitor.ts';
import type { Destination } from '../../ir/routing.ts';
import { parsedQuery } from '../../query/parsed-query.ts';
import { contentHash, snakeCase, sortKeys } from '../canonical.ts';
import { normalizeMonitor } from './normalize.ts';
import { composeMessage } from '../message.ts';
import { ownershipTags, HASH_TAG_PREFIX } from '../ownership.ts';
import type { MonitorOptionsPayload, MonitorPayload } from './payload-types.ts';

/** Option subtrees already in Datadog's wire shape: copied as they are. */
const WIRE_SHAPED = new Set(['variables']);

export interface CompiledMonitor {
  id: string;
  payload: MonitorPayload;
  /** Logical ids this monitor refers to; resolved to remote ids at apply time. */
  dependsOn: string[];
  /** Datadog id of an existing monitor to adopt instead of creating one (`adopt.datadogId`; not sent). */
  adopt?: number;
}

/**
 * Compiles one valid monitor definition into the exact body of `POST /api/v1/monitor`. `routed` go into its message;
 * a monitor routed by a notification rule instead gets no routed handles and the `vigil-route:` tag `routeTag`.
 */
export function compileMonitor(def: MonitorDefinition, routed: readonly Destination[] = [], routeTag?: string): CompiledMonitor {
  const parsed = parsedQuery(def);
  const tags = def.tags ? def.tags.slice() : [];
  if (def.team) tags.push(`team:${def.team}`);
  if (def.service) tags.push(`service:${def.service}`);
  if (def.env) tags.push(`env:${def.env}`);
  if (def.severity) tags.push(`severity:${def.severity}`);
  for (const tag of ownershipTags(def.id)) tags.push(tag);
  if (routeTag !== undefined) tags.push(routeTag);
  // Fields in key order, options too (see toWire): the payload needs no sorted copy, and hashes without one.
  // Every managed field is always sent, unset ones as null or {}: an update (PUT) keeps top-level fields it is not
  // given, so leaving one out would keep a value someone set in the UI and the plan would never converge.
  let payload: Record<string, unknown> = {
    message: composeMessage(def, routed),
    name: def.name.trim(),
    options: toWireOptions(def, parsed.ok ? parsed.threshold : undefined) ?? {},
    priority: def.priority !== undefined ? def.priority : def.severity ? Number(def.severity.slice(3)) : null,
    query: def.query.trim(),
    restricted_roles: def.restrictedRoles ? [...def.restrictedRoles].sort() : null,
    tags: sortedUnique(tags),
    // Datadog stores `metric alert` as `query alert`; sending the stored form keeps plans free of a false diff.
    type: def.type === 'metric alert' ? 'query alert' : def.type,
  };
  if (def.overrides) {
    applyOverrides(payload, def.overrides);
    payload = sortKeys(payload);
  }
  // Hash of the canonical form: a monitor read back unchanged from Datadog hashes to the same value.
  const hash = contentHash(normalizeMonitor(payload));
  payload.tags = [...(payload.tags as string[]), `${HASH_TAG_PREFIX}${hash}`].sort();
  const dependsOn = parsed.ok && parsed.refs.length ? [...new Set(parsed.refs)].sort() : [];
  const compiled: CompiledMonitor = { id: def.id, payload: payload as MonitorPayload, dependsOn };
  if (def.adopt) compiled.adopt = def.adopt.datadogId;
  return compiled;
}

/** The list sorted, each value once: what a Set then a sort gives, without hashing every tag into a Set. */
function sortedUnique(list: string[]): string[] {
  list.sort();
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[kept - 1]) list[kept++] = list[i]!;
  list.length = kept;
  return list;
}

/** Lays the escape hatch over the payload: fields replace, options merge key by key (nested objects too). */
function applyOverrides(payload: Record<string, unknown>, overrides: MonitorOverrides): void {
  const { options, ...fields } = overrides;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) payload[key] = value;
  if (options) payload.options = mergeDeep(payload.options, options);
}

function mergeDeep(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeDeep(out[key], value);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toWireOptions(def: MonitorDefinition, queryThreshold: number | undefined): MonitorOptionsPayload | undefined {
  // Object.assign, not spread syntax: a spread copy given another property gets a hidden class of its own in V8 11.
  const options: MonitorOptions = Object.assign({}, def.options);
  if (queryThreshold !== undefined && def.type !== 'service check' && options.thresholds?.critical === undefined) {
    options.thresholds = Object.assign({}, options.thresholds, { critical: queryThreshold });
  }
  if (Object.keys(options).length === 0) return undefined;
  return toWire(options) as MonitorOptionsPayload;
}

/** camelCase option names to Datadog's snake_case, keys sorted at every level, `undefined` dropped. */
function toWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (inWireOrder(keys)) {
    // The usual case (options written in alphabetical order, or one of them): no pairs to build and sort.
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[snakeCase(key)] = WIRE_SHAPED.has(key) ? sortKeys(v) : toWire(v);
    }
    return out;
  }
  const entries: [string, unknown][] = [];
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) entries.push([snakeCase(key), WIRE_SHAPED.has(key) ? sortKeys(v) : toWire(v)]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const [key, v] of entries) out[key] = v;
  return out;
}

/** True when the keys' snake_case names are in strictly ascending order already (so none repeats, none needs moving). */
function inWireOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(snakeCase(keys[i - 1]!) < snakeCase(keys[i]!))) return false;
  return true;
}
