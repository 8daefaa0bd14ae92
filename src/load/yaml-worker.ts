// Worker entry (dist/yaml-worker.js): reads YAML definition files into plain data for the thread that asked, and
// runs the checks that need nothing but the definition itself (schema, query syntax) while that thread is busy with
// the TypeScript files. Validation then takes these results instead of working them out again. Files are taken from
// a counter shared with that thread, which reads files too once it is free, and each is sent back when it is read.
import { parentPort, workerData } from 'node:worker_threads';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { parsedQuery } from '../validate/parsed-query.ts';
import { checkSchema } from '../validate/schema.ts';
import { attachLocators, readYamlFile, type YamlFileData } from './load-yaml.ts';

const { files, projectDir, next } = workerData as { files: string[]; projectDir: string; next: Int32Array };
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  parentPort!.postMessage([i, precheck(await readYamlFile(files[i]!, projectDir))]);
}
parentPort!.postMessage(null); // every file taken is sent

function precheck(data: YamlFileData): YamlFileData {
  attachLocators(data); // locators stay on this side: the schema check places its findings with them
  const prechecks = data.definitions.map((def) => {
    const schema = checkSchema(def);
    return schema.length === 0 && def.kind === 'monitor' ? { schema, query: parsedQuery(def as MonitorDefinition) } : { schema };
  });
  return { ...data, prechecks };
}
