import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLocation } from '../ir/source.ts';
import type { RawFrame } from '../dsl/capture.ts';

/**
 * Maps positions in the loader's bundle output back to the user's files. Maps are read lazily, once per output
 * file, so only files that produce definitions pay for it.
 */
export class BundleSourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(private readonly outDir: string, private readonly projectDir: string) {}

  /** True when a frame's file is part of the bundle (i.e. user code, not vigil or node internals). */
  owns(file: string): boolean {
    return toPath(file).startsWith(this.outDir);
  }

  /** Maps a 1-based frame position to the original file, relative to the project directory. */
  map(frame: RawFrame): SourceLocation | undefined {
    const file = toPath(frame.file);
    const sm = this.load(file);
    if (!sm) return undefined;
    const entry = sm.findEntry(frame.line - 1, frame.col - 1) as
      | { originalSource?: string; originalLine?: number; originalColumn?: number }
      | undefined;
    if (!entry?.originalSource || entry.originalLine === undefined) return undefined;
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(file), entry.originalSource);
    return {
      file: relativeToProject(source, this.projectDir),
      line: entry.originalLine + 1,
      col: (entry.originalColumn ?? 0) + 1,
    };
  }

  /** First frame of a stack that lies in user code, mapped. */
  firstUserLocation(frames: readonly RawFrame[]): SourceLocation | undefined {
    for (const frame of frames) {
      if (this.owns(frame.file)) return this.map(frame);
    }
    return undefined;
  }

  private load(file: string): SourceMap | null {
    let sm = this.maps.get(file);
    if (sm === undefined) {
      try {
        sm = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        sm = null;
      }
      this.maps.set(file, sm);
    }
    return sm;
  }
}

function toPath(file: string): string {
  return file.startsWith('file:') ? fileURLToPath(file) : file;
}

export function relativeToProject(file: string, projectDir: string): string {
  const prefix = projectDir.endsWith('/') ? projectDir : `${projectDir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** Parses `file:line:col` positions out of an error's stack string, for errors thrown while a file loads. */
export function framesFromStack(stack: string | undefined): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const m of (stack ?? '').matchAll(/((?:file:\/\/)?\/[^\s():]+):(\d+):(\d+)/g)) {
    frames.push({ file: m[1]!, line: Number(m[2]), col: Number(m[3]) });
  }
  return frames;
}
