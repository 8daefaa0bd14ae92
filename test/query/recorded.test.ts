// Every monitor query sent in the recorded real Datadog traffic (../shared/reality/datadog-recorded): what the real
// API accepted must parse, with the `multi` it answered and the critical threshold the request set; what it rejected
// must not. Without the recordings these tests are skipped, by name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/index.ts';

const DIR = fileURLToPath(new URL('../../../shared/reality/datadog-recorded/', import.meta.url));
const present = existsSync(DIR);
const absent = present ? '' : ` (skipped: ${DIR} is absent)`;

interface Recorded {
  file: string;
  type: string;
  query: string;
  status: number;
  /** `multi` in the real answer, when it has one (create answers do; validate answers are empty). */
  multi?: boolean;
  /** `options.thresholds.critical` of the request, which the real API checks against the query's threshold. */
  critical?: number;
}

interface HarEntry {
  request: { url: string; postData?: { text?: string } };
  response: { status: number; content: { text?: string } };
}

function load(): Recorded[] {
  const out: Recorded[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.har')).sort()) {
    const entries = (JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
    for (const e of entries) {
      if (!new URL(e.request.url).pathname.startsWith('/api/v1/monitor') || !e.request.postData?.text) continue;
      const body = JSON.parse(e.request.postData.text) as { type?: unknown; query?: unknown; options?: { thresholds?: { critical?: unknown } } };
      if (typeof body.type !== 'string' || typeof body.query !== 'string') continue;
      const item: Recorded = { file, type: body.type, query: body.query, status: e.response.status };
      const answer = e.response.content.text ? (JSON.parse(e.response.content.text) as { multi?: unknown }) : {};
      if (typeof answer.multi === 'boolean') item.multi = answer.multi;
      const critical = body.options?.thresholds?.critical;
      if (typeof critical === 'number') item.critical = critical;
      out.push(item);
    }
  }
  return out;
}

const recorded = present ? load() : [];
const accepted = recorded.filter((r) => r.status === 200);
const rejected = recorded.filter((r) => r.status === 400);

describe('recorded Datadog monitor queries', () => {
  it.skipIf(!present)(`holds accepted and rejected queries of the newer types${absent}`, () => {
    expect(accepted.length).toBeGreaterThanOrEqual(20);
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    expect(new Set(accepted.map((r) => r.type))).toEqual(new Set([
      'log alert', 'cost alert', 'data-jobs alert', 'data-quality alert', 'rum alert', 'ci-pipelines alert',
      'ci-tests alert', 'metric alert', 'query alert', 'llm-observability alert',
    ]));
  });

  it.skipIf(!present)(`parses every query the real API accepted${absent}`, () => {
    const failures = accepted.flatMap((r) => {
      const p = parseQuery(r.type, r.query);
      return p.ok ? [] : [`${r.file}: ${r.type} ${r.query}: ${p.error.message} at ${p.error.offset}`];
    });
    expect(failures).toEqual([]);
  });

  it.skipIf(!present)(`answers multi as the real API did${absent}`, () => {
    const withMulti = accepted.filter((r) => r.multi !== undefined);
    expect(withMulti.length).toBeGreaterThanOrEqual(15);
    for (const r of withMulti) {
      const p = parseQuery(r.type, r.query);
      expect(p.ok && p.multi, `${r.file}: ${r.query}`).toBe(r.multi);
    }
  });

  it.skipIf(!present)(`reads the critical threshold the request set, and the comparator before it${absent}`, () => {
    const withCritical = accepted.filter((r) => r.critical !== undefined);
    expect(withCritical.length).toBeGreaterThanOrEqual(15);
    for (const r of withCritical) {
      const p = parseQuery(r.type, r.query);
      if (!p.ok) throw new Error(`${r.query}: ${p.error.message}`);
      expect(p.threshold, `${r.file}: ${r.query}`).toBe(r.critical);
      expect(r.query.replace(/\s+$/, '').endsWith(`${p.comparator} ${String(r.query.trim().split(' ').pop())}`), r.query).toBe(true);
    }
  });

  it.skipIf(!present)(`rejects every query the real API rejected${absent}`, () => {
    for (const r of rejected) expect(parseQuery(r.type, r.query).ok, `${r.file}: ${r.query}`).toBe(false);
  });
});
