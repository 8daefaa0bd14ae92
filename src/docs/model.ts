// The catalog as data: definitions grouped by team and service. SLO and routing definitions are read defensively
// (by field, not by type) because their IR is still moving; kinds vigil does not know are skipped.
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { SourceLocation } from '../ir/source.ts';
import { fileSlug } from './markdown.ts';

export interface SloObjective {
  timeframe: string;
  target: number;
  warning?: number;
}

export interface SloEntry {
  id: string;
  name: string;
  type?: string;
  description?: string;
  team?: string;
  service?: string;
  env?: string;
  runbook?: string;
  objectives: SloObjective[];
  /** Monitor SLOs: the monitors they count. */
  monitors: string[];
  source?: SourceLocation;
}

export interface RoutingRuleEntry {
  name: string;
  match: Array<[field: string, values: string[]]>;
  notify: unknown[];
  continue: boolean;
  allowNonProdPaging: boolean;
}

export interface RoutingEntry {
  id: string;
  rules: RoutingRuleEntry[];
  default: unknown[];
  productionEnvs?: string[];
  source?: SourceLocation;
}

export interface ServiceSection {
  /** Undefined for definitions without a service. */
  service?: string;
  monitors: MonitorDefinition[];
  slos: SloEntry[];
}

export interface TeamPage {
  /** Undefined for definitions without a team. */
  team?: string;
  /** File name in the output folder, e.g. `payments.md`. */
  file: string;
  services: ServiceSection[];
}

export interface Catalog {
  teams: TeamPage[];
  routing: RoutingEntry[];
}

/** Groups definitions into team pages and service sections, every list sorted, so output is byte-stable. */
export function buildCatalog(definitions: readonly unknown[]): Catalog {
  const teams = new Map<string, Map<string, ServiceSection>>();
  const routing: RoutingEntry[] = [];
  const section = (team: string | undefined, service: string | undefined): ServiceSection => {
    const byService = teams.get(team ?? '') ?? new Map<string, ServiceSection>();
    teams.set(team ?? '', byService);
    const s = byService.get(service ?? '') ?? { ...(service ? { service } : {}), monitors: [], slos: [] };
    byService.set(service ?? '', s);
    return s;
  };
  for (const def of definitions) {
    if (!isRecord(def)) continue;
    if (def.kind === 'monitor' && ['id', 'name', 'type', 'query'].every((k) => typeof def[k] === 'string')) {
      // Validated definitions always have a message; a raw one without is shown as such rather than crashing.
      const m = { ...def, message: isRecord(def.message) ? def.message : {} } as unknown as MonitorDefinition;
      section(m.team || undefined, m.service || undefined).monitors.push(m);
    } else if (def.kind === 'slo') {
      const slo = readSlo(def);
      if (slo) section(slo.team, slo.service).slos.push(slo);
    } else if (def.kind === 'routing') {
      const r = readRouting(def);
      if (r) routing.push(r);
    }
  }
  const used = new Set<string>(['readme']);
  const pages: TeamPage[] = [...teams.keys()].sort(byName).map((team) => {
    let base = team ? fileSlug(team) : 'no-team';
    for (let n = 2; used.has(base); n++) base = `${team ? fileSlug(team) : 'no-team'}-${n}`;
    used.add(base);
    const services = [...teams.get(team)!.values()].sort((a, b) => byName(a.service ?? '', b.service ?? ''));
    for (const s of services) {
      s.monitors.sort((a, b) => cmp(a.id, b.id));
      s.slos.sort((a, b) => cmp(a.id, b.id));
    }
    return { ...(team ? { team } : {}), file: `${base}.md`, services };
  });
  return { teams: pages, routing: routing.sort((a, b) => cmp(a.id, b.id)) };
}

/** Named groups first, alphabetically; the unnamed group ("no team", "no service") last. */
function byName(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return cmp(a, b);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads an SLO by field. Objectives come from `thresholds` (Datadog's shape), or `target` with `timeframe`. */
export function readSlo(def: Record<string, unknown>): SloEntry | undefined {
  if (typeof def.id !== 'string') return undefined;
  const objectives: SloObjective[] = [];
  const list = Array.isArray(def.thresholds) ? def.thresholds : Array.isArray(def.targets) ? def.targets : [];
  for (const t of list) {
    if (isRecord(t) && typeof t.target === 'number') {
      objectives.push({ timeframe: str(t.timeframe) ?? '?', target: t.target, ...(typeof t.warning === 'number' ? { warning: t.warning } : {}) });
    }
  }
  if (!objectives.length && typeof def.target === 'number') objectives.push({ timeframe: str(def.timeframe) ?? '?', target: def.target });
  const entry: SloEntry = {
    id: def.id,
    name: str(def.name) ?? def.id,
    objectives,
    monitors: Array.isArray(def.monitors) ? def.monitors.filter((m): m is string => typeof m === 'string') : [],
  };
  for (const key of ['type', 'description', 'team', 'service', 'env', 'runbook'] as const) {
    const v = str(def[key]);
    if (v) entry[key] = v;
  }
  if (isLocation(def.source)) entry.source = def.source;
  return entry;
}

/** Reads an organisation's routing rules by field; `match` keeps only its list- or string-valued fields. */
export function readRouting(def: Record<string, unknown>): RoutingEntry | undefined {
  if (!Array.isArray(def.rules)) return undefined;
  const rules = def.rules.filter(isRecord).map((r, i): RoutingRuleEntry => ({
    name: str(r.name) ?? `rule ${i + 1}`,
    match: Object.entries(isRecord(r.match) ? r.match : {})
      .map(([k, v]): [string, string[]] => [k, (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string')])
      .filter(([, v]) => v.length > 0)
      .sort(([a], [b]) => cmp(a, b)),
    notify: Array.isArray(r.notify) ? r.notify : [],
    continue: r.continue === true,
    allowNonProdPaging: r.allowNonProdPaging === true,
  }));
  const entry: RoutingEntry = { id: str(def.id) ?? 'routing', rules, default: Array.isArray(def.default) ? def.default : [] };
  if (Array.isArray(def.productionEnvs)) entry.productionEnvs = def.productionEnvs.filter((e): e is string => typeof e === 'string');
  if (isLocation(def.source)) entry.source = def.source;
  return entry;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function isLocation(v: unknown): v is SourceLocation {
  return isRecord(v) && typeof v.file === 'string' && typeof v.line === 'number';
}
