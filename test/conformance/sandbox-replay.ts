// Sandbox replay conformance: a recording of real Datadog traffic is replayed, in order, against a fresh sandbox over
// loopback HTTP, with the sandbox clock set to the recording's clock and recorded ids mapped to the ones the sandbox
// hands out. Each answer is compared with the recorded one (sandbox-compare.ts). What cannot be compared is set
// apart by the rules below, each with its reason, and counted: never by naming a recording.
import { startSandbox } from '../../src/sandbox/server.ts';
import { type Exchange, type Recording, type RecordingSet, json } from './recordings.ts';
import { IdMap, type Relaxation, compareBodies, parseSpelled } from './sandbox-compare.ts';

const RECORDED_BASE = 'https://api.datadoghq.com';

/** Paths of the objects this replay is about: monitors, SLOs, downtimes, SLO corrections and monitor notification
 * rules (and a monitor's restriction policy, which is how `restricted_roles` is set today), the webhooks and teams
 * `@webhook-` and `@team-` handles reach, the webhooks' custom variables, and a team's notification rules (under
 * `v2/team/`). A recording that touches none is not replayed. */
const IN_SCOPE = /^\/api\/(v1\/(monitor|slo|downtime)|v2\/downtime|v2\/monitor\/[^/]+\/downtime_matches|v2\/monitor\/notification_rule|v2\/restriction_policy\/monitor:|v1\/integration\/webhooks\/configuration\/(webhooks|custom-variables)|v2\/team(\/|$))/;

interface PathRule {
  path: RegExp;
  reason: string;
}

/** Calls to endpoints outside the sandbox's scope: not sent; the ids they returned stay as recorded, which the
 * sandbox accepts wherever a request carries them (role ids in `restricted_roles`, for one). */
const NOT_SENT: readonly PathRule[] = [
  { path: /^\/api\/v2\/(roles|permissions)(\/|$)/, reason: 'setup call to roles/permissions (out of scope)' },
  { path: /^\/api\/v2\/powerpacks(\/|$)/, reason: 'setup call to powerpacks (out of scope)' },
  { path: /^\/api\/v2\/monitor\/policy(\/|$)/, reason: 'monitor configuration policies (out of scope)' },
  { path: /^\/api\/(v1\/query|v2\/query\/)/, reason: 'metric queries (a later issue)' },
];

/** Calls the sandbox serves only as setup for monitors (Synthetics tests own a `synthetics alert` monitor that
 * composite monitors reference): sent for their effect, their answers not compared. */
