// Writes src/validate/generated/: ajv's standalone code for the JSON Schemas in schemas/ (validators.js) and its
// types (validators.d.ts). vigil ships its schemas compiled because compiling them costs ~200 ms per process.
//
//   npm run validators                 rewrites both files after a schema change
//   npm run validators -- --check      exits 1, writing nothing, when either file is not what the schemas give
//
// Run from the repository root (`npm run` does). `--dir DIR` reads and writes DIR instead of the real folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { schemaAjv, VALIDATORS } from '../src/validate/ajv-setup.ts';

const HEADER = '// Generated from schemas/*.schema.json by scripts/generate-validators.ts (npm run validators). Do not edit.';
// ajv's ESM output still calls require() for its runtime helpers, so the module gets a require of its own. String
// lengths are counted by vigil's faster equivalent of ajv's helper (see code-point-length.ts).
const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/** The text of validators.js for the schemas as they are now. */
function validatorsJs(): string {
  const ajv = schemaAjv();
  const code = (standaloneCode as unknown as (a: typeof ajv, refs: Record<string, string>) => string)(ajv, { ...VALIDATORS });
  const body = code.replace(/^"use strict";\n/, '').replaceAll(UCS2LENGTH, 'codePointLength');
  if (body.includes('ucs2length')) throw new Error('ajv now loads its ucs2length helper another way; update UCS2LENGTH');
  const head = [
    HEADER,
    "import { createRequire } from 'node:module';",
    "import { codePointLength } from '../code-point-length.ts';",
    'const require = createRequire(import.meta.url);',
  ];
  return `${head.join('\n')}\n${body}\n`;
}

/** The text of validators.d.ts: one declaration per validator vigil uses. */
function validatorsDts(): string {
  const lines = [
    '// Types of the generated validators.js (ajv standalone output; see scripts/generate-validators.ts).',
    "import type { ValidateFunction } from 'ajv';",
    '',
    ...Object.keys(VALIDATORS).map((name) => `export declare const ${name}: ValidateFunction;`),
  ];
  return `${lines.join('\n')}\n`;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirAt = args.indexOf('--dir');
const dir = resolve(dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1]! : 'src/validate/generated');
const files = [
  { path: join(dir, 'validators.js'), text: validatorsJs() },
  { path: join(dir, 'validators.d.ts'), text: validatorsDts() },
];

if (!check) {
  for (const f of files) writeFileSync(f.path, f.text);
  console.log(`Wrote ${files.map((f) => relative(process.cwd(), f.path)).join(' and ')}.`);
} else {
  const stale = files.filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.text);
  if (stale.length > 0) {
    const names = stale.map((f) => relative(process.cwd(), f.path)).join(' and ');
    process.stderr.write(`${names} ${stale.length === 1 ? 'is' : 'are'} not what schemas/ compile to. Run "npm run validators" and commit the result.\n`);
    process.exit(1);
  }
  console.log('The generated validators match schemas/.');
}
