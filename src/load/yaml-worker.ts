// Worker entry (dist/yaml-worker.js): reads YAML definition files into plain data for the thread that asked, while
// that thread is busy with the TypeScript files. Files are taken from a counter shared with that thread, which reads
// files too once it is free, and each is sent back when it is read.
//
// Schema checks and query parses stay with validation on the other thread. Run here as well, they cost about 0.3
// CPU-seconds more on the 10,000-monitor benchmark (16 paired runs): this thread's copies of the validators and the
// parser start cold, and their results had to be copied across.
import { parentPort, workerData } from 'node:worker_threads';
import { readYamlFile, treesForTransfer } from './load-yaml.ts';

const { files, projectDir, next } = workerData as { files: string[]; projectDir: string; next: Int32Array };
for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
  parentPort!.postMessage([i, treesForTransfer(await readYamlFile(files[i]!, projectDir))]);
}
parentPort!.postMessage(null); // every file taken is sent
