// `vigil import` as a pure function: Datadog monitors and SLOs and PagerDuty services (JSON) in, TypeScript
// definition files out. Each definition is built with the real DSL builder, validated and compiled in-process, and
// whatever the typed props cannot reproduce becomes an override, so the files load, validate and adopt the objects
// without changing them. PagerDuty services have no overrides: one the DSL cannot reproduce is skipped.
import { compileMonitor } from '../compile/datadog/monitor.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { check } from '../pipeline/check.ts';
import { build } from './builders.ts';
import { importDowntimes, type WireDowntime } from './downtimes.ts';
import { draftMonitor, inPrintOrder, suppressLint, untype, type Draft } from './draft.ts';
import { fileFor, logicalIdFor, variableFor } from './names.ts';
import { importServices, type PagerDutyImportContext } from './pagerduty.ts';
import { importNotificationRules } from './notification-rules.ts';
import { residue } from './residue.ts';
import { buildSlo, compileDraft, draftSlo, sloInPrintOrder, sloResidue, type SloDraft } from './slo.ts';
import { renderFile, type SourceDefinition } from './source.ts';
import type { WireMonitor, WireService, WireSlo } from './wire.ts';

export type { WireMonitor, WireService, WireSlo } from './wire.ts';
export { asWireMonitor, asWireService, asWireSlo } from './wire.ts';
export { asWireDowntime, type WireDowntime } from './downtimes.ts';
export type { PagerDutyImportContext } from './pagerduty.ts';
export { importableServices } from './pagerduty.ts';

export interface ImportOptions {
  /** Logical ids the project already uses; imported ids avoid them. */
  reserved?: Iterable<string>;
  /** Datadog id → logical id of monitors vigil already owns, so composites can name them as `${logical-id}`. */
  owned?: ReadonlyMap<string, string>;
  /** What importing PagerDuty services needs to know about the project and Datadog. */
  pagerduty?: PagerDutyImportContext;
  /**
   * The project has a routing table. Imported monitors then say `routing: false`: the table would otherwise add its
   * notifications to their messages on adoption, and adopting must change nothing.
   */
  routed?: boolean;
  /** The time imported downtimes are checked for (what adopting them would send); default now. */
  now?: number;
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

export interface ImportedSlo {
  id: string;
  datadogId: string;
  file: string;
  builder: SloDraft['builder'];
  /** Keys of the override (empty when the typed props reproduce the SLO exactly). */
  overridden: string[];
}

export interface ImportedDowntime {
  id: string;
  datadogId: string;
  file: string;
  builder: 'downtime';
}

export interface ImportedService {
  id: string;
  pagerdutyId: string;
  file: string;
  builder: 'pagerdutyService';
  /** The first apply adds a Datadog integration to the service (it has none to keep). */
  addsIntegration: boolean;
  /** The first apply creates Datadog's PagerDuty service object for it. */
  addsDatadogService: boolean;
}

export interface ImportedRule {
  id: string;
  datadogId: string;
  file: string;
  builder: 'notificationRule';
}

export interface ImportResult {
  files: ImportedFile[];
  monitors: ImportedMonitor[];
  slos: ImportedSlo[];
  services: ImportedService[];
  /** Monitor notification rules, as `notificationRule()` definitions adopting them. */
  notificationRules: ImportedRule[];
  downtimes: ImportedDowntime[];
  /**
   * Warnings: `<logical-id> (Datadog <id>): …` or `(PagerDuty <id>)`, for what adoption would change or vigil still
   * rejects, and `… skipped: <reason>` for what is not imported.
   */
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
  return importDatadog({ monitors: remotes, slos: [] }, options);
}

/**
 * Imports monitors, SLOs, downtimes and PagerDuty services together, so that a monitor SLO or a downtime can name
 * the monitors imported with it by logical id, and logical ids are unique across all of them. SLOs get no `alerts`:
 * adopting them must not add burn-rate monitors.
 */
export function importDatadog(
  remote: {
    monitors: readonly WireMonitor[]; slos: readonly WireSlo[]; services?: readonly WireService[];
    notificationRules?: ReadonlyArray<Record<string, unknown>>; downtimes?: readonly WireDowntime[];
  },
  options: ImportOptions = {},
): ImportResult {
  const remotes = remote.monitors;
  const taken = new Set(options.reserved ?? []);
  const skipped = remotes.filter((m) => m.type in NOT_IMPORTED).map((m) => `Datadog ${m.id} "${m.name}": skipped: ${NOT_IMPORTED[m.type]}`);
  const sorted = remotes.filter((m) => !(m.type in NOT_IMPORTED)).sort((a, b) => a.id - b.id);
  const ids = sorted.map((m) => logicalIdFor(m.name, m.id, taken));
  const refs = new Map(options.owned ?? []);
  sorted.forEach((m, i) => refs.set(String(m.id), ids[i]!));
  const drafts = sorted.map((m, i) => draftMonitor(m, ids[i]!, fileFor(m.tags ?? []), refs, options.routed ?? false));
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

  const sloDrafts: SloDraft[] = [];
  for (const slo of [...remote.slos].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const id = logicalIdFor(slo.name, slo.id, taken, 'slo');
    const draft = draftSlo(slo, id, fileFor(Array.isArray(slo.tags) ? slo.tags.map(String) : []), refs);
    if (typeof draft === 'string') {
      taken.delete(id);
      problems.push(`Datadog SLO ${slo.id} "${slo.name}": skipped: ${draft}`);
    } else sloDrafts.push(draft);
  }
  for (const draft of sloDrafts) {
    const first = sloResidue(draft.remote, compileDraft(draft), refs);
    if (Object.keys(first.overrides).length > 0) draft.props.overrides = first.overrides;
    const check = sloResidue(draft.remote, compileDraft(draft), refs);
    const left = [...check.unavoidable, ...Object.keys(check.overrides).map((k) => `${k} still differs`)];
    for (const what of left) problems.push(`${label(draft)}: adoption would change ${what}`);
  }
  // Monitor SLOs may count monitors vigil already owns, defined elsewhere in the project: not unknown references.
  const ownedIds = new Set(options.owned?.values() ?? []);
  const sloErrors = errorsOfAll(drafts, sloDrafts).filter(({ error }) => !(error.code === 'reference-unknown' && ownedIds.has(referenced(error.message))));
  for (const { draft, error } of sloErrors) problems.push(`${label(draft)}: vigil rejects it: ${error.message}`);
  const pagerduty = importServices(remote.services ?? [], taken, options.pagerduty);
  problems.push(...pagerduty.problems);
  const rules = importNotificationRules(remote.notificationRules ?? [], taken);
  problems.push(...rules.problems);
  const downtimes = importDowntimes(remote.downtimes ?? [], refs, taken, options.now ?? Date.now());
  problems.push(...downtimes.problems);

  const files = new Map<string, SourceDefinitionDraft[]>();
  const all: SourceDefinitionDraft[] = [
    ...drafts.map((d) => ({ id: d.id, file: d.file, builder: d.builder, props: inPrintOrder(d.props), notes: d.notes })),
    ...sloDrafts.map((d) => ({ id: d.id, file: d.file, builder: d.builder, props: sloInPrintOrder(d.props), notes: d.notes })),
    ...pagerduty.drafts.map((d) => ({ id: d.id, file: d.file, builder: 'pagerdutyService' as const, props: d.props, notes: d.notes })),
    ...rules.drafts.map((d) => ({ id: d.id, file: d.file, builder: 'notificationRule' as const, props: d.props, notes: d.notes })),
    ...downtimes.drafts.map((d) => ({ id: d.id, file: DOWNTIMES_FILE, builder: 'downtime' as const, props: d.props, notes: d.notes })),
  ];
  for (const d of all.sort((a, b) => (a.id < b.id ? -1 : 1))) files.set(d.file, [...(files.get(d.file) ?? []), d]);
  const out: ImportResult = { files: [], monitors: [], slos: [], services: [], notificationRules: [], downtimes: [], problems };
  for (const [path, list] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const variables = new Set<string>();
    const definitions: SourceDefinition[] = list.map((d) => ({
      variable: variableFor(d.id, variables), builder: d.builder, props: d.props, comments: d.notes,
    }));
    out.files.push({ path, text: renderFile(definitions), ids: list.map((d) => d.id) });
  }
  for (const d of drafts) {
    const overridden = Object.keys(d.props.overrides ?? {});
    out.monitors.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: d.builder, overridden });
  }
  for (const d of sloDrafts) {
    const overridden = Object.keys(d.props.overrides ?? {});
    out.slos.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: d.builder, overridden });
  }
  for (const d of pagerduty.drafts) {
    const { id, pagerdutyId, file, addsIntegration, addsDatadogService } = d;
    out.services.push({ id, pagerdutyId, file, builder: 'pagerdutyService', addsIntegration, addsDatadogService });
  }
  for (const d of rules.drafts) out.notificationRules.push({ id: d.id, datadogId: d.datadogId, file: d.file, builder: 'notificationRule' });
  for (const d of downtimes.drafts) out.downtimes.push({ id: d.id, datadogId: d.datadogId, file: DOWNTIMES_FILE, builder: 'downtime' });
  return out;
}

