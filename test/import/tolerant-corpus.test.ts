// No live object, however odd, aborts a read. An organisation holds every monitor Datadog ships in
// ../shared/reality/monitors/ exactly as shipped (one carries "renotify_interval": "0", a string the official client's
// model refuses), plus a copy of each with every number in its options written as a string. `vigil import` writes
// them all, `vigil apply` adopts them, and the next `vigil plan` is empty — all through the CLI, as a user runs it.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVigil } from '../support/run-vigil.ts';
import { sandboxWithClient } from '../sync/support.ts';
import { cleanedUpAfterEach } from './support.ts';

const CORPUS = resolve(fileURLToPath(new URL('../../../shared/reality/monitors/', import.meta.url)));
const present = existsSync(CORPUS);

type Json = Record<string, unknown>;

function corpusMonitors(): Json[] {
  const out: Json[] = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(CORPUS, dir.name)).filter((f) => f.endsWith('.json')).sort()) {
      const parsed = JSON.parse(readFileSync(join(CORPUS, dir.name, file), 'utf8')) as { definition?: Json };
      if (parsed.definition) out.push(parsed.definition);
    }
  }
  return out;
}

/** The same monitor with every number in its options (thresholds included) written as a string. */
function withStringNumbers(monitor: Json): Json {
  const strings = (v: unknown): unknown => {
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v) || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'variables' ? x : strings(x)]));
  };
  return { ...monitor, name: `${String(monitor.name)} (copy)`, options: strings(monitor.options ?? {}) };
}

const t = cleanedUpAfterEach();

describe.skipIf(!present)(`tolerant reads of odd live monitors${present ? '' : ' (skipped: ../shared/reality/monitors is absent)'}`, () => {
  it('imports, adopts and then plans nothing for every shipped monitor and a string-numbered copy of each', { timeout: 120_000 }, async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const shipped = corpusMonitors();
    const monitors = [...shipped, ...shipped.map(withStringNumbers)];
    // Set up as Datadog's integration install does: raw JSON, not through the client's typed models.
    for (const m of monitors) {
      const res = await fetch(`${s.sandbox.datadogUrl}/api/v1/monitor`, {
        method: 'POST', body: JSON.stringify(m),
        headers: { 'content-type': 'application/json', 'dd-api-key': 'k', 'dd-application-key': 'a' },
      });
      expect(res.status, `${String(m.name)}: ${await res.clone().text()}`).toBe(200);
    }
    // The reads below must meet strings where the client's model wants numbers, or this test proves nothing.
    const listed = await (await fetch(`${s.sandbox.datadogUrl}/api/v1/monitor`, { headers: { 'dd-api-key': 'k', 'dd-application-key': 'a' } })).json() as Json[];
    expect(listed.some((m) => typeof (m.options as Json).renotify_interval === 'string')).toBe(true);
    await expect(s.dd.monitors.listMonitors({})).rejects.toThrow();

    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-tolerant-'));
    const vigil = (args: string[]) => runVigil(args, project, s.sandbox.datadogUrl);
    const imported = await vigil(['import']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${monitors.length} monitors`);

    const applied = await vigil(['apply', '--yes']);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain(`${monitors.length} updated`);

    const again = await vigil(['plan', '--json', '--detailed-exitcode']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: monitors.length });
  });
});
