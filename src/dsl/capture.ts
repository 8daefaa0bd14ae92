// Records where a definition was declared, as Pulumi does: V8 call sites of the builder call. The raw frames point
// into the loader's bundle; the loader maps them back to the user's file through the bundle's source map.

/** A raw stack frame (1-based line and column) as V8 reports it. */
export interface RawFrame {
  file: string;
  line: number;
  col: number;
}

const FRAME_LIMIT = 10;

/** Captures the caller's frames; cheap enough to run once per definition (structured call sites, no string stack). */
export function captureFrames(): RawFrame[] {
  const holder: { stack?: unknown } = {};
  const prevPrepare = Error.prepareStackTrace;
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAME_LIMIT;
  Error.prepareStackTrace = (_err, sites) => sites;
  try {
    Error.captureStackTrace(holder, captureFrames);
    const sites = holder.stack as NodeJS.CallSite[] | undefined;
    const frames: RawFrame[] = [];
    for (const site of sites ?? []) {
      const file = site.getFileName();
      const line = site.getLineNumber();
      const col = site.getColumnNumber();
      if (file && line && col) frames.push({ file, line, col });
    }
    return frames;
  } finally {
    Error.prepareStackTrace = prevPrepare;
    Error.stackTraceLimit = prevLimit;
  }
}

/** Non-enumerable, so definitions stay plain JSON when serialized and the frames never reach a payload. */
export const FRAMES = Symbol.for('vigil.frames');

export function attachFrames<T extends object>(def: T, frames: RawFrame[]): T {
  Object.defineProperty(def, FRAMES, { value: frames, enumerable: false });
  return def;
}

export function framesOf(def: object): RawFrame[] | undefined {
  return (def as Record<symbol, RawFrame[] | undefined>)[FRAMES];
}
