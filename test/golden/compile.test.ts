import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { caseDirs, expectedText } from '../support/cases.ts';

// Golden compile tests: each folder holds `monitors/` and `expected.json`, the exact `vigil compile --json` document.
const casesDir = join(import.meta.dirname, 'cases');

describe('golden compile cases', () => {
  for (const name of caseDirs(casesDir)) {
    it(name, async () => {
      const result = await runPipeline({ projectDir: join(casesDir, name), compile: true });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const actual = `${JSON.stringify(result.compiled, null, 2)}\n`;
      expect(actual).toBe(expectedText(join(casesDir, name, 'expected.json'), actual));
    });
  }

  it('routing and PagerDuty written in YAML compile to the same payloads as written in TypeScript', () => {
    // Each case is checked against its own sources above; equal expectations make the two spellings equivalent.
    const expected = (name: string) => readFileSync(join(casesDir, name, 'expected.json'), 'utf8');
    expect(expected('routing-and-pagerduty-yaml')).toBe(expected('routing-and-pagerduty'));
  });
});
