import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { transformSync } from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { findDefinitionFiles } from '../../src/load/find-files.ts';
import { lexModule } from '../../src/load/lex-module.ts';
import { root } from '../support/cases.ts';

/** The fields the loader reads, from a lex of either kind. */
function fields([imports, exports, , hasModuleSyntax]: ReturnType<typeof parse>) {
  return {
    imports: imports.map(({ n, t, s, e, ss, se, d, a }) => ({ n, t, s, e, ss, se, d, a })),
    exports: exports.map(({ n, ln, s, e, ls, le, ss }) => ({ n, ln, s, e, ls, le, ss })),
    hasModuleSyntax,
  };
}

const SHAPES = {
  'declarations over many lines': "import { metricAlert } from 'vigil';\nexport const a = metricAlert({\n\tid: 'a'\n}), b = metricAlert({\n\tid: 'b'\n});\nexport function f() {\n\treturn 1;\n}\n",
  'an export list over several lines': 'const a = 1, b = 2;\nexport {\n\ta,\n\tb as c\n};\n',
  'an import over several lines': "import {\n\tmetricAlert,\n\tlogAlert as log\n} from 'vigil';\nexport const x = [metricAlert, log];\n",
  'a template literal with a line like an export': 'export const t = `\nexport const fake = 1`;\nexport const real = 2;\n',
  'a commented-out export': '/*\nexport const old = 1;\n*/\nexport const now = 2;\n',
  'a dynamic import': "export const later = () => import('./x.js');\nexport default 1;\n",
  're-exports and a default': "export * from './a.js';\nexport { b as c } from './b.js';\nexport default { d: 1 };\n",
  'no module syntax': 'const x = 1;\nconsole.log(x);\n',
};

describe('lexing a module', () => {
  it('finds the same imports and exports, at the same places, as lexing the whole text', async () => {
    await init;
    const files = (await findDefinitionFiles(join(root, 'monitors'))).typescript;
    const codes: [string, string][] = files.map((f) => [f, transformSync(f, readFileSync(f, 'utf8'), { lang: 'ts', sourceType: 'module' }).code]);
    for (const [name, ts] of Object.entries(SHAPES)) codes.push([name, transformSync('/m.ts', ts, { lang: 'ts', sourceType: 'module' }).code]);
    expect(codes.length).toBeGreaterThan(12);
    for (const [name, code] of codes) {
      expect(fields(lexModule(code, name, true)), name).toEqual(fields(parse(code)));
    }
  });

  it('lexes code that oxc did not print (JavaScript as the user wrote it) whole', async () => {
    await init;
    // Indented top-level statements: only the whole text finds the indented export.
    const code = "export const a = 1;\n  export const b = 2;\n";
    expect(fields(lexModule(code, 'm.js', false)).exports.map((e) => e.n)).toEqual(['a', 'b']);
  });
});
