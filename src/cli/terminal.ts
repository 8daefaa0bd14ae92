// How vigil behaves on the terminal it was given: colour, progress drawing, and a reader that went away. The
// decisions are pure functions of the environment and the stream, so tests call them with plain objects.

type Env = Readonly<Record<string, string | undefined>>;
interface Stream {
  isTTY?: boolean;
}

/**
 * Colour only on a terminal, and never with NO_COLOR (https://no-color.org), which wins over everything.
 * FORCE_COLOR (as Node and most CLIs read it) turns colour on off a terminal, e.g. in a CI log; FORCE_COLOR=0 or
 * "false" turns it off.
 */
export function useColor(stream: Stream, env: Env = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/**
 * Whether apply may draw a progress bar (which rewrites one line with "\r"), or must report one plain line per
 * finished change. The bar is drawn only on a terminal that can redraw a line, and never when it is turned off by
 * --no-progress, VIGIL_NO_PROGRESS, or ACCESSIBLE (the variable screen-reader users set for terminal tools): a
 * redrawn line is noise to a screen reader, and garbage in a log file.
 */
export function drawProgress(stream: Stream, options: { noProgress?: boolean | undefined }, env: Env = process.env): boolean {
  if (options.noProgress) return false;
  const set = (name: string) => env[name] !== undefined && env[name] !== '' && env[name] !== '0' && env[name]!.toLowerCase() !== 'false';
  if (set('VIGIL_NO_PROGRESS') || set('ACCESSIBLE') || set('CI')) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/**
 * A reader that closes the pipe early (`vigil compile --json | head -1`) is not an error: later writes to that
 * stream are dropped and the command finishes as it would have, with its own exit status and no stack trace.
 * Other stream errors are left alone.
 */
export function tolerateClosedPipes(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
      throw err;
    });
  }
}
