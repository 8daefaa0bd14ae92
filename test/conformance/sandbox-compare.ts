// How a recorded real Datadog answer is compared with the sandbox's answer to the same request. Values that depend
// on identity (ids, the org, the user) are mapped or compared by shape; values that depend on time are compared by
// format; everything else must be equal, key for key. What may differ is named here, each with its reason; the
// replay (sandbox-replay.ts) counts every use.

/** Keys holding server-assigned identities: the first sight of a recorded value learns its sandbox counterpart,
 * later sights must agree. */
const IDENTITY_KEYS = new Set([
  'id', 'public_id', 'monitor_id', 'deleted_monitor_id', 'org_id', 'uuid', 'synthetics_check_id', 'slo_id',
  'creator_id', 'updater_id', 'parent_id', 'child_id',
]);
/** Keys holding times the server takes from its clock: compared by format (digits replaced), so `µs` vs `ms` or
 * seconds vs milliseconds still fail. */
const TIME_KEYS = new Set(['created', 'modified', 'created_at', 'modified_at', 'overall_state_modified', 'deleted_at', 'indexed_at']);
/** Times a downtime takes from the server's clock when the request did not give them (`start` of a downtime created
 * without one, `canceled`; epoch seconds in v1, ISO times in v2). The replay's clock is the recording client's,
 * which runs behind the server's (a go-vcr cassette keeps request durations, not the pauses between requests), so
 * these match within five minutes. */
const SERVER_CLOCK_KEYS = new Set(['start', 'canceled']);
/** A recurring downtime's `current_downtime` follows from its recurrences, whose start the server takes from its clock
 * when none is sent (a Terraform provider downtime schedule test, 2025-09): both its times get the same slack. */
const SERVER_CLOCK_WITHIN = /(^|\.)current_downtime$/;
const SERVER_CLOCK_SLACK_S = 300;
const SERVER_CLOCK_REASON = 'a downtime time taken from the server\'s clock (within five minutes of the recording client\'s)';
/** Until 2026-08 a monitor notification rule's create answer wrote `modified_at` as the epoch (reads showed the stored
 * time); since, it writes the stored time (create answers recorded 2026-08). */
const EPOCH = '1970-01-01T00:00:00+00:00';
const EPOCH_MODIFIED_UNTIL = '2026-08-01';
const EPOCH_MODIFIED_REASON = 'recorded while a notification rule\'s create answer wrote "modified_at" as the epoch (the stored time since 2026-08)';
/** The server's time-zone data has no daylight-saving rules after 2037 (a 32-bit zone table): a recurrence there in
 * a zone that keeps summer time is placed by its standard offset (a Terraform provider downtime schedule test, 2023-07:
 * 01:02:03 in New York in July 2042 answered as 06:02:03 UTC). Tolerated for such times only, an hour either way. */
const ZONE_TABLE_END_YEAR = 2038;
const ZONE_TABLE_REASON = 'a downtime occurrence after 2037, which the server places without daylight saving (its zone table ends in 2037)';
/** Server timing measurements: only the JSON type is compared. */
const VOLATILE_KEYS = new Set(['timing']);
/** Values the server picks at random: only the JSON type is compared. */
const RANDOM_KEYS = new Set(['banner']);
const RANDOM_REASON = 'the banner picture the server picks at random for a new team';
/** Subtrees describing the recording user: only the key structure is compared. */
const USER_KEYS = new Set(['creator', 'created_by', 'modified_by', 'modifier', 'included']);

/** A key one side has and the other lacks, tolerated for a stated reason. `side` says which side has it. */
interface KeyRule {
  keys: readonly string[];
  side: 'recorded' | 'sandbox';
  /** Applies only to answers recorded before this date (ISO): the server's behaviour changed then. */
  before?: string;
  /** Applies only inside objects at a dotted path (array indexes left out) matching this. */
  within?: RegExp;
  /** Applies only when the value the side has passes this test. */
  value?: (v: unknown) => boolean;
  reason: string;
}

