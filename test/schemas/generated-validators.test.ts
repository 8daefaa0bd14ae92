import { join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { schemaAjv, VALIDATORS } from '../../src/validate/ajv-setup.ts';
import { expectedText, root } from '../support/cases.ts';

// vigil ships its schemas compiled: ajv's compilation costs ~200 ms per process, so src/validate/generated/ holds
// ajv's standalone output. This test is its generator and its guard: it fails when a schema changed without
// regenerating (VIGIL_UPDATE_GOLDEN=1 npx vitest run test/schemas rewrites it).
const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

describe('compiled schema validators', () => {
  it('are up to date with schemas/', () => {
    const ajv = schemaAjv();
    const code = (standaloneCode as unknown as (a: typeof ajv, refs: Record<string, string>) => string)(ajv, { ...VALIDATORS });
    // ajv's ESM output still calls require() for its runtime helpers; give the module a require of its own. String
    // lengths are counted by vigil's faster equivalent of ajv's helper (see code-point-length.ts).
    const header = [
      '// Generated from schemas/*.schema.json by test/schemas/generated-validators.test.ts. Do not edit.',
      "import { createRequire } from 'node:module';",
      "import { codePointLength } from '../code-point-length.ts';",
      'const require = createRequire(import.meta.url);',
    ].join('\n');
    const body = code.replace(/^"use strict";\n/, '').replaceAll(UCS2LENGTH, 'codePointLength');
    expect(body).not.toContain('ucs2length');
    const actual = `${header}\n${body}\n`;
    expect(actual).toBe(expectedText(join(root, 'src', 'validate', 'generated', 'validators.js'), actual));
  });
});
