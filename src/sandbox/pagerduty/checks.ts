import { invalidInput } from './errors.ts';
import type { Json, JsonObject } from './json.ts';
import { describe, isObject } from './json.ts';

/**
 * Collects every problem in a request body so one 400 lists them all; handlers call `check()` before touching
 * state, which is what makes writes all-or-nothing.
 */
export class Problems {
  private readonly details: string[] = [];

  add(detail: string): void {
    this.details.push(detail);
  }

  get ok(): boolean {
    return this.details.length === 0;
  }

  /** Throws 400 / 2001 listing every problem found so far. */
  check(): void {
    if (this.details.length > 0) throw invalidInput(this.details);
  }
}

/** Reads a wrapped entity (`{"service":{…}}`); the API rejects a body without its wrapper key. */
export function unwrap(body: unknown, key: string): JsonObject {
  if (!isObject(body)) {
    throw invalidInput([`The request body must be a JSON object like {"${key}": {…}} (got ${describe(body)}).`]);
  }
  const inner = body[key];
  if (!isObject(inner)) {
    throw invalidInput([`"${key}" is required at the top level of the body and must be an object (got ${describe(inner)}).`]);
  }
  return inner;
}

interface FieldOptions {
  required?: boolean;
  nullable?: boolean;
}

/** A string field; `undefined` when absent. Names must be non-blank, so `nonBlank` rejects whitespace-only text. */
export function readString(
  obj: JsonObject, key: string, path: string, p: Problems, opts: FieldOptions & { nonBlank?: boolean } = {},
): string | null | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (opts.required) p.add(`"${path}" is required.`);
    return undefined;
  }
  if (v === null && opts.nullable) return null;
  if (typeof v !== 'string') {
    p.add(`"${path}" must be a string${opts.nullable ? ' or null' : ''} (got ${describe(v)}).`);
    return undefined;
  }
  if (opts.nonBlank && v.trim() === '') {
    p.add(`"${path}" can't be blank.`);
    return undefined;
  }
  return v;
}

export function readInt(
  obj: JsonObject, key: string, path: string, p: Problems, opts: FieldOptions & { min?: number; max?: number } = {},
): number | null | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (opts.required) p.add(`"${path}" is required.`);
    return undefined;
  }
  if (v === null && opts.nullable) return null;
  const { min = -Infinity, max = Infinity } = opts;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
    p.add(`"${path}" must be an integer ${range}${opts.nullable ? ' or null' : ''} (got ${describe(v)}).`);
    return undefined;
  }
  return v;
}

export function readBool(obj: JsonObject, key: string, path: string, p: Problems): boolean | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') {
    p.add(`"${path}" must be true or false (got ${describe(v)}).`);
    return undefined;
  }
  return v;
}

export function readEnum<T extends string>(
  obj: JsonObject, key: string, path: string, values: readonly T[], p: Problems, opts: FieldOptions = {},
): T | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (opts.required) p.add(`"${path}" is required; one of ${values.join(', ')}.`);
    return undefined;
  }
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    p.add(`"${path}" must be one of ${values.join(', ')} (got ${describe(v)}).`);
    return undefined;
  }
  return v as T;
}

export function readObject(
  obj: JsonObject, key: string, path: string, p: Problems, opts: FieldOptions = {},
): JsonObject | null | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (opts.required) p.add(`"${path}" is required.`);
    return undefined;
  }
  if (v === null && opts.nullable) return null;
  if (!isObject(v)) {
    p.add(`"${path}" must be an object${opts.nullable ? ' or null' : ''} (got ${describe(v)}).`);
    return undefined;
  }
  return v;
}

export function readArray(obj: JsonObject, key: string, path: string, p: Problems, opts: FieldOptions = {}): Json[] | undefined {
  const v = obj[key];
  if (v === undefined) {
    if (opts.required) p.add(`"${path}" is required.`);
    return undefined;
  }
  if (!Array.isArray(v)) {
    p.add(`"${path}" must be an array (got ${describe(v)}).`);
    return undefined;
  }
  return v;
}

/**
 * A reference `{ "id": "P…", "type": "<kind>_reference" }` to an object that must exist. The bare entity type
 * (`"escalation_policy"`) is accepted too, as the API does; `exists` names what is missing in the detail.
 */
export function readRef(
  value: Json | undefined, path: string, kind: string, exists: (id: string) => boolean, p: Problems,
  opts: FieldOptions = {},
): string | undefined {
  if (value === undefined) {
    if (opts.required) p.add(`"${path}" is required: {"id": "<${kind} id>", "type": "${kind}_reference"}.`);
    return undefined;
  }
  if (!isObject(value)) {
    p.add(`"${path}" must be an object {"id": "<${kind} id>", "type": "${kind}_reference"} (got ${describe(value)}).`);
    return undefined;
  }
  const type = value['type'];
  if (type !== undefined && type !== `${kind}_reference` && type !== kind) {
    p.add(`"${path}.type" must be "${kind}_reference" (got ${describe(type)}).`);
  }
  const id = value['id'];
  if (typeof id !== 'string' || id === '') {
    p.add(`"${path}.id" must be a non-empty string (got ${describe(id)}).`);
    return undefined;
  }
  if (!exists(id)) {
    p.add(`"${path}.id": ${kind.replace(/_/g, ' ')} ${id} not found.`);
    return undefined;
  }
  return id;
}

/** A list of references; duplicates are dropped, keeping first-seen order. */
export function readRefList(
  obj: JsonObject, key: string, path: string, kind: string, exists: (id: string) => boolean, p: Problems,
): string[] | undefined {
  const list = readArray(obj, key, path, p);
  if (list === undefined) return undefined;
  const ids: string[] = [];
  list.forEach((item, i) => {
    const id = readRef(item, `${path}[${i}]`, kind, exists, p, { required: true });
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  });
  return ids;
}