const KEY_RULES: readonly KeyRule[] = [
  // Newest wins: these keys were added by the server later; older recordings lack them.
  { keys: ['restriction_policy'], side: 'sandbox', before: '2024-10-10', reason: 'recorded before the server added "restriction_policy" to write answers (first seen 2024-10)' },
  // "draft_status" reached organisations at different times: org 2's answers carry it from 2025-05, while another
  // organisation's monitor answers still lacked it in 2025-06; every answer since 2025-12 carries it.
  { keys: ['draft_status'], side: 'sandbox', before: '2025-12-01', reason: 'recorded before every organisation\'s answers carried "draft_status" (first seen 2025-05, everywhere by 2025-12)' },
  { keys: ['assets'], side: 'sandbox', before: '2025-11-21', reason: 'recorded before the server added "assets" (first seen 2025-11)' },
  { keys: ['sli_specification'], side: 'sandbox', before: '2026-03-01', reason: 'recorded before the server derived "sli_specification" from a metric SLO\'s query (first seen 2026-03)' },
  // Newest wins: plain monitor GETs carried `assets: []` until the server made assets opt-in (`with_assets`).
  { keys: ['assets'], side: 'recorded', before: '2026-02-01', value: (v) => Array.isArray(v) && v.length === 0, reason: 'recorded while plain monitor GETs still carried "assets: []" (opt-in since 2026-02)' },
  { keys: ['notify_end_states', 'notify_end_types', 'status'], side: 'sandbox', before: '2023-03-01', reason: 'recorded before the server added a downtime\'s "notify_end_*" and "status" (first seen 2023-03)' },
  // Newest wins: a monitor without a priority is answered with `"priority": null` (2022-07 on); a 2020 answer left
  // the key out.
  { keys: ['priority'], side: 'sandbox', before: '2022-07-01', value: (v) => v === null, reason: 'recorded before monitor answers carried a null "priority" (seen from 2022-07)' },
  { keys: ['uuid'], side: 'sandbox', before: '2023-05-01', reason: 'recorded before the server added a downtime\'s "uuid" (first seen 2023-05)' },
  { keys: ['last_login_time'], side: 'sandbox', before: '2025-11-01', within: /^included\.attributes$/, reason: 'recorded before the server added "last_login_time" to included users (first seen 2025-11)' },
  { keys: ['uuid'], side: 'sandbox', before: '2026-08-01', within: /^included\.attributes$/, reason: 'recorded before the server added "uuid" to included users (first seen 2026-08)' },
  { keys: ['created_at', 'modified_at', 'rrule', 'duration', 'modifier'], side: 'sandbox', before: '2022-05-01', within: /^data\.attributes$/, reason: 'recorded before the server added an SLO correction\'s "created_at", "modified_at", "rrule", "duration" and "modifier" (first seen 2022-05)' },
  { keys: ['timeframe', 'target_threshold', 'warning_threshold'], side: 'sandbox', before: '2023-01-01', reason: 'recorded before the server filled an SLO\'s primary "timeframe" and thresholds (first seen 2023)' },
  // Newest wins: a default the server stopped filling (every monitor create since 2022-03 lacks it).
  { keys: ['locked'], side: 'recorded', before: '2022-03-01', reason: 'recorded while the server still filled "locked: false" (gone since 2022-03)' },
  // Organisation-specific: only answers from organisations with these features enabled carry them (org 2's RUM and
  // data-quality monitors, 2025-05 and 2026-02); the same monitor types in other organisations, as late as 2026,
  // do not (Monitors__Create-a-Data-Quality-monitor-returns-OK-response).
  { keys: ['avalanche_window', 'run_as', 'restricted'], side: 'recorded', reason: 'a field only a feature-flagged organisation\'s answers carry' },
  // Organisation-specific: one organisation's log monitors (2023-05) lacked this default that every other
  // log-monitor recording, 2022 and 2024-2026, shows.
  { keys: ['groupby_simple_monitor'], side: 'sandbox', before: '2024-01-01', reason: 'an option default one organisation\'s 2023 answers lack' },
  // Clock-dependent: the SLO search index adds an SLO's computed status some time after it is created; the sandbox
  // never computes one, so it answers like the index right after creation (2023-11).
  { keys: ['overall_status', 'status'], side: 'recorded', within: /^data\.attributes\.slos\.data\.attributes$/, reason: 'SLO status the search index adds once it has evaluated the SLO' },
];

/** Arrays compared as sets: SLO tags come back in no stable order since 2025, even between two reads of the same
 * SLO (TestAccDatadogServiceLevelObjective_MixedCaseTags). */
const SET_PATHS = [
  /^data\.tags$/, /^data\.attributes\.slos\.data\.attributes\.all_tags$/, /^data\.attributes\.notify_end_states$/,
  // A Terraform provider downtime schedule test (2023-07): created with ["cat:hat","mat:sat"], read back reversed.
  /^data\.attributes\.monitor_identifier\.monitor_tags$/,
];
const SET_REASON = 'SLO tags, v2 downtime end states and monitor tags compared as sets (the server lists them in no stable order)';

