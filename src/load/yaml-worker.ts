// Worker entry (dist/yaml-worker.js): reads YAML definition files into plain data for the thread that asked.
import { parentPort, workerData } from 'node:worker_threads';
import { readYamlFile } from './load-yaml.ts';

const { files, projectDir } = workerData as { files: string[]; projectDir: string };
parentPort!.postMessage(await Promise.all(files.map((f) => readYamlFile(f, projectDir))));
