// Every query Datadog ships with its integrations-extras monitors must parse, and metric queries must print to a
// fixed point. The corpus lives outside the repository (../shared); without it these tests are skipped, by name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuery, printMetricQuery } from '../../src/query/index.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(ROOT, '..', 'shared', 'reality', 'monitors', 'integrations-extras');
const present = existsSync(CORPUS);
const absent = present ? '' : ` (skipped: corpus folder ${CORPUS} is absent)`;

interface Case {
  file: string;
  type: string;
  query: string;
}

const cases: Case[] = present
  ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const { definition } = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { definition: { type: string; query: string } };
    return { file, type: definition.type, query: definition.query };
  })
  : [];

function byFile(file: string): Case {
  const found = cases.find((c) => c.file === file);
  if (!found) throw new Error(`corpus file ${file} is missing`);
  return found;
}

describe('integrations-extras corpus', () => {
  it.skipIf(!present)(`holds monitors of several query families${absent}`, () => {
    const types = new Set(cases.map((c) => c.type));
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect([...types].sort()).toEqual(['event-v2 alert', 'log alert', 'query alert', 'service check']);
  });

  it.skipIf(!present)(`parses every query${absent}`, () => {
    const failures = cases.flatMap((c) => {
      const r = parseQuery(c.type, c.query);
      return r.ok ? [] : [`${c.file}: ${r.error.message} at ${r.error.offset}`];
    });
    expect(failures).toEqual([]);
  });

  it.skipIf(!present)(`extracts comparator and threshold from every query that has one${absent}`, () => {
    for (const c of cases) {
      const r = parseQuery(c.type, c.query);
      if (!r.ok || c.type === 'service check') continue;
      expect(r.comparator, c.file).toBeDefined();
      // The threshold is the number written after the comparator, at the end of the query.
      expect(c.query.trimEnd().endsWith(` ${r.comparator} ${c.query.trimEnd().split(' ').pop()}`), c.file).toBe(true);
      expect(r.threshold, c.file).toBe(Number(c.query.trimEnd().split(' ').pop()));
    }
  });

  it.skipIf(!present)(`reports multi for grouped queries only${absent}`, () => {
    const multi = (file: string): boolean => {
      const c = byFile(file);
      const r = parseQuery(c.type, c.query);
      if (!r.ok) throw new Error(r.error.message);
      return r.multi;
    };
    expect(multi('algorithmia__algorithm_duration.json')).toBe(false);
    expect(multi('nn_sdwan__high-latency-monitor.json')).toBe(false);
    expect(multi('emnify__emnify_data_usage_forecast.json')).toBe(false);
    expect(multi('seagence__defect_detection_monitor.json')).toBe(false);
    expect(multi('nomad__nomad_job_is_failing.json')).toBe(true); // diff(… by {job,task_group})
    expect(multi('syncthing__syncthing_folder_error.json')).toBe(true);
    expect(multi('downdetector__outage_detected_at_a_monitored_company.json')).toBe(true); // .by("company")
    expect(multi('bottomline_recordandreplay__bottomline_mainframe_resource_has_problem.json')).toBe(true);
  });

  it.skipIf(!present)(`reads known comparators and thresholds exactly${absent}`, () => {
    const cond = (file: string): [string | undefined, number | undefined] => {
      const c = byFile(file);
      const r = parseQuery(c.type, c.query);
      return r.ok ? [r.comparator, r.threshold] : ['error', undefined];
    };
    expect(cond('algorithmia__algorithm_duration.json')).toEqual(['>', 10000]);
    expect(cond('nomad__nomad_heartbeats_received.json')).toEqual(['<', 5]);
    expect(cond('emnify__emnify_data_usage_forecast.json')).toEqual(['>=', 1000000000]);
    expect(cond('seagence__defect_detection_monitor.json')).toEqual(['>', 0]);
    expect(cond('syncthing__syncthing_disconnected.json')).toEqual(['<', 1]);
    expect(cond('syncthing__syncthing_service_error.json')).toEqual([undefined, undefined]); // service check
  });

  it.skipIf(!present)(`prints every metric query to a fixed point: parse → print → parse gives the same tree${absent}`, () => {
    let checked = 0;
    for (const c of cases) {
      const first = parseQuery(c.type, c.query);
      if (!first.ok || first.ast.kind !== 'metric') continue;
      const printed = printMetricQuery(first.ast);
      const second = parseQuery(c.type, printed);
      expect(second.ok, `${c.file}: ${printed}`).toBe(true);
      if (!second.ok || second.ast.kind !== 'metric') continue;
      expect(second.ast, c.file).toEqual(first.ast);
      expect(printMetricQuery(second.ast), c.file).toBe(printed);
      expect(second.multi).toBe(first.multi);
      checked++;
    }
    expect(checked).toBe(cases.filter((c) => c.type === 'query alert').length);
  });

  it.skipIf(!present)(`prints corpus queries in the canonical spacing${absent}`, () => {
    const print = (file: string): string => {
      const c = byFile(file);
      const r = parseQuery(c.type, c.query);
      if (!r.ok || r.ast.kind !== 'metric') throw new Error(`${file} is not a metric query`);
      return printMetricQuery(r.ast);
    };
    // `( a / b ) * 100` loses the inner spaces; the author's parentheses stay.
    expect(print('php_apcu__php-apcu_high_usage.json'))
      .toBe('avg(last_15m):(avg:php_apcu.cache.mem_size{*} / avg:php_apcu.sma.seg_size{*}) * 100 > 90');
  });
});