/** UUIDs inside error messages name internal objects (`slo correction public id <uuid> not found` names an id
 * other than the one asked for): compared by shape. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ERROR_ID_REASON = 'an internal id inside an error message';

/** Until 2022-03 the server wrote monitor thresholds as integers when sent so (Monitors__Create-a-ci-pipelines-monitor,
 * 2022-01); every answer since writes floats. */
const INTEGER_THRESHOLDS_UNTIL = '2022-03-01';
const INTEGER_THRESHOLDS_REASON = 'recorded while the server still wrote integral thresholds as integers (floats since 2022-03)';

/** Links the server builds from the request: compared with their query parameters as a set, because the 2023-02
 * SLO search answer reordered them and the 2023-11 one echoes them as sent (the sandbox echoes). */
const LINK_KEYS = new Set(['self', 'next', 'prev', 'first', 'last']);
const LINK_REASON = 'link query parameters compared as a set (their order changed between recordings)';

/** Keys describing a monitor's evaluation against live data, which the sandbox never performs: both sides must have
 * them, with a string or null. */
const EVALUATION_KEYS = new Set(['overall_state', 'overall_state_modified']);
const EVALUATION_REASON = 'monitor evaluation state (the sandbox does not evaluate monitors against live data)';

export interface Relaxation {
  /** Dotted paths (array indexes left out) whose content reflects the recording organisation's other objects, not
   * the replayed requests: arrays there are compared by element shape, numbers by type. */
  orgDependent?: readonly string[];
}

export class IdMap {
  private readonly map = new Map<string, string>();

  constructor(private readonly recordedBase: string, private readonly sandboxBase: string) {}

  learn(recorded: unknown, actual: unknown): void {
    if ((typeof recorded === 'number' || typeof recorded === 'string') && recorded !== '' && !this.map.has(String(recorded))) {
      this.map.set(String(recorded), String(actual));
    }
  }

  has(recorded: unknown): boolean {
    return this.map.has(String(recorded));
  }

  /** An object key that is a recorded id (e.g. `can_delete` errors keyed by monitor id). */
  key(k: string): string {
    return this.map.get(k) ?? k;
  }

