import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { typecheck } from '../../src/validate/typecheck.ts';

describe('validate --typecheck', () => {
  it("resolves the tsconfig paths the loader follows, so an aliased import is checked rather than missing", async () => {
    const dir = tempProject({
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@kits/*": ["./monitors/kits/*"] } } }\n',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json" }\n',
      'monitors/kits/limits.ts': 'export const limit: number = 5;\n',
      'monitors/web.ts': "import { limit } from '@kits/limits.ts';\n\nexport const label: string = limit;\n",
    });
    const found = await typecheck(dir, 'monitors');
    expect(found.map((d) => [d.location?.file, d.location?.line, d.message.slice(0, 7)])).toEqual([['monitors/web.ts', 3, 'TS2322:']]);
  });
});
