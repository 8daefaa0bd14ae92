// The fast path for common queries must agree with the parsers wherever it answers: same facts for a query they
// accept, and no answer at all for one they reject. Checked over hand-picked queries, the integrations-extras corpus
// (when ../shared is present) and thousands of mutations of both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/validate/query/index.ts';
import { simpleQueryFacts } from '../../src/validate/query/simple-queries.ts';

const CORPUS = resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'reality', 'monitors', 'integrations-extras');
const present = existsSync(CORPUS);
type Case = [type: string, query: string];
const corpus: Case[] = present
  ? readdirSync(CORPUS).filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as { definition: { type: string; query: string } }).definition)
    .map((d): Case => [d.type, d.query])
  : [];
const q = (query: string): Case => ['query alert', query];
const log = (query: string): Case => ['log alert', query];
const check = (query: string): Case => ['service check', query];

/** Queries the fast path is meant to take: the shapes vigil's builders and the benchmark write. */
const FAST: Case[] = [
  q('avg(last_5m):sum:trace.http.request.errors{service:svc1,env:prod,endpoint:e0} by {resource_name}.as_count() / sum:trace.http.request.hits{service:svc1,env:prod,endpoint:e0} by {resource_name}.as_count() * 100 > 5'),
  q('avg(last_10m):p95:trace.http.request{service:svc0,env:prod,endpoint:e3} > 4'),
  q('avg(last_5m):avg:system.cpu.user{*} > 90'),
  q('max(last_1h):max:system.disk.in_use{env:prod,!device:tmpfs} by {host,device} >= 0.9'),
  q('sum(last_1d):sum:orders.placed{env:prod}.as_count() < 10'),
  q('min(last_15m):min:queue.depth{queue:payments} by {queue} <= -1.5e3'),
  q('avg(last_1mo):count:k8s.pods{cluster:a} * 2 + 3 != 7'),
  q('  avg(last_5m):sum:a.b_c{x:y}.as_rate() by {h} == 1  '),
  q('avg(last_5m):sum:a{*} by{host} > .5'),
  q('avg(last_5m):p100:a{*}-sum:b{*}>+1'),
  log('logs("service:svc1 status:error").index("*").rollup("count").by("@http.url").last("5m") > 119'),
  log('logs("status:error").last("1h") >= 1'),
  log(' logs("a:b").rollup("count").by("service,*, host").last("15m")<=0.5 '),
  log('logs("").by("*").last("2mo") == 0'),
  check('"http.can_connect".over("service:svc1").by("host").last(4).count_by_status()'),
  check('"datadog.agent.up".over("*").exclude("env:dev").last(2).count_by_status()'),
  check('"x".over("a:b").by("*").last(10).count_by_status()  '),
];

/** Queries the parser accepts that the fast path leaves to it (and so must not answer wrongly). */
const SLOW: Case[] = [
  q('avg(last_5m):sum:a{env:prod AND service:web} > 1'),
  q('avg(last_5m):sum:a{env IN (a,b)} > 1'),
  q('avg(last_5m):anomalies(avg:a{*}, \'basic\', 2) >= 1'),
  q('avg(last_5m):sum:a{*}.rollup(sum, 60) > 1'),
  q('avg(last_5m):(sum:a{*} + sum:b{*}) / 2 > 1'),
  q('avg(last_5m):-sum:a{*} > 1'),
  q('percentile(last_5m):p99:a{*} > 1'),
  q('change(avg(last_5m),last_1h):avg:a{*} > 1'),
  q('avg(current_1mo):sum:a{*} > 1'),
  q('avg (last_5m):sum:a{*} > 1'),
  q('avg(last_5m):sum:a {*} > 1'),
  q('avg(last_5m):sum:a{ * } > 1'),
  q('avg(last_05m):sum:a{*} > 1'),
  q('avg(last_5m):5 * sum:a{*} > 1'),
  q('avg(last_5m):sum:a{*}.by(host) > 1'),
  q('avg(last_5m):sum:a{!!x} > 1'),
  q('avg(last_5m):p05:a{*} > 1'),
  log("logs('status:error').last('5m') > 1"),
  log('logs("a\\"b").last("5m") > 1'),
  log('logs("a").last("5m").rollup("count") > 1'),
  log('logs("a") .last("5m") > 1'),
  log('logs("a").rollup("avg", "@duration").last("5m") > 1'),
  log('formula("query1").last("5m") > 1'),
  check('"c".by("host").over("*").last(2).count_by_status()'),
  check('"c".over("a","b").last(2).count_by_status()'),
  check("'c'.over('*').last(2).count_by_status()"),
  check('"c".over("*").last(2) .count_by_status()'),
];

