import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { renderCatalog } from '../../src/docs/catalog.ts';
import { anchor, code, text } from '../../src/docs/markdown.ts';
import { caseDirs, expectedText, root } from '../support/cases.ts';

const casesDir = join(import.meta.dirname, 'cases');

/** A case is a folder: `monitors/` loaded through the real pipeline, or `definitions.json` (raw IR) used as is. */
async function definitionsOf(dir: string): Promise<unknown[]> {
  if (existsSync(join(dir, 'definitions.json'))) return JSON.parse(readFileSync(join(dir, 'definitions.json'), 'utf8'));
  const result = await runPipeline({ projectDir: dir });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.definitions;
}

describe('vigil docs: the catalog, golden', () => {
  for (const name of caseDirs(casesDir)) {
    it(`case ${name}`, async () => {
      const dir = join(casesDir, name);
      const files = renderCatalog(await definitionsOf(dir), { sourceBase: '../..' });
      const expectedDir = join(dir, 'expected');
      if (process.env.VIGIL_UPDATE_GOLDEN === '1') mkdirSync(expectedDir, { recursive: true });
      for (const f of files) expect(f.content).toBe(expectedText(join(expectedDir, f.name), f.content));
      expect(files.map((f) => f.name).sort()).toEqual(readdirSync(expectedDir).sort());
    });
  }
});

describe('vigil docs: properties', () => {
  it('is byte-identical whatever order the definitions come in', async () => {
    const defs = await definitionsOf(join(casesDir, 'two-teams'));
    expect(renderCatalog([...defs].reverse())).toEqual(renderCatalog(defs));
  });

  it('documents every monitor of the example organisation exactly once, under its team', async () => {
    const result = await runPipeline({ projectDir: root });
    const monitors = result.definitions.filter((d) => d.kind === 'monitor');
    expect(monitors.length).toBeGreaterThan(0);
    const files = renderCatalog(result.definitions);
    const pages = files.filter((f) => f.name !== 'README.md');
    for (const m of monitors) {
      const holders = pages.filter((p) => p.content.includes(`\n#### ${text(m.id)}\n`));
      expect(holders.map((p) => p.name), m.id).toEqual([`${m.team}.md`]);
      expect(holders[0]!.content).toContain(`[${m.id}](#${anchor(m.id)})`);
    }
    expect(renderCatalog(result.definitions)).toEqual(files);
  });

  it('escapes text so names render as written, and never links a non-http runbook', () => {
    expect(text('a | b *c* <d> [x](y) snake_case _lead')).toBe('a \\| b \\*c\\* \\<d> [x\\](y) snake_case \\_lead');
    expect(code('uses `ticks` | pipes')).toBe('``uses `ticks` \\| pipes``');
    const [, page] = renderCatalog([{ kind: 'monitor', id: 'm', type: 'query alert', name: 'n', team: 't', query: 'q', runbook: 'javascript:alert(1)', message: { summary: 's' } }]);
    expect(page!.content).toContain('| runbook | `javascript:alert(1)` |');
  });

  it('skips what it cannot document instead of crashing: unknown kinds, incomplete monitors, non-objects', () => {
    const files = renderCatalog([
      { kind: 'monitor', id: 'ok', type: 'query alert', name: 'n', team: 't', query: 'avg(last_5m):avg:m{*} > 1' },
      { kind: 'monitor', id: 'no-query', type: 'query alert', name: 'n', team: 't' },
      { kind: 'slo', name: 'an SLO without an id' },
      { kind: 'dashboard', id: 'd', team: 'other' },
      null, 42, 'text',
    ]);
    expect(files.map((f) => f.name)).toEqual(['README.md', 't.md']);
    expect(files[1]!.content).toContain('#### ok\n');
    expect(files[1]!.content).toContain('Summary: not written');
    expect(files[1]!.content).not.toContain('no-query');
    expect(files[0]!.content).toContain('1 monitor and 0 SLOs of 1 team.');
  });
});
