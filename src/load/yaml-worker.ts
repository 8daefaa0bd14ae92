// Worker entry (dist/yaml-worker.js): reads YAML definition files into plain data for the thread that asked, and
// runs the checks that need nothing but the definition itself (schema, query syntax) while that thread is busy with
// the TypeScript files. Validation then takes these results instead of working them out again.
import { parentPort, workerData } from 'node:worker_threads';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { parsedQuery } from '../validate/parsed-query.ts';
import { checkSchema } from '../validate/schema.ts';
import { attachLocators, readYamlFile, type YamlFileData } from './load-yaml.ts';

const { files, projectDir } = workerData as { files: string[]; projectDir: string };
const read = await Promise.all(files.map((f) => readYamlFile(f, projectDir)));
parentPort!.postMessage(read.map(precheck));

function precheck(data: YamlFileData): YamlFileData {
  attachLocators(data); // locators stay on this side: the schema check places its findings with them
  const prechecks = data.definitions.map((def) => {
    const schema = checkSchema(def);
    return schema.length === 0 && def.kind === 'monitor' ? { schema, query: parsedQuery(def as MonitorDefinition) } : { schema };
  });
  return { ...data, prechecks };
}
