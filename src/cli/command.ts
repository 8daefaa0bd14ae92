/** A CLI command: takes its arguments (after the command name), returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;
