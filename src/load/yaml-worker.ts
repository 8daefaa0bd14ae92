// Worker entry (dist/yaml-worker.js): reads YAML definition files into plain data for the thread that asked, while
// that thread is busy with the TypeScript files. Files are taken from a counter shared with that thread, which reads
// files too once it is free; each is sent back as plain data.
//
// Schema checks and query parses stay with validation on the other thread. Run here as well, they cost about 0.3
// CPU-seconds more on the 10,000-monitor benchmark (16 paired runs): this thread's copies of the validators and the
// parser start cold, and their results had to be copied across.
import { parentPort, workerData } from 'node:worker_threads';
import { readYamlFiles, treesForTransfer } from './load-yaml.ts';

const { files, projectDir, next } = workerData as { files: string[]; projectDir: string; next: Int32Array };
// Every file not yet taken, at once: parsed as one YAML stream, they read about twice as fast as one by one (see
// readYamlFiles). The other thread takes files only while this one is starting, or when it is done with its own.
const first = Math.min(Atomics.add(next, 0, files.length), files.length);
const read = await readYamlFiles(files.slice(first), projectDir);
read.forEach((data, k) => parentPort!.postMessage([first + k, treesForTransfer(data)]));
parentPort!.postMessage(null); // every file taken is sent
