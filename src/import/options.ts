// Datadog's wire options → vigil's typed, camelCase options, plus the wire-shaped rest vigil has no typed field for.
import monitorSchema from '../../schemas/monitor.schema.json' with { type: 'json' };
import { canonicalJson, snakeCase } from '../compile/canonical.ts';

type Json = Record<string, unknown>;

/**
 * Options Datadog fills in whenever a write leaves them out (apis.md §1.6, the sandbox's recorded behaviour), so an
 * import can drop them without changing the stored monitor. `groupby_simple_monitor` is filled for some types only
 * and is therefore kept.
 */
export const SERVER_DEFAULTS: Readonly<Json> = {
  include_tags: true,
  new_host_delay: 300,
  notify_audit: false,
  notify_no_data: false,
  silenced: {},
};

/** Options whose value is already in wire shape in the IR (`variables`): copied as they are. */
const WIRE_SHAPED = new Set(['variables']);

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  $ref?: string;
  type?: string | string[];
}

const defs = (monitorSchema as { $defs: Record<string, SchemaNode> }).$defs;

/** The typed fields the schema knows at one level, with their sub-schemas (`$ref`s followed). */
function fieldsOf(node: SchemaNode | undefined): Record<string, SchemaNode> | undefined {
  const resolved = node?.$ref ? defs[node.$ref.replace('#/$defs/', '')] : node;
  return resolved?.properties;
}

export interface SplitOptions {
  /** camelCase options the schema types, e.g. `{ renotifyInterval: 60 }`. */
  typed: Json;
  /** Wire-shaped options with no typed field (or a value the typed field cannot hold), e.g. `{ restriction_query: null }`. */
  rest: Json;
}

/** Splits wire options; server defaults are dropped, everything else lands in `typed` or `rest`. */
export function splitOptions(wire: Json): SplitOptions {
  const kept: Json = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key in SERVER_DEFAULTS && sameJson(value, SERVER_DEFAULTS[key])) continue;
    kept[key] = value;
  }
  return split(kept, defs.options);
}

function split(wire: Json, node: SchemaNode | undefined): SplitOptions {
  const fields = fieldsOf(node) ?? {};
  const out: SplitOptions = { typed: {}, rest: {} };
  for (const [key, value] of Object.entries(wire)) {
    const camel = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const field = fields[camel];
    // Only names that map back to the same wire name are typed: `timeAggregator` would be sent as `time_aggregator`.
    if (!field || snakeCase(camel) !== key || value === undefined) {
      out.rest[key] = value;
    } else if (isObject(value) && fieldsOf(field) && !WIRE_SHAPED.has(camel)) {
      const inner = split(value, field);
      if (Object.keys(inner.typed).length > 0 || Object.keys(inner.rest).length === 0) out.typed[camel] = inner.typed;
      if (Object.keys(inner.rest).length > 0) out.rest[key] = inner.rest;
    } else {
      out.typed[camel] = asTyped(value, field);
    }
  }
  return out;
}

/** Wire options with every number held as a string where the schema types a number made a number (see asTyped). */
export function typedNumbers(wire: Json, node: SchemaNode | undefined = defs.options): Json {
  const fields = fieldsOf(node) ?? {};
  const out: Json = {};
  for (const [key, value] of Object.entries(wire)) {
    const field = fields[key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())];
    if (!field || WIRE_SHAPED.has(key)) out[key] = value;
    else if (isObject(value) && fieldsOf(field)) out[key] = typedNumbers(value, field);
    else out[key] = asTyped(value, field);
  }
  return out;
}

/**
 * A number the live object holds as a string (Datadog's integration monitors ship `"renotify_interval": "0"`) is
 * imported as the number the typed field takes; Datadog compares and stores them alike.
 */
function asTyped(value: unknown, field: SchemaNode): unknown {
  const types = Array.isArray(field.type) ? field.type : [field.type];
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value.trim())) return value;
  if (types.includes('integer') && /^-?\d+$/.test(value.trim())) return Number(value);
  return types.includes('number') ? Number(value) : value;
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Equal as JSON, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
