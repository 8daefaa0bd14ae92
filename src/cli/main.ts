// The CLI entry: parses the command name and lazy-loads one command module, so `vigil validate` never loads the
// Datadog client. Only this file decides exit codes; commands return them.
import type { Command } from './command.ts';
import { closest } from './suggest.ts';
import { tolerateClosedPipes } from './terminal.ts';


const commands: Record<string, () => Promise<{ command: Command }>> = {
  validate: () => import('./commands/validate.ts'),
  compile: () => import('./commands/compile.ts'),
  plan: () => import('./commands/plan.ts'),
  apply: () => import('./commands/apply.ts'),
  sandbox: () => import('./commands/sandbox.ts'),
  comment: () => import('./commands/comment.ts'),
  docs: () => import('./commands/docs.ts'),
  demo: () => import('./commands/demo.ts'),
  route: () => import('./commands/route.ts'),
  openslo: () => import('./commands/openslo.ts'),
  import: () => import('./commands/import.ts'),
  init: () => import('./commands/init.ts'),
};

const usage = `vigil — monitors as code for Datadog and PagerDuty

Usage: vigil <command> [options]

Commands:
  validate   Check every definition in monitors/ and print problems as file:line:col
  compile    Print the exact Datadog and PagerDuty payloads (--json)
  plan       Show what apply would change in Datadog, field by field
  apply      Make Datadog match the definitions
  sandbox    Run a local emulator of the Datadog and PagerDuty APIs
  comment    Post or update the plan as one comment on a GitHub pull request
  docs       Write a markdown catalog of the monitors, one page per team
  demo       Plan and apply monitors/ against a built-in sandbox, no accounts needed
  route      Test the routing cases, or explain where one monitor's alerts go
  openslo    Import OpenSLO v1 files as vigil SLOs, or export vigil SLOs as OpenSLO
  import     Write monitors, SLOs and PagerDuty services vigil does not own as TypeScript, to adopt them
  init       Start a monitors repository: package.json, an example service, routing, a review workflow

Run "vigil <command> --help" for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  tolerateClosedPipes();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 1;
  }
  if (name === '--version') {
    const pkg = await import('../../package.json', { with: { type: 'json' } });
    process.stdout.write(`${pkg.default.version}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    const guess = closest(name, Object.keys(commands));
    process.stderr.write(`vigil: unknown command "${name}".${guess ? ` Did you mean "vigil ${guess}"?` : ''}\n\n${usage}`);
    return 1;
  }
  const { command } = await load();
  try {
    return await command(rest);
  } catch (err) {
    // A bug in vigil, not a user mistake: say so plainly, without a stack unless asked.
    const e = err as Error;
    process.stderr.write(`vigil: internal error: ${e?.message ?? String(err)}\n`);
    if (process.env.VIGIL_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.stderr.write('This is a bug in vigil; set VIGIL_DEBUG=1 for details and report it.\n');
    return 1;
  }
}
