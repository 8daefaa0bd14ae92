// What the monitor routes need from a query: is it acceptable, is it grouped (`multi`), its comparator and
// threshold, and which monitors or SLOs it references. This is a deliberately small recognizer, not vigil's query
// parser: the sandbox must accept what the real API accepts, and the real API is lenient about much of the syntax.
// Error texts are the real ones where recorded; vigil's own parser gives users better messages before any request.
import { MESSAGES, invalidParameter } from './errors.ts';

export type QueryCheck =
  | { ok: true; multi: boolean; comparator?: string; threshold?: number; monitorRefs: number[]; sloRefs: string[] }
  | { ok: false; message: string };

/** Types whose queries are event-platform searches (`logs("…")…last("5m") > 2`); their parser reports a missing
 * comparator as "invalid operator specified: " (OBSERVED for `log alert`). Grouping the others with it is inference. */
const SEARCH_TYPES = new Set([
  'log alert', 'rum alert', 'ci-pipelines alert', 'ci-tests alert', 'audit alert', 'trace-analytics alert',
  'error-tracking alert', 'database-monitoring alert', 'llm-observability alert', 'event-v2 alert',
  'network-performance alert', 'network-path alert', 'process alert', 'event alert',
]);

const TAIL = /\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i;

export function checkQuery(type: string, query: string): QueryCheck {
  const q = query.trim();
  if (q === '') return invalid();
  switch (type) {
    case 'composite':
      return composite(q);
    case 'synthetics alert':
      return { ok: true, multi: false, monitorRefs: [], sloRefs: [] };
    case 'service check':
      // `"check".over("tags").by("host").last(3).count_by_status()` (spec); thresholds are check counts.
      if (!/^"[^"]+"\.over\(.*\)\.count_by_status\(\)$/s.test(q)) return invalid();
      return { ok: true, multi: /\.by\(/.test(q), monitorRefs: [], sloRefs: [] };
    case 'slo alert': {
      const m = /^(?:error_budget|burn_rate)\("([^"]+)"\)\..+$/s.exec(q);
      const tail = TAIL.exec(q);
      if (!m?.[1] || !tail) return invalid();
      return { ok: true, multi: false, comparator: tail[1], threshold: Number(tail[2]), monitorRefs: [], sloRefs: [m[1]] };
    }
    default:
      return comparedQuery(type, q);
  }
}

function comparedQuery(type: string, q: string): QueryCheck {
  const tail = TAIL.exec(q);
  if (!tail) {
    if (!SEARCH_TYPES.has(type)) return invalid();
    // The operator the real parser found, if any: the symbols before a trailing number.
    const op = /([^\w\s")]*)\s*-?[\d.]*\s*$/.exec(q)?.[1] ?? '';
    return invalid(`invalid operator specified: ${op}`);
  }
  const body = q.slice(0, tail.index);
  if (!balanced(body)) return invalid();
  if (type === 'query alert' || type === 'metric alert') {
    // `avg(last_5m):…`, a change alert `pct_change(avg(last_5m),last_5m):…`, or `formula("…")…`.
    if (!/^[\w.]+\(.*?\)\s*:\s*\S/s.test(body) && !/^formula\(/.test(body)) return invalid();
  }
  return { ok: true, multi: isGrouped(body), comparator: tail[1], threshold: Number(tail[2]), monitorRefs: [], sloRefs: [] };
}

function composite(q: string): QueryCheck {
  // Monitor ids joined by &&, ||, ! and parentheses, e.g. `12345 && (67890 || !111)`.
  if (!/^[\d\s&|!()]+$/.test(q) || !balanced(q) || !/\d/.test(q)) return invalid();
  const refs = [...q.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return { ok: true, multi: false, monitorRefs: [...new Set(refs)], sloRefs: [] };
}

/** Grouped means `by {…}` (metric) or `.by(…)` (search, formula) in the monitor's own query; group-bys inside
 * `options.variables` do not make a monitor multi (OBSERVED: data-quality and cost monitors stay `multi: false`). */
function isGrouped(body: string): boolean {
  const unquoted = body.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (/\bby\s*\{\s*[^}\s]/.test(unquoted)) return true;
  return /\.by\(\s*(?:"[^"\s][^"]*"|[^)\s"])/.test(body);
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '(' || c === '{')) depth++;
    else if (!quoted && (c === ')' || c === '}')) depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && !quoted;
}

function invalid(detail?: string): QueryCheck {
  return { ok: false, message: detail === undefined ? MESSAGES.queryInvalid : invalidParameter('query', detail) };
}
