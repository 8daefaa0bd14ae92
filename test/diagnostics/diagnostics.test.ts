import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/ir/diagnostic.ts';
import { LINT_RULES } from '../../src/lint/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { plan, type World } from '../../src/plan/index.ts';
import { caseDirs, expectedText } from '../support/cases.ts';

// One folder per diagnostic code: bad definitions in `monitors/`, and `expected.txt` with the exact lines
// `vigil validate` prints for them (location, severity, code, id, message and hint). A code the planner reports
// (its check needs the live organisation) has a `world.json` beside them: the world as read from Datadog, as plain
// JSON, which the definitions are then planned against; the plan's lines follow the validation's.
const casesDir = join(import.meta.dirname, 'cases');
const LINT_IDS = new Set(LINT_RULES.map((r) => r.id));

describe('diagnostics', () => {
  for (const name of caseDirs(casesDir)) {
    it(name, async () => {
      const dir = join(casesDir, name);
      const worldFile = join(dir, 'world.json');
      const result = await runPipeline({ projectDir: dir, compile: existsSync(worldFile) });
      const diagnostics = [...result.diagnostics];
      if (existsSync(worldFile)) {
        expect(result.compiled, 'a case planned against a world must validate').toBeDefined();
        const world = JSON.parse(readFileSync(worldFile, 'utf8')) as World;
        diagnostics.push(...plan(result.compiled!, world, { definitions: result.definitions }).diagnostics);
      }
      // Lint findings about the bare-bones test monitors would drown the case; a lint rule's own case shows them.
      const code = name.replace(/--.*$/, '');
      const shown = diagnostics.filter((d) => !LINT_IDS.has(d.code) || d.code === code);
      const actual = shown.map(formatDiagnostic).join('\n') + '\n';
      expect(actual).toBe(expectedText(join(dir, 'expected.txt'), actual));
      // The folder name is the code under test: it must actually be reported.
      expect(diagnostics.map((d) => d.code)).toContain(code);
    });
  }
});
