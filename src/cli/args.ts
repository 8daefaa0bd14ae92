import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** `node:util` parseArgs with errors turned into one-line usage errors (never a stack). */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

export const COMMON_FLAGS = {
  project: { type: 'string' },
  dir: { type: 'string' },
} as const;

export const COMMON_HELP = `  --project DIR   project root (default: the current directory)
  --dir DIR       definitions directory, relative to the project (default: monitors)
  -h, --help      show this help`;
