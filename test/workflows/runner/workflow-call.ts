// Calling a reusable workflow the way GitHub does: the caller job's `with:` and `secrets:` evaluated in the
// caller's contexts, checked against the called workflow's `on.workflow_call` declarations (unknown names, types,
// required values), declared defaults filled in, and the called job's permissions checked against what the caller
// grants (a called workflow can only narrow the token).
// https://docs.github.com/actions/sharing-automations/reusing-workflows
import { interpolate, type Contexts } from './expressions.ts';

type Obj = Record<string, any>; // parsed workflow YAML: shapes are checked where used

export type InputValue = string | number | boolean;

/** The `inputs` context of a called workflow: every declared input, typed, from the caller or its default. */
export function typedInputs(workflow: Obj, given: Record<string, unknown>, github: Contexts['github']): Record<string, InputValue> {
  const declared = (workflow.on?.workflow_call?.inputs ?? {}) as Obj;
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new Error(`Invalid input, ${name} is not defined in the referenced workflow.`);
  }
  const inputs: Record<string, InputValue> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const type = spec.type as 'string' | 'number' | 'boolean';
    let value = given[name];
    if (value === undefined) {
      if (spec.required) throw new Error(`Input ${name} is required, but not provided while calling.`);
      value = spec.default === undefined ? { string: '', number: 0, boolean: false }[type] : interpolate(spec.default, 'inputDefault', { github });
    }
    inputs[name] = typed(name, type, value);
  }
  return inputs;
}

function typed(name: string, type: 'string' | 'number' | 'boolean', value: unknown): InputValue {
  if (type === 'string' && typeof value === 'string') return value;
  if (type === 'number' && typeof value === 'number') return value;
  if (type === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && typeof value === 'boolean') return value;
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  throw new Error(`The input "${name}" of type ${type} cannot take ${JSON.stringify(value)}`);
}

/** The `secrets` the caller passes, checked against the declared ones; `inherit` passes all of the caller's. */
export function passedSecrets(workflow: Obj, given: Record<string, string> | 'inherit', callerSecrets: Record<string, string>): Record<string, string> {
  if (given === 'inherit') return { ...callerSecrets };
  const declared = (workflow.on?.workflow_call?.secrets ?? {}) as Obj;
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new Error(`Invalid secret, ${name} is not defined in the referenced workflow.`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.required && !(name in given)) throw new Error(`Secret ${name} is required, but not provided while calling.`);
  }
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== ''));
}

export interface CallerJob {
  /** The `uses:` reference, e.g. `acme/vigil/.github/workflows/vigil-review.yml@v0.1.0`. */
  uses: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string> | 'inherit';
  /** Token permissions the caller grants: the job's own, else the workflow's; undefined = the repository default. */
  permissions: Obj | string | undefined;
}

/**
 * Reads the calling job of a caller workflow for an event. Throws when the event would not start the caller
 * (`on:` and `branches:`; `paths:` filters are not checked) or the job does not call a reusable workflow.
 */
export function callerJob(caller: Obj, jobId: string, event: { name: string; ref: string }, contexts: { github: unknown; secrets: Record<string, string> }): CallerJob {
  const on = (typeof caller.on === 'string' ? { [caller.on]: {} } : Array.isArray(caller.on) ? Object.fromEntries(caller.on.map((e: string) => [e, {}])) : caller.on) as Obj;
  if (!(event.name in on)) throw new Error(`the caller workflow does not run on ${event.name}`);
  const branches = on[event.name]?.branches as string[] | undefined;
  const branch = event.ref.replace(/^refs\/heads\//, '');
  if (event.name === 'push' && branches && !branches.some((b) => new RegExp(`^${b.split('*').map(escapeRegExp).join('[^/]*')}$`).test(branch))) {
    throw new Error(`the caller workflow does not run on pushes to ${branch}`);
  }
  const job = (caller.jobs as Obj)[jobId] as Obj | undefined;
  if (!job?.uses) throw new Error(`caller job ${jobId} does not call a reusable workflow`);
  if (job.if !== undefined) throw new Error('an `if:` on the calling job is not emulated');
  const withContexts = { github: contexts.github, inputs: {}, vars: {}, needs: {}, strategy: {}, matrix: {} };
  const inputs = Object.fromEntries(Object.entries((job.with ?? {}) as Obj).map(([k, v]) => [k, interpolate(v, 'callerWith', withContexts)]));
  const secretContexts = { ...withContexts, secrets: { ...contexts.secrets } };
  const secrets = job.secrets === 'inherit'
    ? 'inherit' as const
    : Object.fromEntries(Object.entries((job.secrets ?? {}) as Obj).map(([k, v]) => [k, String(interpolate(v, 'callerSecrets', secretContexts) ?? '')]));
  return { uses: String(job.uses), inputs, secrets, permissions: (job.permissions ?? caller.permissions) as Obj | string | undefined };
}

const LEVELS = ['none', 'read', 'write'];

/** Throws GitHub's startup error when the called job asks for more than the caller grants. */
export function checkPermissions(calledJobId: string, wanted: Obj | undefined, granted: Obj | string | undefined): void {
  if (!wanted || !granted) return;
  const grantedOf = (scope: string): string =>
    typeof granted === 'string' ? granted.replace(/-all$/, '') : String(granted[scope] ?? 'none');
  for (const [scope, level] of Object.entries(wanted)) {
    if (LEVELS.indexOf(String(level)) > LEVELS.indexOf(grantedOf(scope))) {
      throw new Error(`The nested job '${calledJobId}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${grantedOf(scope)}'.`);
    }
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
