import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from './suggest.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs with errors turned into one-line usage errors (never a stack), naming a close flag. */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(flagProblem(err as Error & { code?: string }, all));
  }
}

/** parseArgs' complaint in one line; for an unknown option, with the closest known one ("did you mean"). */
export function flagProblem(err: Error & { code?: string }, options: Options): string {
  const message = err.message.replace(/\. To specify a positional argument.*$/s, '.');
  if (err.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return message;
  const given = /^Unknown option '(--?[^'=]+)/.exec(err.message)?.[1];
  if (!given) return message;
  const names = Object.keys(options).map((n) => `--${n}`);
  const guess = closest(given.startsWith('--') ? given : `-${given}`, names);
  return guess ? `${message} Did you mean "${guess}"?` : message;
}

/** A subcommand that is not one of `choices`: what was given, the closest choice ("did you mean"), and the usage. */
export function subcommandProblem(command: string, given: string | undefined, choices: readonly string[], usage: string): string {
  if (given === undefined) return `"${command}" needs a subcommand: ${usage}`;
  const guess = closest(given, choices);
  return `unknown subcommand "${command} ${given}"${guess ? `; did you mean "${command} ${guess}"?` : ''} Use ${usage}`;
}

export const COMMON_FLAGS = {
  project: { type: 'string' },
  dir: { type: 'string' },
} as const;

export const COMMON_HELP = `  --project DIR   project root (default: the current directory)
  --dir DIR       definitions directory, relative to the project (default: monitors)
  -h, --help      show this help`;
