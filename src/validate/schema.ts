import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { fieldLocation } from '../load/field-locations.ts';
import { unknownPropsOf } from '../dsl/unknown-props.ts';
import * as generated from './generated/validators.js';
import { closest } from '../diagnostics/suggest.ts';

/**
 * The schemas, compiled ahead of time (ajv standalone output in generated/, kept current by a test): compiling them
 * at start-up cost about 200 ms per run, most of `vigil validate` on a small project.
 */
const validators: Record<Definition['kind'], ValidateFunction> = {
  monitor: generated.monitor,
  slo: generated.slo,
  routing: generated.routing,
  'pagerduty-team': generated.pagerdutyTeam,
  'pagerduty-escalation-policy': generated.pagerdutyEscalationPolicy,
  'pagerduty-service': generated.pagerdutyService,
  'notification-rule': generated.notificationRule,
  downtime: generated.downtime,
  'slo-correction': generated.sloCorrection,
};

/**
 * Checks one definition against its JSON Schema; each ajv error becomes a diagnostic at the field's location. A key
 * a TypeScript builder did not use (it never reached the definition, so the schema cannot see it) is reported as the
 * schema reports an unknown YAML key.
 */
export function checkSchema(def: Definition): Diagnostic[] {
  const validate = validators[def.kind];
  const unknown = unknownPropsOf(def);
  const problems = unknown.length === 0 ? [] : unknown.map((u) => unknownFieldDiagnostic(def, u.pointer, u.known));
  if (!validate || validate(def)) return problems;
  for (const err of fittingBranches(validate.errors ?? [], def)) if (notNoise(err)) problems.push(toDiagnostic(def, err));
  return problems;
}

function unknownFieldDiagnostic(def: Definition, pointer: string, known: readonly string[]): Diagnostic {
  return diagnosticAt(def, pointer, unknownField(pointer.slice(pointer.lastIndexOf('/') + 1), known));
}

/** "is not a known field", with the field the user most likely meant (or, failing a close one, all of them). */
function unknownField(name: string, candidates: readonly string[]): { message: string; hint: string } {
  const known = candidates.filter((k) => !LOADER_SET.has(k));
  const alias = ALIASES[name.toLowerCase()];
  const guess = alias !== undefined && known.includes(alias) ? alias : closest(name, known);
  return { message: 'is not a known field', hint: guess ? `did you mean "${guess}"?` : `known fields: ${known.join(', ')}` };
}

/** ajv reports the failing branch of `if`/`anyOf`/`oneOf` twice; keep the specific error. */
function notNoise(err: ErrorObject): boolean {
  return err.keyword !== 'if' && err.keyword !== 'anyOf' && err.keyword !== 'oneOf';
}

/**
 * When no branch of an `anyOf`/`oneOf` matches, ajv reports every branch. A branch written for another kind of value
 * (a list of words when the value is an object) only adds noise: keep the branches that fit the value's type, when
 * some do. `urgency: { … }` with a bad day then reports the day, not also "must be one of high, low…".
 */
function fittingBranches(errors: readonly ErrorObject[], def: Definition): ErrorObject[] {
  // ajv reports a union's branch errors just before the union's own error, which names the value's place: a group is
  // the union's schema path at that place (the items of one list share the schema path, not the place).
  const place = new Map<ErrorObject, string>();
  let pending: ErrorObject[] = [];
  for (const err of errors) {
    if (/\/(?:anyOf|oneOf)\/\d+(?:\/|$)/.test(err.schemaPath)) pending.push(err);
    if (err.keyword === 'anyOf' || err.keyword === 'oneOf') {
      const rest: ErrorObject[] = [];
      for (const p of pending) {
        if (p.schemaPath.startsWith(`${err.schemaPath}/`) && !place.has(p)) place.set(p, err.instancePath);
        else rest.push(p);
      }
      pending = rest;
    }
  }
  const branchOf = (err: ErrorObject) => {
    const m = /^(.*\/(?:anyOf|oneOf))\/(\d+)(\/.*)?$/.exec(err.schemaPath);
    if (m) m[1] = `${place.get(err) ?? ''}|${m[1]}`;
    return m;
  };
  const offType = new Set<string>(); // `<group>/<branch>` whose own check failed on the value's type
  const groups = new Map<string, Set<string>>();
  // Per group, the branches whose `type`/`kind` constant failed, the constants, and one such error to reword.
  const tags = new Map<string, { branches: Set<string>; allowed: unknown[]; err: ErrorObject }>();
  for (const err of errors) {
    const m = branchOf(err);
    if (!m) continue;
    const [, group, branch, rest = ''] = m;
    const key = `${group}/${branch}`;
    groups.set(group!, (groups.get(group!) ?? new Set()).add(key));
    const atBranchRoot = !rest.slice(1).includes('/');
    if (atBranchRoot && wrongKind(err, valueAt(def, err.instancePath))) offType.add(key);
    // A branch for another variant of a tagged union: its `type` (or `kind`) constant is not the value's. With a
    // destination `{ type: 'pagerduty', urgency: 'hihg' }`, only the pagerduty branch's complaint is worth reading.
    if (err.keyword === 'const' && /^\/properties\/(?:type|kind)\/const$/.test(rest)) {
      offType.add(key);
      const tag = tags.get(group!) ?? { branches: new Set<string>(), allowed: [], err };
      tag.branches.add(key);
      tag.allowed.push((err.params as { allowedValue: unknown }).allowedValue);
      tags.set(group!, tag);
    }
  }
  const drop = new Set<string>();
  const collapsed: ErrorObject[] = [];
  for (const [group, branches] of groups) {
    const fitting = [...branches].filter((b) => !offType.has(b));
    if (fitting.length > 0) for (const b of branches) if (offType.has(b)) drop.add(b);
    // No variant has the value's `type` (`pagerdty`): one error naming the variants, instead of each one's complaints.
    const tag = tags.get(group);
    if (fitting.length === 0 && tag && tag.branches.size === branches.size) {
      for (const b of branches) drop.add(b);
      collapsed.push({ ...tag.err, keyword: 'enum', params: { allowedValues: tag.allowed } });
    }
  }
  const kept = errors.filter((err) => {
    const m = branchOf(err);
    return !m || !drop.has(`${m[1]}/${m[2]}`);
  });
  return collapsed.length ? [...kept, ...collapsed] : kept;
}