const SENT_NOT_COMPARED: readonly PathRule[] = [
  { path: /^\/api\/v1\/synthetics\//, reason: 'setup call to Synthetics (out of scope): sent, answer not compared' },
];

/** Refusals that follow from what the recording organisation lacked, not from the request: sent, answer not compared
 * (the sandbox, like a fresh organisation, has no facets to miss). */
const ORG_REFUSALS: readonly { status: number; body: RegExp; reason: string }[] = [
  {
    status: 400, body: /Check for invalid tags or facets in your query/,
    reason: 'refused for facets the recording organisation did not have (the sandbox does not know an organisation\'s facets)',
  },
];

/** A 404 in the API gateway's generic form (`{"status":"error","code":404,"errors":["Not found"],"statuspage":…}`),
 * seen in 2022 where the resource's own answer is `{"errors":["Monitor not found"]}`: the status is compared. */
const GATEWAY_NOT_FOUND = /"statuspage"\s*:/;
const GATEWAY_NOT_FOUND_REASON = "compared in part: a 404 in the API gateway's generic form (seen 2022): status compared, body not";

/** Answers the server wrote in an older form of the same resource, before the form the sandbox answers in: sent, with
 * the status compared and the body not. */
const OLDER_FORM: readonly { path: RegExp; before: string; reason: string }[] = [
  {
    path: /^\/api\/v2\/team(\/|$)/, before: '2025-06-01',
    reason: "a team answer in the server's form before 2025 (application/json, no \"is_managed\", empty module lists as []): status compared, body not",
  },
];

/** Answers that describe the recording organisation's other objects: sent (they may change state), with the named
 * parts compared by shape only. */
/** A list request that filters nothing: only paging parameters. */
const unfiltered = (paging: readonly string[]) => (q: URLSearchParams) => [...q.keys()].every((k) => paging.includes(k));

const ORG_DEPENDENT: readonly { method: string; path: RegExp; query?: (q: URLSearchParams) => boolean; relax: Relaxation; reason: string }[] = [
  {
    method: 'GET', path: /^\/api\/v1\/monitor\/groups\/search$/, reason: 'lists the recording organisation\'s evaluated monitor groups',
    relax: { orgDependent: ['groups', 'counts.status', 'counts.muted', 'counts.tag', 'counts.type', 'metadata.total_count', 'metadata.page_count'] },
  },
  {
    method: 'GET', path: /^\/api\/v2\/team$/, reason: 'lists the recording organisation\'s teams',
    relax: { orgDependent: ['data', 'meta.pagination.total', 'meta.pagination.last_number', 'meta.pagination.last_offset', 'links.last'] },
  },
  {
    method: 'GET', path: /^\/api\/v1\/monitor$/, query: unfiltered(['page', 'page_size', 'with_downtimes']),
    reason: 'lists the recording organisation\'s monitors (an unfiltered page)', relax: { orgDependent: [''] },
  },
  {
    method: 'GET', path: /^\/api\/v1\/slo$/, query: unfiltered(['limit', 'offset']),
    reason: 'lists the recording organisation\'s SLOs (an unfiltered page)',
    relax: { orgDependent: ['data', 'metadata.page.total_count', 'metadata.page.total_filtered_count'] },
  },
  {
    method: 'GET', path: /^\/api\/v2\/downtime$/, query: unfiltered(['page[limit]', 'page[offset]']),
    reason: 'lists the recording organisation\'s downtimes (an unfiltered page)',
    relax: { orgDependent: ['data', 'meta.page.total_filtered_count'] },
  },
  {
    method: 'GET', path: /^\/api\/v1\/slo\/correction$/, reason: 'lists the recording organisation\'s SLO corrections',
    relax: { orgDependent: ['data', 'meta.page.total_count', 'meta.page.total_filtered_count'] },
  },
];

export interface ReplayResult {
  set: RecordingSet;
  name: string;
  /** Exchanges in the recording. */
  interactions: number;
  /** Exchanges sent to the sandbox. */
  replayed: number;
  /** Exchanges whose answer was compared with the recorded one. */
  compared: number;
  /** Compared exchanges whose answer matched. */
  matched: number;
  /** Exchanges not sent or not compared (or compared in part), by reason. */
  exceptions: Record<string, number>;
  /** One line per difference found: `#<index> <METHOD> <path> <problem>`. */
  problems: string[];
}

/** True when the recording carries traffic about an object in scope (IN_SCOPE). */
export function touchesScope(recording: Recording): boolean {
  return recording.exchanges.some((e) => IN_SCOPE.test(e.url.pathname));
}

export async function replayRecording(recording: Recording): Promise<ReplayResult> {
  const result: ReplayResult = {
    set: recording.set, name: recording.name, interactions: recording.exchanges.length, replayed: 0, compared: 0,
    matched: 0, exceptions: {}, problems: [],
  };
  const except = (reason: string) => void (result.exceptions[reason] = (result.exceptions[reason] ?? 0) + 1);
  let clock = Math.floor(recording.exchanges[0]?.time ?? 0);
  const sandbox = await startSandbox({ port: 0, now: () => clock });
  const ids = new IdMap(RECORDED_BASE, sandbox.datadogUrl);
  try {
    for (const exchange of recording.exchanges) {
      const skip = NOT_SENT.find((r) => r.path.test(exchange.url.pathname));
      if (skip) {
        except(skip.reason);
        continue;
      }
      clock = Math.floor(exchange.time); // go-vcr durations carry microseconds; the server clock has none
      const preexisting = exchange.status < 300 && unknownIds(exchange, ids);
      const label = `#${exchange.index} ${exchange.method} ${exchange.url.pathname}`;
      const answer = await send(sandbox.datadogUrl, exchange, ids);
      result.replayed++;
      if (preexisting) {
        except(PREEXISTING_REASON);
        continue;
      }
      const problems = compareAnswer(exchange, answer, ids, except);
      if (problems === undefined) continue;
      result.compared++;
      if (problems.length === 0) result.matched++;
      else result.problems.push(...problems.map((p) => `${label} ${p}`));
    }
  } finally {
    await sandbox.close();
  }
  return result;
}

/** A successful request about an object the replay never created (an id in its path the replay has not learned)
 * was about an object the recording organisation already had: it is sent, but its answer cannot be compared. */
const PREEXISTING_REASON = 'names an object the recording organisation already had: sent, answer not compared';
const PATH_IDS = /(?<=\/)(\d{5,}|[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=\/|$)/g;

function unknownIds(exchange: Exchange, ids: IdMap): boolean {
  return [...exchange.url.pathname.matchAll(PATH_IDS)].some((m) => !ids.has(m[1]));
}

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

async function send(base: string, exchange: Exchange, ids: IdMap): Promise<Answer> {
  const body = exchange.requestBody === undefined ? undefined : ids.text(exchange.requestBody);
  const res = await fetch(`${base}${ids.text(exchange.url.pathname + exchange.url.search)}`, {
    method: exchange.method,
    headers: {
      'dd-api-key': 'replay-api-key', 'dd-application-key': 'replay-app-key', accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body,
  });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

/** Newest wins: empty answers (204) carried `application/json` in 2021 and `text/html; charset=utf-8` in every
 * recording since 2022-11. */
const EMPTY_JSON_UNTIL = '2022-11-01';
const EMPTY_JSON_REASON = 'compared in part: recorded while empty answers were labelled application/json (text/html since 2022-11)';

/** The differences found, or undefined when a rule set the answer apart (counted through `except`). */
function compareAnswer(exchange: Exchange, answer: Answer, ids: IdMap, except: (reason: string) => void): string[] | undefined {
  const aside = SENT_NOT_COMPARED.find((r) => r.path.test(exchange.url.pathname));
  if (aside) {
    except(aside.reason);
    // The answer still names the ids later requests use (a Synthetics test's `monitor_id`): learn them.
    const [recorded, actual] = [json(exchange.responseBody), json(answer.text)];
    if (recorded !== undefined && actual !== undefined) compareBodies(recorded, actual, ids, exchange.time);
    return undefined;
  }
  const refusal = ORG_REFUSALS.find((r) => r.status === exchange.status && r.body.test(exchange.responseBody));
  if (refusal && answer.status !== exchange.status) {
    except(refusal.reason);
    return undefined;
  }
  if (answer.status !== exchange.status) {
    return [`status ${answer.status}, recorded ${exchange.status}: ${answer.text.slice(0, 300)}`];
  }
  if (exchange.status === 404 && GATEWAY_NOT_FOUND.test(exchange.responseBody)) {
    except(GATEWAY_NOT_FOUND_REASON);
    return [];
  }
  const older = OLDER_FORM.find((r) => r.path.test(exchange.url.pathname) && new Date(exchange.time).toISOString() < r.before);
  if (older) {
    except(`compared in part: ${older.reason}`);
    // The answer still names the ids later requests use (the team a later request deletes): learn them.
    const [recorded, actual] = [json(exchange.responseBody), json(answer.text)];
    if (recorded !== undefined && actual !== undefined) compareBodies(recorded, actual, ids, exchange.time);
    return [];
  }
  const problems: string[] = [];
  const olderEmpty = exchange.responseBody === '' && answer.text === '' && exchange.contentType === 'application/json' &&
    new Date(exchange.time).toISOString() < EMPTY_JSON_UNTIL;
  if (olderEmpty && answer.contentType !== exchange.contentType) except(EMPTY_JSON_REASON);
  else if (exchange.contentType && answer.contentType !== exchange.contentType) {
    problems.push(`content-type ${answer.contentType}, recorded ${exchange.contentType}`);
  }
  if (exchange.responseBody === '' || answer.text === '') {
    if (exchange.responseBody !== answer.text) problems.push(`body ${JSON.stringify(answer.text)}, recorded ${JSON.stringify(exchange.responseBody)}`);
    return problems;
  }
  const org = ORG_DEPENDENT.find((r) => r.method === exchange.method && r.path.test(exchange.url.pathname) &&
    (r.query === undefined || r.query(exchange.url.searchParams)));
  if (org) except(`compared in part: ${org.reason}`);
  const compared = compareBodies(parseSpelled(exchange.responseBody), parseSpelled(answer.text), ids, exchange.time, org?.relax);
  for (const reason of compared.tolerated) except(`compared in part: ${reason}`);
  problems.push(...compared.problems);
  return problems;
}
