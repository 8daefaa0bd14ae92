import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLocation } from '../../src/load/index.ts';
import { loadYamlFile } from '../../src/load/load-yaml.ts';

async function load(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-yaml-test-'));
  writeFileSync(join(dir, 'defs.yaml'), text);
  return loadYamlFile(join(dir, 'defs.yaml'), dir);
}

describe('YAML loader', () => {
  it('places every key and list item at its own line and column, quoted keys at their quote', async () => {
    const { definitions, diagnostics } = await load([
      'monitors:',
      '  # a comment line',
      '  - id: a',
      '    "quoted": 1',
      '    tags: [x, "y"]',
      '    message: |',
      '      text',
      '    options:',
      '      thresholds: { critical: 2 }',
      '  - {id: b}',
    ].join('\n'));
    expect(diagnostics).toEqual([]);
    const [a, b] = definitions as unknown as Array<Record<string, unknown>>;
    const at = (def: object, p: string) => {
      const loc = fieldLocation(def, p);
      return loc && `${loc.line}:${loc.col}`;
    };
    expect(a!.source).toEqual({ file: 'defs.yaml', line: 3, col: 5 });
    expect([at(a!, '/quoted'), at(a!, '/tags/1'), at(a!, '/message'), at(a!, '/options/thresholds/critical')])
      .toEqual(['4:5', '5:15', '6:5', '9:21']);
    expect(b!.source).toEqual({ file: 'defs.yaml', line: 10, col: 5 });
    expect(a!.message).toBe('text\n'); // block scalar, clipped: one final line break
  });

  it('resolves aliases to the anchored value (a YAML loader must not leak alias objects)', async () => {
    const { definitions } = await load('monitors:\n  - id: a\n    tags: &t [team:x]\n  - id: b\n    tags: *t\n');
    expect(definitions.map((d) => (d as { tags?: unknown }).tags)).toEqual([['team:x'], ['team:x']]);
  });

  it('keeps columns right after a byte-order mark', async () => {
    const { definitions } = await load('\uFEFFmonitors: [{ id: a }]\n');
    expect(definitions[0]!.source).toEqual({ file: 'defs.yaml', line: 1, col: 12 }); // the "{", as without the mark
  });

  it('keeps line numbers right in files with CRLF line ends', async () => {
    const { definitions } = await load('monitors:\r\n  - id: a\r\n  - id: b\r\n');
    expect(definitions.map((d) => d.source?.line)).toEqual([2, 3]);
  });

  it.each([
    ['a duplicate key', 'monitors:\n  - id: a\n    id: b\n', 3],
    ['an unknown alias', 'monitors:\n  - id: a\n    tags: *nope\n', 3],
    ['a tab used for indentation', 'monitors:\n  - id: a\n\tname: x\n', 3],
  ])('rejects %s as yaml-syntax at its line, defining nothing', async (_what, text, line) => {
    const result = await load(text);
    expect(result.failed).toBe(true);
    expect(result.definitions).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([['yaml-syntax', line]]);
  });

  it.each([
    ['a second document', 'monitors:\n  - id: a\n---\nslos: []\n', '3:1', 'a definition file holds one YAML document, and this one has more'],
    ['an empty entry, at its own dash', 'monitors:\n  - id: a\n    tags:\n      - x\n  -\n', '5:3', 'each entry of "monitors" must be a mapping'],
    ['a "kind" that contradicts the section', 'monitors:\n  - id: a\n    kind: slo\n', '3:5', '"kind" is "slo" in a section of monitor definitions'],
  ])('rejects %s as yaml-structure, at its line and column', async (_what, text, at, message) => {
    const result = await load(text);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, `${d.location?.line}:${d.location?.col}`, d.message])).toEqual([['yaml-structure', at, message]]);
  });

  it('refuses a file whose aliases would expand without bound', async () => {
    // Each level is ten aliases of the one before: 10^7 nodes from a few hundred bytes.
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 7; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const result = await load(`monitors:\n  - id: a\n    overrides:\n      options:\n${levels.map((l) => `        ${l}`).join('\n')}\n`);
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['yaml-structure', 'its aliases expand to more than 100,000 values']]);
  });
});

