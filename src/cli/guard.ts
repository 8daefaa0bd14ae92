import { ConfigError, ProviderError } from '../providers/errors.ts';
import { UsageError } from './args.ts';

type Write = (s: string) => void;

/**
 * Runs a command body and turns the errors users can cause — bad flags, missing keys, a provider refusing — into one
 * clear line and exit code 1. Anything else is a bug and goes up to main, which says so.
 */
export async function runGuarded(name: string, body: (out: Write, err: Write) => Promise<number>): Promise<number> {
  const out: Write = (s) => void process.stdout.write(s);
  const err: Write = (s) => void process.stderr.write(s);
  try {
    return await body(out, err);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof ProviderError) {
      err(`vigil ${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