/** Maintenance windows are the platform's more than any one team's: they go into one file. */
const DOWNTIMES_FILE = 'downtimes.ts';

interface SourceDefinitionDraft {
  id: string;
  file: string;
  builder: SourceDefinition['builder'];
  props: Record<string, unknown>;
  notes: string[];
}

function errorsOf(drafts: readonly Draft[]): Array<{ draft: Draft; error: Diagnostic }> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return check(drafts.map((d) => build(d.builder, d.props))).diagnostics
    .filter((d) => d.severity === 'error' && byId.has(d.id))
    .map((error) => ({ draft: byId.get(error.id)!, error }));
}

/** Errors on the SLO drafts, validated with the monitor drafts they may count. */
function errorsOfAll(drafts: readonly Draft[], slos: readonly SloDraft[]): Array<{ draft: SloDraft; error: Diagnostic }> {
  if (slos.length === 0) return [];
  const byId = new Map(slos.map((d) => [d.id, d]));
  const definitions = [...drafts.map((d) => build(d.builder, d.props)), ...slos.map((d) => buildSlo(d.builder, d.props))];
  return check(definitions).diagnostics
    .filter((d) => d.severity === 'error' && byId.has(d.id))
    .map((error) => ({ draft: byId.get(error.id)!, error }));
}

/** The logical id a `reference-unknown` message names: `"monitors[0]" refers to "<id>", …`. */
function referenced(message: string): string {
  return /refers to "([^"]+)"/.exec(message)?.[1] ?? '';
}

function label(d: { id: string; datadogId: number | string }): string {
  return `${d.id} (Datadog ${d.datadogId})`;
}
