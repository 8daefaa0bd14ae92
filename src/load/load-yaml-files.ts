import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { attachLocators, loadYamlFile, type YamlFileData, type YamlLoadResult } from './load-yaml.ts';
import { VIGIL_ROOT } from './vigil-package.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { rememberParsedQuery } from '../validate/parsed-query.ts';
import { rememberSchemaCheck } from '../validate/schema.ts';

const WORKER = join(VIGIL_ROOT, 'dist', 'yaml-worker.js');

/** Below this many files, starting a thread costs more than it saves. */
const WORKER_MIN_FILES = 16;

/**
 * Loads YAML definition files, in file order. Many files are parsed in a worker thread: this thread meanwhile runs
 * the TypeScript definition files, and parsing is the larger part of loading YAML. The worker also runs each
 * definition's schema check and query parse, which validation then takes as they are. What comes back is plain data;
 * the field locators are made here.
 */
export async function loadYamlFiles(files: readonly string[], projectDir: string): Promise<YamlLoadResult[]> {
  if (files.length < WORKER_MIN_FILES || !existsSync(WORKER)) return Promise.all(files.map((f) => loadYamlFile(f, projectDir)));
  const data = await new Promise<YamlFileData[]>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { files, projectDir } });
    worker.once('message', (result: YamlFileData[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the YAML reader stopped (exit code ${code}) before it answered`)));
  });
  return data.map((file) => {
    const loaded = attachLocators(file);
    file.prechecks?.forEach((check, i) => {
      const def = loaded.definitions[i]!;
      rememberSchemaCheck(def, check.schema);
      if (check.query) rememberParsedQuery(def as MonitorDefinition, check.query);
    });
    return loaded;
  });
}
