import type { SourceLocation } from '../ir/source.ts';
import type { RawFrame } from '../dsl/capture.ts';
import { Mappings } from './mappings.ts';
import type { UserModule } from './module-graph.ts';

/** A copy named in error text: its path, with or without `file://`. */
const COPY_NAME = /(?:file:\/\/)?(\/[^\s'"`()]+?\.mjs)\b/g;

/** `<file or URL>:<line>:<col>` in a stack string. */
const STACK_POSITION = /((?:file:\/\/)?\/[^\s():]+):(\d+):(\d+)/g;

/**
 * Maps positions in the runnable copies of user modules back to the user's files: undoes the specifier rewrites on
 * the line, then follows the transform's source map. Maps are parsed on first use, so only files that produce
 * definitions or errors pay for it.
 */
export class ModuleSourceMaps {
  /** By the copy's URL (what V8 reports for ES modules) and its path (Node's error text): no conversion per frame. */
  private readonly byCopy = new Map<string, UserModule>();
  private readonly parsed = new Map<string, Mappings>();
  /** Any other path below the copies' directory: a file Node looked for beside a copy. */
  private readonly belowCopies: RegExp | undefined;

  /** `copyRoot` is the directory the copies are in; each copy keeps its file's absolute path below it. */
  constructor(modules: Iterable<UserModule>, private readonly projectDir: string, copyRoot?: string) {
    const root = copyRoot?.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    this.belowCopies = root === undefined ? undefined : new RegExp(`(?:file://)?${root}(/[^\\s'"\`()]+)`, 'g');
    for (const m of modules) {
      this.byCopy.set(m.copy, m);
      this.byCopy.set(m.url, m);
    }
  }

  /** True when a frame's file is a user module's copy (i.e. user code, not vigil or node internals). */
  owns(file: string): boolean {
    return this.byCopy.has(file);
  }

  /** Maps a 1-based frame position to the original file, relative to the project directory. */
  map(frame: RawFrame): SourceLocation | undefined {
    const module = this.byCopy.get(frame.file);
    if (!module) return undefined;
    let col = frame.col - 1;
    for (const edit of module.edits) if (edit.line === frame.line && edit.endCol <= col) col -= edit.delta;
    const file = relativeToProject(module.file, this.projectDir);
    if (module.mappings === undefined) return { file, line: frame.line, col: col + 1 };
    let mappings = this.parsed.get(module.file);
    if (!mappings) {
      mappings = new Mappings(module.mappings);
      this.parsed.set(module.file, mappings);
    }
    const original = mappings.find(frame.line - 1, col);
    return original && { file, line: original.line + 1, col: original.col + 1 };
  }

  /** First frame of a stack that lies in user code, mapped. */
  firstUserLocation(frames: readonly RawFrame[]): SourceLocation | undefined {
    for (const frame of frames) {
      if (this.owns(frame.file)) return this.map(frame);
    }
    return undefined;
  }

  /**
   * Error text with the copies' paths and URLs replaced by the user's files, and any other path below the copies'
   * directory (a file a copy's `import(name)` looked for beside itself) by the path it stands for.
   */
  userText(text: string): string {
    const named = text.replace(COPY_NAME, (whole, path: string) => {
      const module = this.byCopy.get(whole) ?? this.byCopy.get(path);
      return module ? relativeToProject(module.file, this.projectDir) : whole;
    });
    return this.belowCopies ? named.replace(this.belowCopies, (_whole, path: string) => relativeToProject(path, this.projectDir)) : named;
  }
}

export function relativeToProject(file: string, projectDir: string): string {
  const prefix = projectDir.endsWith('/') ? projectDir : `${projectDir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** Parses `file:line:col` positions out of an error's stack string, for errors thrown while a file loads. */
export function framesFromStack(stack: string | undefined): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const m of (stack ?? '').matchAll(STACK_POSITION)) {
    frames.push({ file: m[1]!, line: Number(m[2]), col: Number(m[3]) });
  }
  return frames;
}
