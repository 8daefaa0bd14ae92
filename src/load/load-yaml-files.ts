import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { attachLocators, loadYamlFile, type YamlFileData, type YamlLoadResult } from './load-yaml.ts';
import { VIGIL_ROOT } from './vigil-package.ts';

const WORKER = join(VIGIL_ROOT, 'dist', 'yaml-worker.js');

/** Below this many files, starting a thread costs more than it saves. */
const WORKER_MIN_FILES = 16;

/** A YAML load under way. */
export interface YamlLoad {
  /**
   * The files' results, in file order. By default this thread reads the files the worker has not taken (all of them
   * if it has not started yet): call it when this thread has nothing else to do. `help: false` only waits.
   */
  finish(options?: { help?: boolean }): Promise<YamlLoadResult[]>;
}

/**
 * Starts loading YAML definition files. Many files are parsed in a worker thread while this thread runs the
 * TypeScript files; parsing is the larger part of loading YAML. The two threads take files from one shared counter:
 * the worker, once started, takes every file left and parses them as one YAML stream (see readYamlFiles). What the
 * worker sends back is plain data; the field locators are made here. `worker` is the worker's script (a test gives
 * one that dies).
 */
export function startYamlLoad(files: readonly string[], projectDir: string, worker: string = WORKER): YamlLoad {
  if (files.length < WORKER_MIN_FILES || !existsSync(worker)) {
    return { finish: () => Promise.all(files.map((f) => loadYamlFile(f, projectDir))) };
  }
  const next = new Int32Array(new SharedArrayBuffer(4)); // index of the next file nobody has taken
  const results: Array<YamlLoadResult | undefined> = new Array(files.length);
  const thread = new Worker(worker, { workerData: { files, projectDir, next } });
  // The worker sends each file in a message of its own: copying thousands of definitions across in one message would
  // leave this thread waiting for it.
  const workerDone = new Promise<void>((resolve, reject) => {
    thread.on('message', (message: [number, YamlFileData] | null) => {
      if (message === null) {
        resolve();
        void thread.terminate();
      } else {
        results[message[0]] = attachLocators(message[1]);
      }
    });
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the YAML reader stopped (exit code ${code}) before it finished`)));
  });
  workerDone.catch(() => undefined); // handled in finish(), which may come later
  return {
    async finish({ help = true } = {}) {
      if (help) {
        for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
          results[i] = await loadYamlFile(files[i]!, projectDir);
        }
      }
      try {
        await workerDone;
      } catch {
        // The worker died: the files it did not send are read again here, below.
      }
      for (let i = 0; i < files.length; i++) results[i] ??= await loadYamlFile(files[i]!, projectDir);
      return results as YamlLoadResult[];
    },
  };
}
