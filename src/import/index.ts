// `vigil import` as a pure function: Datadog monitors (JSON) in, TypeScript definition files out. Each definition is
// built with the real DSL builder, validated and compiled in-process, and whatever the typed props cannot reproduce
// becomes an override, so the files load, validate and adopt the monitors without changing them.
import { compileMonitor } from '../compile/datadog/monitor.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { validate } from '../validate/index.ts';
import { build } from './builders.ts';
import { draftMonitor, inPrintOrder, suppressLint, untype, type Draft } from './draft.ts';
import { fileFor, logicalIdFor, variableFor } from './names.ts';
import { residue } from './residue.ts';
import { renderFile } from './source.ts';
import type { WireMonitor } from './wire.ts';

export type { WireMonitor } from './wire.ts';
export { asWireMonitor } from './wire.ts';

export interface ImportOptions {
  /** Logical ids the project already uses; imported ids avoid them. */
  reserved?: Iterable<string>;
  /** Datadog id → logical id of monitors vigil already owns, so composites can name them as `${logical-id}`. */
  owned?: ReadonlyMap<string, string>;
}

export interface ImportedFile {
  /** Relative to the output folder, e.g. `payments.ts` or `imported.ts`. */
  path: string;
  text: string;
  /** Logical ids defined in the file, in file order. */
  ids: string[];
}

export interface ImportedMonitor {
  id: string;
  datadogId: number;
  file: string;
  builder: Draft['builder'];
  /** Top-level keys of the override (empty when the typed props reproduce the monitor exactly). */
  overridden: string[];
}

export interface ImportResult {
  files: ImportedFile[];
  monitors: ImportedMonitor[];
  /** Warnings: `<logical-id> (Datadog <id>): …`, for what adoption would change or vigil still rejects. */
  problems: string[];
}

/**
 * Rounds of "validate, then move each rejected option to the override or suppress the failing lint rule": each
 * round only takes typed props away or adds suppressions, so it settles quickly.
 */
const MAX_ROUNDS = 5;

/** Monitor types Datadog manages through another API: a synthetics monitor belongs to its Synthetics test. */
const NOT_IMPORTED: Readonly<Record<string, string>> = {
  'synthetics alert': 'synthetics monitors are edited through their Synthetics test, not the monitor API',
};

export function importMonitors(remotes: readonly WireMonitor[], options: ImportOptions = {}): ImportResult {
  const taken = new Set(options.reserved ?? []);
  const skipped = remotes.filter((m) => m.type in NOT_IMPORTED).map((m) => `Datadog ${m.id} "${m.name}": skipped: ${NOT_IMPORTED[m.type]}`);
  const sorted = remotes.filter((m) => !(m.type in NOT_IMPORTED)).sort((a, b) => a.id - b.id);
  const ids = sorted.map((m) => logicalIdFor(m.name, m.id, taken));
  const refs = new Map(options.owned ?? []);
  sorted.forEach((m, i) => refs.set(String(m.id), ids[i]!));
  const drafts = sorted.map((m, i) => draftMonitor(m, ids[i]!, fileFor(m.tags ?? []), refs));
  const remoteIds: Record<string, number> = {};
  for (const [remote, logical] of refs) remoteIds[logical] = Number(remote);

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const moved = errorsOf(drafts).filter(({ draft, error }) =>
      (error.path !== undefined && untype(draft, error.path)) || suppressLint(draft, error.code));
    if (moved.length === 0) break;
  }
  const problems: string[] = [...skipped.sort()];
  for (const draft of drafts) {
    const first = residue(draft.remote, compileMonitor(build(draft.builder, draft.props)), remoteIds);
    if (Object.keys(first.overrides).length > 0) draft.props.overrides = first.overrides;
    const check = residue(draft.remote, compileMonitor(build(draft.builder, draft.props)), remoteIds);
    const left = [...check.unavoidable, ...Object.keys(check.overrides).map((k) => `${k} still differs`)];
    for (const what of left) problems.push(`${label(draft)}: adoption would change ${what}`);
  }
  for (const { draft, error } of errorsOf(drafts)) problems.push(`${label(draft)}: vigil rejects it: ${error.message}`);

  const files = new Map<string, Draft[]>();
  for (const d of [...drafts].sort((a, b) => (a.id < b.id ? -1 : 1))) files.set(d.file, [...(files.get(d.file) ?? []), d]);
  const out: ImportResult = { files: [], monitors: [], problems };
  for (const [path, list] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const variables = new Set<string>();
    const definitions = list.map((d) => ({
      variable: variableFor(d.id, variables), builder: d.builder, props: inPrintOrder(d.props), comments: d.notes,
    }));
    out.files.push({ path, text: renderFile(definitions), ids: list.map((d) => d.id) });
  }
  for (const d of drafts) {
    const overridden = Object.keys(d.props.overrides ?? {});
    out.monitors.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: d.builder, overridden });
  }
  return out;
}

function errorsOf(drafts: readonly Draft[]): Array<{ draft: Draft; error: Diagnostic }> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return validate(drafts.map((d) => build(d.builder, d.props))).diagnostics
    .filter((d) => d.severity === 'error' && byId.has(d.id))
    .map((error) => ({ draft: byId.get(error.id)!, error }));
}

function label(d: Draft): string {
  return `${d.id} (Datadog ${d.datadogId})`;
}
