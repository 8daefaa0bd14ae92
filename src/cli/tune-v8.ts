import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a vigil process. A run lasts seconds, and much of its code turns hot once and for a short while:
 * V8's optimizing compiler then spends more CPU inlining than the inlined code gives back, on the same two cores
 * the run needs. Capping the bytecode it inlines into one function (the default is 920): bench/compile used
 * 330-460 ms less CPU (8-11%) and finished 140-215 ms sooner, in 16 paired runs; the main thread's own time was
 * unchanged. Lower caps, and no inlining at all, measured the same as 100.
 *
 * Only the CLI applies these: it owns its process. Code importing vigil as a library keeps its own V8 settings.
 */
export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=100'];

/** Applies {@link V8_FLAGS}; call before the run's code is hot (worker threads started later share them). */
export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