  /** Rewrites recorded ids (and the recorded host) inside request or response text. */
  text(s: string): string {
    let out = s.split(this.recordedBase).join(this.sandboxBase);
    for (const [from, to] of this.map) {
      if (from === to) continue;
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_-])${escape(from)}(?![A-Za-z0-9_-])`, 'g'), to);
    }
    return out;
  }

  /** Rewrites a recorded JSON value: strings, numbers and object keys that are known recorded ids. */
  value(v: unknown): unknown {
    if (typeof v === 'string') return this.text(v);
    if (typeof v === 'number') return this.map.has(String(v)) ? Number(this.map.get(String(v))) : v;
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.key(k), this.value(x)]));
    }
    return v;
  }
}

export interface Comparison {
  /** Every difference, as `path: message` lines. */
  problems: string[];
  /** The reasons of the tolerances that were needed. */
  tolerated: Set<string>;
}

/** Compares a recorded answer (recorded at `time`, epoch ms) with the sandbox's. */
export function compareBodies(recorded: unknown, actual: unknown, ids: IdMap, time: number, relax: Relaxation = {}): Comparison {
  const result: Comparison = { problems: [], tolerated: new Set() };
  walk(recorded, actual, [], ids, relax, { ...result, day: new Date(time).toISOString().slice(0, 10) });
  return result;
}

interface Walk extends Comparison {
  day: string;
}

function tolerated(key: string, side: KeyRule['side'], value: unknown, dotted: string, w: Walk): boolean {
  const rule = KEY_RULES.find((r) =>
    r.side === side && r.keys.includes(key) && (r.before === undefined || w.day < r.before) &&
    (r.within === undefined || r.within.test(dotted)) && (r.value === undefined || r.value(value)));
  if (rule) w.tolerated.add(rule.reason);
  return rule !== undefined;
}

function walk(exp: unknown, act: unknown, path: string[], ids: IdMap, relax: Relaxation, w: Walk): void {
  const out = w.problems;
  const at = path.join('.') || '(root)';
  const key = path[path.length - 1] ?? '';
  const dotted = path.filter((p) => !/^\d+$/.test(p)).join('.');
  const orgDependent = relax.orgDependent?.includes(dotted) ?? false;
  if (IDENTITY_KEYS.has(key) && (typeof exp === 'number' || typeof exp === 'string')) {
    if (!ids.has(exp) && typeof act === typeof exp) ids.learn(exp, act);
    else if (ids.value(exp) !== act) out.push(`${at}: expected ${JSON.stringify(ids.value(exp))}, got ${JSON.stringify(act)}`);
    return;
  }
  if (EVALUATION_KEYS.has(key)) {
    if (!(act === null || typeof act === 'string')) out.push(`${at}: expected a string or null, got ${JSON.stringify(act)}`);
    else if (act !== exp) w.tolerated.add(EVALUATION_REASON);
    return;
  }
  if (key === 'modified_at' && exp === EPOCH && w.day < EPOCH_MODIFIED_UNTIL && typeof act === 'string' && act !== EPOCH &&
      !Number.isNaN(Date.parse(act))) {
    w.tolerated.add(EPOCH_MODIFIED_REASON);
    return;
  }
  if (TIME_KEYS.has(key)) {
    if (shape(exp) !== shape(act)) out.push(`${at}: time format ${shape(exp)} expected, got ${JSON.stringify(act)}`);
    return;
  }
  if (RANDOM_KEYS.has(key) && typeof exp === 'number') {
    if (typeof act !== 'number') out.push(`${at}: expected a number, got ${JSON.stringify(act)}`);
    else if (act !== exp) w.tolerated.add(RANDOM_REASON);
    return;
  }
  if (VOLATILE_KEYS.has(key) || (orgDependent && !Array.isArray(exp))) {
    if (kind(exp) !== kind(act)) out.push(`${at}: expected a ${kind(exp)}, got ${JSON.stringify(act)}`);
    return;
  }
  if (USER_KEYS.has(key)) return sameKeys(exp, act, at, out, (k, side, v, within) => tolerated(k, side, v, within, w), dotted);
  if (Array.isArray(exp)) {
    if (!Array.isArray(act)) return void out.push(`${at}: expected an array, got ${JSON.stringify(act)}`);
    if (orgDependent) {
      if (exp.length > 0) for (const [i, a] of act.entries()) sameKeys(exp[0], a, `${at}.${i}`, out);
      return;
    }
    if (exp.length !== act.length) return void out.push(`${at}: expected ${exp.length} items, got ${act.length}`);
    if (SET_PATHS.some((p) => p.test(dotted)) && exp.every((e) => typeof e === 'string')) {
      const sorted = (xs: unknown[]) => JSON.stringify([...xs].map(String).sort());
      if (sorted(exp) !== sorted(act)) out.push(`${at}: expected the set ${sorted(exp)}, got ${sorted(act)}`);
      else if (JSON.stringify(exp) !== JSON.stringify(act)) w.tolerated.add(SET_REASON);
      return;
    }
    exp.forEach((e, i) => walk(e, act[i], [...path, String(i)], ids, relax, w));
    return;
  }
  if (exp && typeof exp === 'object') {
    if (!act || typeof act !== 'object' || Array.isArray(act)) return void out.push(`${at}: expected an object, got ${JSON.stringify(act)}`);
    const a = act as Record<string, unknown>;
    const expByKey = new Map(Object.entries(exp).map(([k, v]) => [ids.key(k), v]));
    for (const [k, v] of expByKey) {
      if (k in a) walk(v, a[k], [...path, k], ids, relax, w);
      else if (!tolerated(k, 'recorded', v, dotted, w)) out.push(`${at}: missing key "${k}"`);
    }
    for (const k of Object.keys(a)) {
      if (!expByKey.has(k) && !tolerated(k, 'sandbox', a[k], dotted, w)) out.push(`${at}: unexpected key "${k}"`);
    }
    return;
  }
  if ((SERVER_CLOCK_KEYS.has(key) || SERVER_CLOCK_WITHIN.test(dotted.split('.').slice(0, -1).join('.'))) && exp !== act && withinSlack(exp, act)) {
    w.tolerated.add(SERVER_CLOCK_REASON);
    return;
  }
  if (SERVER_CLOCK_WITHIN.test(dotted.split('.').slice(0, -1).join('.')) && exp !== act && withoutSummerTime(exp, act)) {
    w.tolerated.add(ZONE_TABLE_REASON);
    return;
  }
  if (typeof exp === 'number' && typeof act === 'string' && w.day < INTEGER_THRESHOLDS_UNTIL && act === `#number:${exp}.0` && path.includes('thresholds')) {
    w.tolerated.add(INTEGER_THRESHOLDS_REASON);
    return;
  }
  if (path[path.length - 2] === 'errors' && typeof exp === 'string' && typeof act === 'string' && exp !== act &&
    exp.replace(UUID, '<uuid>') === act.replace(UUID, '<uuid>')) {
    w.tolerated.add(ERROR_ID_REASON);
    return;
  }
  const mapped = ids.value(exp);
  if (LINK_KEYS.has(key) && typeof mapped === 'string' && typeof act === 'string' && mapped !== act && sameLink(mapped, act)) {
    w.tolerated.add(LINK_REASON);
    return;
  }
  if (mapped !== act) out.push(`${at}: expected ${JSON.stringify(mapped)}, got ${JSON.stringify(act)}`);
}