/** A `type`, `enum` or `const` check that failed because the value is another kind of thing altogether. */
function wrongKind(err: ErrorObject, value: unknown): boolean {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const p = err.params as Record<string, unknown>;
  if (err.keyword === 'type') return true;
  if (err.keyword === 'enum') return !(p.allowedValues as unknown[]).some((a) => kind(a) === kind(value));
  if (err.keyword === 'const') return kind(p.allowedValue) !== kind(value);
  return false;
}

function toDiagnostic(def: Definition, err: ErrorObject): Diagnostic {
  const pointer = err.keyword === 'additionalProperties'
    ? `${err.instancePath}/${String(err.params.additionalProperty)}`
    : err.keyword === 'required' ? `${err.instancePath}/${String(err.params.missingProperty)}` : err.instancePath;
  return diagnosticAt(def, pointer, describe(err, def));
}

function diagnosticAt(def: Definition, pointer: string, { message, hint }: { message: string; hint?: string }): Diagnostic {
  return {
    severity: 'error',
    code: 'schema',
    id: typeof def.id === 'string' && def.id ? def.id : '-',
    message: `"${dotted(pointer)}" ${message}`,
    ...(hint ? { hint } : {}),
    path: pointer,
    location: fieldLocation(def, pointer) ?? def.source,
  };
}

function describe(err: ErrorObject, def: Definition): { message: string; hint?: string } {
  const got = valueAt(def, err.instancePath);
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties':
      return unknownField(String(p.additionalProperty), Object.keys((err.parentSchema as { properties?: object })?.properties ?? {}));
    case 'required':
      return { message: 'is required but missing', hint: `add "${String(p.missingProperty)}"` };
    case 'type':
      return { message: `must be ${article(String(p.type))} (got ${show(got)})` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const guess = typeof got === 'string' ? closest(got, (p.allowedValues as unknown[]).map(String)) : undefined;
      return { message: `must be one of ${allowed.join(', ')} (got ${show(got)})`, ...(guess ? { hint: `did you mean "${guess}"?` } : {}) };
    }
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)} (got ${show(got)})` };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return { message: `must be ${COMPARISON_WORDS[String(p.comparison)] ?? String(p.comparison)} ${String(p.limit)} (got ${show(got)})` };
    case 'minLength':
      return { message: Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters` };
    case 'maxLength':
      return { message: `must be at most ${String(p.limit)} characters (got ${String((got as string).length)})` };
    case 'pattern':
      return { message: `does not have the expected form (got ${show(got)})`, hint: `it must match ${String(p.pattern)}` };
    case 'format':
      return { message: `must be a valid ${String(p.format)} (got ${show(got)})` };
    case 'uniqueItems':
      return { message: `has duplicate entries (items ${String(p.j)} and ${String(p.i)})`, hint: 'remove the repeated entry' };
    case 'minItems':
      return { message: `must have at least ${String(p.limit)} entr${Number(p.limit) === 1 ? 'y' : 'ies'}` };
    default:
      return { message: err.message ?? `fails the "${err.keyword}" rule` };
  }
}

/**
 * Names other tools (or Datadog's own payloads) give a field vigil names otherwise: too far from vigil's name for an
 * edit-distance guess. Suggested only where the field they point at exists.
 */
const ALIASES: Record<string, string> = {
  description: 'message', desc: 'message', text: 'message', body: 'message', title: 'name', owner: 'team',
  environment: 'env', sev: 'severity', level: 'severity', labels: 'tags', runbook_url: 'runbook', runbookurl: 'runbook',
  playbook: 'runbook', wiki: 'runbook', restricted_roles: 'restrictedRoles',
};

/** Fields the loader sets; users never write them, so they are not suggested. */
const LOADER_SET = new Set(['kind', 'source']);

const COMPARISON_WORDS: Record<string, string> = { '<=': 'at most', '>=': 'at least', '<': 'below', '>': 'above' };

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const part of pointer.split('/').slice(1)) {
    v = (v as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** `/options/thresholds/warning` → `options.thresholds.warning`, the way users name fields. */
export function dotted(pointer: string): string {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || '(definition)';
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  const kind = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  const text = json.length > 40 ? `${json.slice(0, 37)}...` : json;
  return kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'null' ? `${kind} ${text}` : `${kind} ${text}`;
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
