// Records where a definition was declared, as Pulumi does: V8 call sites of the builder call. The raw frames point
// into the loader's runnable copies; the loader maps them back to the user's files.
//
// Capturing is split from resolving. Capturing keeps V8's frames and is cheap; turning them into call sites with a
// line and column costs several times more. Only definitions whose location is asked for (a diagnostic, a plan line)
// pay for that, and only for the one frame that is wanted.

/** A raw stack frame (1-based line and column) as V8 reports it. */
export interface RawFrame {
  file: string;
  line: number;
  col: number;
}

/** The caller's stack as captured; read through `firstFrame`. */
export interface CapturedStack {
  /** V8's lazily formatted stack: formatted on its first read, and only once. */
  readonly holder: { stack?: unknown };
}

// The loader wants the first frame in a definition file. The builder the user called passes itself (`above`), so
// neither it nor vigil's frames under it are captured; four frames then reach from its caller into the user's code
// (a kit calling a builder, a helper calling the kit). Every frame captured costs (about 1.5 µs here, more than the
// rest of a builder), so the limit is as low as locating definitions allows: tests locate every definition of the
// example organisation, and one built three frames deep in a package's helpers.
const FRAME_LIMIT = 4;

/** A public builder: where capture starts (see above). */
export type Builder = (...args: never[]) => unknown;

/** Captures the frames below `above` without resolving them; cheap enough to run once per definition. */
export function captureFrames(above: Builder): CapturedStack {
  const holder: { stack?: unknown } = {};
  const prevLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAME_LIMIT;
  try {
    Error.captureStackTrace(holder, above);
  } finally {
    Error.stackTraceLimit = prevLimit;
  }
  return { holder };
}

/**
 * The first captured frame whose file `wanted` accepts, with its line and column; undefined when none is. Only that
 * frame's position is worked out: a file name is cheap, a line and column are not. With `preferred`, a frame in a
 * file it accepts wins over frames above it: a kit's monitor is located where the user's file called the kit.
 */
export function firstFrame(captured: CapturedStack, wanted: (file: string) => boolean, preferred?: (file: string) => boolean): RawFrame | undefined {
  // V8 formats the stack on its first read, through whatever Error.prepareStackTrace is then: structured call sites.
  const prevPrepare = Error.prepareStackTrace;
  Error.prepareStackTrace = callSites;
  let sites: unknown;
  try {
    sites = captured.holder.stack;
  } finally {
    Error.prepareStackTrace = prevPrepare;
  }
  const list = Array.isArray(sites) ? (sites as NodeJS.CallSite[]) : [];
  const chosen = preferred && list.find((site) => {
    const file = site.getFileName();
    return Boolean(file) && preferred(file!);
  });
  for (const site of chosen ? [chosen] : list) {
    const file = site.getFileName();
    if (!file || !wanted(file)) continue;
    const line = site.getLineNumber();
    const col = site.getColumnNumber();
    return line && col ? { file, line, col } : undefined;
  }
  return undefined;
}

/** Error.prepareStackTrace that keeps V8's structured call sites; one function for every read. */
function callSites(_err: Error, sites: NodeJS.CallSite[]): NodeJS.CallSite[] {
  return sites;
}

/** Non-enumerable, so definitions stay plain JSON when serialized and the frames never reach a payload. */
export const FRAMES = Symbol.for('vigil.frames');

export function attachFrames<T extends object>(def: T, captured: CapturedStack): T {
  Object.defineProperty(def, FRAMES, { value: captured, enumerable: false });
  (globalThis as { [CREATED]?: object[] })[CREATED]?.push(def);
  return def;
}

// While the loader runs definition files, it keeps a list here of everything the builders make, to name what was
// built but never reached the organisation (not exported, or exported where vigil does not look). Found by a
// registered symbol, as the builders user files import may be another copy of this module than the loader's. Outside
// a load nothing is listed: the DSL keeps no state of its own.
const CREATED = Symbol.for('vigil.created');

/** Starts listing what the builders make; `stop` ends the listing and returns it. One listing at a time. */
export function watchCreated(): { stop(): object[] } {
  const list: object[] = [];
  const holder = globalThis as { [CREATED]?: object[] };
  holder[CREATED] = list;
  return {
    stop() {
      if (holder[CREATED] === list) delete holder[CREATED];
      return list;
    },
  };
}

export function framesOf(def: object): CapturedStack | undefined {
  return (def as Record<symbol, CapturedStack | undefined>)[FRAMES];
}
