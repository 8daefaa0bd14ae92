import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/ir/diagnostic.ts';
import { LINT_RULES } from '../../src/lint/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { caseDirs, expectedText } from '../support/cases.ts';

// One folder per diagnostic code: bad definitions in `monitors/`, and `expected.txt` with the exact lines
// `vigil validate` prints for them (location, severity, code, id, message and hint).
const casesDir = join(import.meta.dirname, 'cases');
const LINT_IDS = new Set(LINT_RULES.map((r) => r.id));

describe('diagnostics', () => {
  for (const name of caseDirs(casesDir)) {
    it(name, async () => {
      const result = await runPipeline({ projectDir: join(casesDir, name) });
      // Lint findings about the bare-bones test monitors would drown the case; a lint rule's own case shows them.
      const code = name.replace(/--.*$/, '');
      const shown = result.diagnostics.filter((d) => !LINT_IDS.has(d.code) || d.code === code);
      const actual = shown.map(formatDiagnostic).join('\n') + '\n';
      expect(actual).toBe(expectedText(join(casesDir, name, 'expected.txt'), actual));
      // The folder name is the code under test: it must actually be reported.
      expect(result.diagnostics.map((d) => d.code)).toContain(name.replace(/--.*$/, ''));
    });
  }
});
