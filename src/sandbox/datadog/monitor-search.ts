// `GET /api/v1/monitor/search` and `/monitor/groups/search`: the facet-style search of the monitor list page.
// Response shapes are the recorded ones; the query language is a subset (status, muted, type, tag, id, priority,
// free text on the name).
import { ddError, invalidParameter, ok } from './errors.ts';
import type { JsonObject, MonitorRecord } from './model.ts';
import type { Ctx } from './router.ts';

const STATUSES: Record<string, string> = {
  alert: 'Alert', warn: 'Warn', 'no data': 'No Data', nodata: 'No Data', ok: 'OK', ignored: 'Ignored',
  skipped: 'Skipped', unknown: 'Unknown',
};

interface Filter {
  statuses: string[];
  muted?: boolean;
  types: string[];
  tags: string[];
  ids: number[];
  priorities: number[];
  text: string[];
}

export function monitorSearch(ctx: Ctx) {
  const parsed = parseSearch(ctx.req.query.get('query') ?? '');
  if (typeof parsed === 'string') return ddError(400, parsed);
  const paging = readPaging(ctx);
  if (typeof paging === 'string') return ddError(400, paging);
  const matches = sortMonitors([...ctx.store.monitors.values()].filter((m) => matchesFilter(m, parsed)), ctx.req.query.get('sort'));
  const page = matches.slice(paging.page * paging.perPage, (paging.page + 1) * paging.perPage);
  return ok({
    counts: {
      status: countBy(matches, (m) => [m.overall_state]),
      muted: countBy(matches, () => [false]),
      tag: countBy(matches, (m) => m.tags),
      type: countBy(matches, (m) => [category(m.type)]),
    },
    monitors: page.map(searchItem),
    metadata: metadata(matches.length, paging),
  });
}

/** The sandbox never evaluates monitors, so there are no groups; the envelope and errors are the real ones. */
export function groupSearch(ctx: Ctx) {
  const parsed = parseSearch(ctx.req.query.get('query') ?? '');
  if (typeof parsed === 'string') return ddError(400, parsed);
  const paging = readPaging(ctx);
  if (typeof paging === 'string') return ddError(400, paging);
  return ok({ counts: { status: [], muted: [], tag: [], type: [] }, groups: [], metadata: metadata(0, paging) });
}

/** Returns the filter, or the error message (OBSERVED wording for a bad status). */
function parseSearch(query: string): Filter | string {
  const filter: Filter = { statuses: [], types: [], tags: [], ids: [], priorities: [], text: [] };
  for (const token of tokens(query)) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    const value = unquote(token.slice(colon + 1));
    if (key === 'status') {
      const status = STATUSES[value.toLowerCase()];
      if (!status) return `Query parsing error: '${value}' is not a valid monitor status`;
      filter.statuses.push(status);
    } else if (key === 'muted') filter.muted = value === 'true';
    else if (key === 'type') filter.types.push(value.toLowerCase());
    else if (key === 'tag') filter.tags.push(value);
    else if (key === 'id' && /^\d+$/.test(value)) filter.ids.push(Number(value));
    else if (key === 'priority' && /^p?[1-5]$/i.test(value)) filter.priorities.push(Number(value.replace(/^p/i, '')));
    else filter.text.push(unquote(token).toLowerCase());
  }
  return filter;
}

function matchesFilter(m: MonitorRecord, f: Filter): boolean {
  return (f.statuses.length === 0 || f.statuses.includes(m.overall_state)) &&
    (f.muted === undefined || f.muted === false) &&
    (f.types.length === 0 || f.types.includes(category(m.type))) &&
    f.tags.every((t) => m.tags.includes(t)) &&
    (f.ids.length === 0 || f.ids.includes(m.id)) &&
    (f.priorities.length === 0 || (m.priority !== null && f.priorities.includes(m.priority))) &&
    f.text.every((t) => m.name.toLowerCase().includes(t));
}

function sortMonitors(monitors: MonitorRecord[], sort: string | null): MonitorRecord[] {
  const [field, dir] = (sort ?? '').split(',');
  const key = field === 'name' ? (m: MonitorRecord) => m.name
    : field === 'status' ? (m: MonitorRecord) => m.overall_state
      : field === 'tags' ? (m: MonitorRecord) => m.tags.join(',') : undefined;
  if (!key) return monitors; // default: ascending id (invented)
  const sign = dir === 'desc' ? -1 : 1;
  return [...monitors].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
}

/** OBSERVED item keys (Monitors-search-returns-OK-response); values derived from the monitor. */
function searchItem(m: MonitorRecord): JsonObject {
  return {
    status: m.overall_state,
    scopes: [...m.query.matchAll(/\{([^}]*)\}/g)].flatMap((x) => (x[1] ?? '').split(',').map((s) => s.trim())).filter(Boolean),
    classification: category(m.type),
    creator: { handle: m.creator.handle, id: m.creator.id, name: m.creator.name },
    metrics: [...m.query.matchAll(/[a-z0-9_]+:([\w.]+)\{/gi)].map((x) => x[1]),
    notifications: [...m.message.matchAll(/@([\w.\-@]+)/g)].map((x) => ({ handle: x[1], name: x[1] })),
    muted_until_ts: null,
    query: m.query,
    id: m.id,
    last_triggered_ts: null,
    name: m.name,
    tags: m.tags,
    org_id: m.org_id,
    priority: m.priority,
    overall_state_modified: m.overall_state_modified,
    restricted_roles: m.restricted_roles,
    type: m.type,
  };
}

/** Search facet of a monitor type. `metric`, `log`, `synthetics`, `custom` are recorded facet names; the mapping of
 * the rest is invented. */
function category(type: string): string {
  if (type === 'query alert' || type === 'metric alert') return 'metric';
  if (type === 'service check') return 'custom';
  if (type === 'synthetics alert') return 'synthetics';
  return type.replace(/ alert$/, '');
}

/** `[{count, name}]` sorted by count, then name (OBSERVED order). */
function countBy(monitors: MonitorRecord[], keys: (m: MonitorRecord) => (string | boolean)[]): JsonObject[] {
  const counts = new Map<string | boolean, number>();
  for (const m of monitors) for (const k of new Set(keys(m))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([name, count]) => ({ count, name }));
}

function readPaging(ctx: Ctx): { page: number; perPage: number } | string {
  const page = ctx.req.query.get('page') ?? '0';
  const perPage = ctx.req.query.get('per_page') ?? '30'; // spec defaults
  if (!/^\d+$/.test(page)) return invalidParameter('page');
  if (!/^\d+$/.test(perPage) || Number(perPage) < 1) return invalidParameter('per_page');
  return { page: Number(page), perPage: Number(perPage) };
}

function metadata(total: number, paging: { page: number; perPage: number }): JsonObject {
  return { total_count: total, page_count: Math.ceil(total / paging.perPage), page: paging.page, per_page: paging.perPage };
}

function tokens(query: string): string[] {
  return [...query.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0]);
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