/** Rejected by the parser: the fast path must not answer. */
const BAD: Case[] = [
  q('avg(last_5m):sum:a{} > 1'), q('avg(last_5m):sum:a{*} by {} > 1'), q('avg(last_5m):sum:a{*} by {h} by {g} > 1'),
  q('avg(last_5m):sum:a{*} by {h}.as_count() by {g} > 1'), q('avg(last_5m):sum:a{AND} > 1'), q('avg(last_5m):sum:a{x,in} > 1'),
  q('avg(last_5m):sum:a{!AND} > 1'), q('avg(last_5m):sum:a{!} > 1'),
  q('avg(last_5m):sum:a{*} => 1'), q('avg(last_5m):sum:a{*} > 1e999'), q('avg(last_5m):sum:a{*} > 5e'), q('avg(last_5m):sum:a{*} > 5.'),
  q('avg(last_0m):sum:a{*} > 1'), q('avg(last_5x):sum:a{*} > 1'), q('avg(last_5m):p0:a{*} > 1'), q('avg(last_5m):p101:a{*} > 1'),
  q('avg(last_5m):sum:a{*} * 100e > 1'), q('avg(last_5m):sum:a{*} * 1.5.2 > 1'), q('avg(last_5m):sum:a{*}.as_count(1) > 1'),
  q('avg(last_5m):sum:a{*} > 1 2'), q('avg(last_5m):sum:a{*}'), q('avg(last_5m):sum:a{*} >'), q('avg(last_5m):sum:{*} > 1'),
  q('avg(last_5m):sum:a{*} >\u00a01'),
  log('logs("a").last("5x") > 1'), log('logs("a").last("5m")'), log('logs("a").index("*") > 1'), log('events("a").last("5m") > 1'),
  log('logs("a").last("5m") > 1 x'), check('"  ".over("*").last(2).count_by_status()'), check('"c".over("*").last(0).count_by_status()'),
  check('"c".over("*").last(2).count_by_status() > 1'), check('"c".over("*").count_by_status()'), check('"c".over("*").last(2)'),
];

/** What the parser says, in the form parsedQuery keeps (the syntax tree dropped). */
function parserFacts([type, query]: Case): unknown {
  const result = parseQuery(type, query);
  if (!result.ok) return result;
  const { ast: _ast, ...facts } = result;
  return facts;
}

/** A deterministic generator of mutations: each deletes, inserts, repeats or replaces a few characters. */
function mutations(seed: string, count: number, random: () => number): string[] {
  const alphabet = ' \t\n{}(),.:*!<>=+-/_0123456789eEabyINOTANDor\u00a0"\'\\';
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let q = seed;
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * (q.length + 1));
      const ch = alphabet[Math.floor(random() * alphabet.length)]!;
      const kind = Math.floor(random() * 4);
      if (kind === 0) q = q.slice(0, at) + q.slice(at + 1);
      else if (kind === 1) q = q.slice(0, at) + ch + q.slice(at);
      else if (kind === 2) q = q.slice(0, at) + q.slice(at, at + 1 + Math.floor(random() * 8)) + q.slice(at);
      else q = q.slice(0, at) + ch + q.slice(at + 1);
    }
    out.push(q);
  }
  return out;
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const fastFacts = ([type, query]: Case) => simpleQueryFacts(type, query);

describe('simple queries', () => {
  it('take the fast path with the facts the parser gives', () => {
    for (const c of FAST) {
      const fast = fastFacts(c);
      expect(fast, c.join(' | ')).toBeDefined();
      expect(fast, c.join(' | ')).toEqual(parserFacts(c));
    }
  });

  it('leave every other shape to the parser', () => {
    for (const c of SLOW) {
      expect(parserFacts(c), c.join(' | ')).toMatchObject({ ok: true });
      expect(fastFacts(c), c.join(' | ')).toBeUndefined();
    }
  });

  it('never answer for a query the parser rejects', () => {
    for (const c of BAD) {
      expect(parserFacts(c), c.join(' | ')).toMatchObject({ ok: false });
      expect(fastFacts(c), c.join(' | ')).toBeUndefined();
    }
  });

  it('agree with the parser over thousands of mutated queries', () => {
    const random = seededRandom(20261123);
    let answered = 0;
    let total = 0;
    for (const [type, seed] of [...FAST, ...SLOW, ...BAD]) {
      for (const query of [seed, ...mutations(seed, 400, random)]) {
        total++;
        const fast = simpleQueryFacts(type, query);
        if (fast === undefined) continue;
        answered++;
        expect(fast, `${type} | ${JSON.stringify(query)}`).toEqual(parserFacts([type, query]));
      }
    }
    // The mutations must exercise the fast path, not only fall through it.
    expect(answered).toBeGreaterThan(total / 40);
  });

  it.skipIf(!present)(`agree with the parser on the integrations-extras corpus and its mutations${present ? '' : ` (skipped: corpus folder ${CORPUS} is absent)`}`, () => {
    const random = seededRandom(7);
    expect(corpus.length).toBeGreaterThan(10);
    for (const [type, seed] of corpus) {
      for (const query of [seed, ...mutations(seed, 200, random)]) {
        const fast = simpleQueryFacts(type, query);
        if (fast !== undefined) expect(fast, `${type} | ${JSON.stringify(query)}`).toEqual(parserFacts([type, query]));
      }
    }
  });
});
