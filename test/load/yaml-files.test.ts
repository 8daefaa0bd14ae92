import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLocation, loadDefinitions } from '../../src/load/index.ts';
import { loadYamlFile } from '../../src/load/load-yaml.ts';
import { startYamlLoad } from '../../src/load/load-yaml-files.ts';
import { check } from '../../src/pipeline/check.ts';

describe('YAML files read in a worker thread', () => {
  it('give the same definitions, diagnostics and field locations as reading them here', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-yaml-files-'));
    mkdirSync(join(dir, 'monitors'));
    const files: string[] = [];
    for (let i = 0; i < 24; i++) {
      const path = join(dir, 'monitors', `f${String(i).padStart(2, '0')}.yaml`);
      const text = i === 7
        ? 'monitors:\n  - id: broken\n    name: [unclosed\n' // a syntax error: reported, and the file fails
        : i === 9
        ? 'monitors:\n  - id: m9\n    type: query alert\n    name: M 9\n    query: "avg(last_5m):avg:a{*} > 9"\n    message: { summary: s }\n    options:\n      timeoutH: 99\n' // a schema error
        : `monitors:\n  - id: m${i}\n    type: query alert\n    name: M ${i}\n    query: "avg(last_5m):avg:a{*} > ${i}"\n    message: { summary: s }\n    options:\n      thresholds: { warning: ${i / 2} }\n`;
      writeFileSync(path, text);
      files.push(path);
    }
    const threaded = await startYamlLoad(files, dir).finish({ help: false }); // every file read by the worker
    const here = await Promise.all(files.map((f) => loadYamlFile(f, dir)));
    expect(threaded).toEqual(here);
    // Both threads taking files from the shared counter: the same results, in file order, whoever read which.
    expect(await startYamlLoad(files, dir).finish()).toEqual(here);
    expect(threaded[7]!.failed).toBe(true);
    expect(threaded[7]!.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', location: { file: 'monitors/f07.yaml' } });
    // Field locators are made on this side, from the positions the worker sent.
    const def = threaded[12]!.definitions[0]!;
    expect(fieldLocation(def, '/options/thresholds/warning')).toEqual({ file: 'monitors/f12.yaml', line: 8, col: 21 });
    expect(fieldLocation(def, '/options/thresholds/warning')).toEqual(fieldLocation(here[12]!.definitions[0]!, '/options/thresholds/warning'));

    // Validation of the worker's definitions (copied across threads) gives what it gives for definitions read here.
    const fromWorker = check(threaded.flatMap((r) => r.definitions));
    const fromHere = check(here.flatMap((r) => r.definitions));
    expect(fromWorker.diagnostics).toEqual(fromHere.diagnostics);
    expect(fromWorker.diagnostics.some((d) => d.code === 'schema')).toBe(true);

    // A worker that takes three files and dies before sending any: this thread reads every file itself.
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "import { workerData } from 'node:worker_threads';\nAtomics.add(workerData.next, 0, 3);\nprocess.exit(3);\n");
    expect(await startYamlLoad(files, dir, dying).finish({ help: false })).toEqual(here);

    const loaded = await loadDefinitions({ projectDir: dir });
    expect(loaded.definitions.map((d) => d.id)).toEqual(threaded.flatMap((r) => r.definitions.map((d) => d.id)));
    expect(loaded.failedFiles).toEqual(['monitors/f07.yaml']);
  });
});