type Tolerate = (key: string, side: KeyRule['side'], value: unknown, dotted: string) => boolean;

/** Same keys recursively (values ignored): user identities differ but their shape must not. With `tolerate`, a key
 * one side lacks may be one the server added later (KEY_RULES). */
function sameKeys(exp: unknown, act: unknown, at: string, out: string[], tolerate?: Tolerate, dotted = ''): void {
  if (Array.isArray(exp) && Array.isArray(act) && tolerate) {
    exp.forEach((e, i) => sameKeys(e, act[i], `${at}.${i}`, out, tolerate, dotted));
    return;
  }
  if (!exp || typeof exp !== 'object' || Array.isArray(exp)) return;
  if (!act || typeof act !== 'object') return void out.push(`${at}: expected an object, got ${JSON.stringify(act)}`);
  const a = act as Record<string, unknown>;
  const e = exp as Record<string, unknown>;
  const keep = (k: string, side: KeyRule['side'], v: unknown) => !tolerate || !tolerate(k, side, v, dotted);
  const ek = Object.keys(e).filter((k) => k in a || keep(k, 'recorded', e[k])).sort().join(',');
  const ak = Object.keys(a).filter((k) => k in e || keep(k, 'sandbox', a[k])).sort().join(',');
  if (ek !== ak) out.push(`${at}: keys {${ek}} expected, got {${ak}}`);
  for (const [k, v] of Object.entries(e)) if (k in a) sameKeys(v, a[k], `${at}.${k}`, out, tolerate, dotted ? `${dotted}.${k}` : k);
}

/**
 * Parses a JSON answer keeping how its numbers were spelled where JSON.parse would forget it: the real server writes
 * thresholds and SLO targets as floats (`2.0`) and other numbers as integers, and a client written in a typed
 * language can tell them apart. A number whose text differs from JavaScript's own spelling of its value becomes the
 * string `#number:<text>`, so comparing two parsed answers compares those spellings too.
 */
export function parseSpelled(text: string): unknown {
  let out = '';
  let last = 0;
  // String literals are matched (and kept) so digits inside them are never taken for numbers.
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    const token = m[0];
    if (token.startsWith('"') || String(Number(token)) === token) continue;
    out += `${text.slice(last, m.index)}"#number:${token}"`;
    last = m.index + token.length;
  }
  return JSON.parse(out + text.slice(last));
}

/** Two epoch-second numbers, or two ISO times of the same format, within the server-clock slack. */
function withinSlack(exp: unknown, act: unknown): boolean {
  if (typeof exp === 'number' && typeof act === 'number') return Math.abs(exp - act) <= SERVER_CLOCK_SLACK_S;
  if (typeof exp !== 'string' || typeof act !== 'string' || shape(exp) !== shape(act)) return false;
  const [e, a] = [Date.parse(exp), Date.parse(act)];
  return !Number.isNaN(e) && !Number.isNaN(a) && Math.abs(e - a) <= SERVER_CLOCK_SLACK_S * 1000;
}

/** Two ISO times of the same format an hour apart, in or after the year the server's zone table ends. */
function withoutSummerTime(exp: unknown, act: unknown): boolean {
  if (typeof exp !== 'string' || typeof act !== 'string' || shape(exp) !== shape(act)) return false;
  const [e, a] = [Date.parse(exp), Date.parse(act)];
  return new Date(a).getUTCFullYear() >= ZONE_TABLE_END_YEAR && Math.abs(e - a) === 3_600_000;
}

function sameLink(a: string, b: string): boolean {
  const parts = (s: string) => {
    const [path, query = ''] = s.split('?');
    return `${path}?${query.split('&').sort().join('&')}`;
  };
  return parts(a) === parts(b);
}

function shape(v: unknown): string {
  return v === null ? 'null' : `${typeof v}:${String(v).replace(/\d/g, '9')}`;
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
