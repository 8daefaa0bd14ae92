// `GET /api/v1/slo/search`: the JSON:API-style SLO search, shape and link quirks as recorded
// (Search-for-SLOs-returns-OK-response, 2023-02; TestAccDatadogServiceLevelObjectivesDatasource, 2023-11, the newer
// and so the one followed where they differ). The sandbox never computes SLI values, so it answers as the index does
// for an SLO it has not evaluated yet: no `overall_status` or `status` (2023-11).
import { ddError, invalidParameter, ok } from './errors.ts';
import { type JsonObject, type SloRecord, USER } from './model.ts';
import type { Ctx } from './router.ts';
import { searchDisplay } from './slo-normalize.ts';

export function sloSearch(ctx: Ctx) {
  const q = ctx.req.query;
  const query = q.get('query') ?? '';
  const sizeRaw = q.get('page[size]') ?? '10'; // spec defaults
  const numberRaw = q.get('page[number]') ?? '0';
  if (!/^\d+$/.test(sizeRaw) || Number(sizeRaw) < 1) return ddError(400, invalidParameter('page[size]'));
  if (!/^\d+$/.test(numberRaw)) return ddError(400, invalidParameter('page[number]'));
  const size = Number(sizeRaw);
  const number = Number(numberRaw);
  // Newest first (OBSERVED 2023-11: of two SLOs created a second apart, the later one is listed first).
  const matches = [...ctx.store.slos.values()].filter((s) => matchesQuery(s, query)).reverse();
  const page = matches.slice(number * size, (number + 1) * size);
  const base = `${ctx.baseUrl}/api/v1/slo/search?query=${encodeURIComponent(query)}`;
  return ok({
    data: {
      type: 'service_level_objective_search_results',
      attributes: { slos: page.map((s) => ({ data: { type: 'slo', attributes: searchAttributes(s, ctx.now), id: s.id } })) },
    },
    meta: {
      pagination: {
        // OBSERVED quirks: next_number is always number + 1 and `last` is null, even on the last page.
        number, first_number: 0, prev_number: Math.max(0, number - 1), next_number: number + 1,
        last_number: Math.max(0, Math.ceil(matches.length / size) - 1), size, type: 'number_size', total: matches.length,
      },
    },
    links: {
      // The request's own query string, encoded (OBSERVED 2023-11; the 2023-02 answer reordered it).
      self: `${ctx.baseUrl}/api/v1/slo/search?${q.toString()}`,
      last: null,
      next: `${base}&page[number]=${number + 1}&page[size]=${size}`,
      prev: number > 0 ? `${base}&page[number]=${number - 1}&page[size]=${size}` : null,
      first: `${base}&page[number]=0&page[size]=${size}`,
    },
  });
}

/** Terms are ANDed: `key:value` matches a tag, anything else a substring of the name (inference). */
function matchesQuery(slo: SloRecord, query: string): boolean {
  const terms = query.split(/\s+/).filter(Boolean);
  return terms.every((t) => (t.includes(':') && slo.tags.includes(t)) || slo.name.toLowerCase().includes(t.toLowerCase()));
}

function searchAttributes(s: SloRecord, now: number): JsonObject {
  const query = s['query'] as JsonObject | undefined;
  const prefixed = (prefix: string) => s.tags.filter((t) => t.startsWith(prefix));
  return {
    monitor_ids: s['monitor_ids'] ?? null,
    all_tags: s.tags,
    thresholds: s.thresholds.map((t) => {
      const warned = typeof t['warning'] === 'number';
      return {
        // OBSERVED quirk of the search index: `warning_display` repeats the target's display (98 → "95"); a
        // threshold without a warning has `warning: null` and `warning_display: null` (2023-11).
        warning_display: warned ? searchDisplay(t['target'] as number) : null,
        target_display: searchDisplay(t['target'] as number),
        target: t['target'],
        warning: warned ? t['warning'] : null,
        timeframe: t['timeframe'],
      };
    }),
    env_tags: prefixed('env:'),
    groups: s['groups'] ?? null,
    timeframe: s['timeframe'],
    query: query ? { metrics: null, numerator: query['numerator'], denominator: query['denominator'] } : null,
    warning_threshold: s['warning_threshold'] ?? null,
    slo_type: s.type,
    name: s.name,
    service_tags: prefixed('service:'),
    creator: { name: USER.name, id: USER.id, email: USER.email },
    created_at: s.created_at,
    modified_at: s.modified_at,
    description: s['description'] === '' ? null : s['description'], // OBSERVED: null for an SLO created without one
    team_tags: prefixed('team:'),
    target_threshold: s['target_threshold'],
  };
}
