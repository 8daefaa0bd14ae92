import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import fileSchema from '../../schemas/vigil-file.schema.json' with { type: 'json' };
import { schemaAjv } from '../../src/validate/ajv-setup.ts';
import { root } from '../support/cases.ts';

// schemas/vigil-file.schema.json is what editors complete YAML files against; the loader checks each definition
// with the IR schemas instead. Every YAML file the tests load as valid must also satisfy the editor's schema.
const validateFile = (() => {
  const ajv = schemaAjv();
  return ajv.compile(fileSchema);
})();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the YAML file schema', () => {
  it('accepts every YAML definition file of the golden cases and the example organisation', () => {
    const golden = yamlFiles(join(root, 'test', 'golden', 'cases'));
    const example = yamlFiles(join(root, 'monitors'));
    expect([golden.length > 0, example.length > 0], 'YAML files found in both places').toEqual([true, true]);
    const files = [...golden, ...example];
    for (const file of files) {
      const ok = validateFile(load(readFileSync(file, 'utf8')));
      expect({ file, errors: ok ? null : validateFile.errors }).toEqual({ file, errors: null });
    }
  });

  it('rejects a misspelled section and a PagerDuty list under the wrong key', () => {
    expect(validateFile({ monitor: [] })).toBe(false);
    expect(validateFile({ pagerduty: { schedules: [] } })).toBe(false);
    expect(validateFile({ routing: { id: 'r', rules: [], kind: 'monitor' } })).toBe(false);
  });
});
