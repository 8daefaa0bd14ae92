import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RoutingDefinition } from '../../ir/routing.ts';
import { renderMarkdown } from '../../plan/render/markdown.ts';
import { renderText } from '../../plan/render/text.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import { BACKTEST_FLAGS, BACKTEST_HELP, backtestWindow, withBacktest } from '../backtest.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { targetsLine } from '../../providers/endpoint.ts';
import { preparePlan, type ClientFactory } from '../sync.ts';
import { useColor } from '../terminal.ts';

const help = `Usage: vigil plan [--json] [--markdown] [--out plan.json] [--detailed-exitcode] [--backtest] [options]

Compares the definitions with what vigil owns in Datadog and prints what apply would create, update and delete,
field by field, with edits made outside vigil shown as drift. Reads only: a read-only application key is enough.

Options:
  --json               print the plan as versioned JSON
  --markdown           print the plan as a pull-request comment
  --out FILE           also save the plan for "vigil apply --plan FILE"
  --findings FILE      with --markdown: the findings section written by "vigil validate --format github
                       --findings FILE" (type-check findings included), instead of the plan's own list
  --detailed-exitcode  exit 0 when there are no changes, 2 when there are, 1 on error
${BACKTEST_HELP}
${COMMON_HELP}

Environment: DD_API_KEY, DD_APP_KEY, DD_SITE, VIGIL_DATADOG_URL (e.g. the sandbox); PAGERDUTY_TOKEN and
VIGIL_PAGERDUTY_URL when the definitions manage PagerDuty objects; VIGIL_HTTP_TIMEOUT_MS (per request, default
30000); VIGIL_ALLOW_MIXED_TARGETS=1 to use one real service with the sandbox or a proxy for the other (refused
otherwise); NO_COLOR, FORCE_COLOR. The first line of the plan names both targets.
`;

export const command: Command = (argv) => run(argv);

/** `vigil plan`, with the clients to use (the demo passes sandbox clients; the CLI reads the environment). */
export const run = (argv: string[], options: { clients?: ClientFactory } = {}): Promise<number> => runGuarded('plan', async (out, err) => {
  const { values: flags } = parseFlags(argv, {
    ...COMMON_FLAGS, json: { type: 'boolean' }, markdown: { type: 'boolean' }, out: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' }, findings: { type: 'string' }, ...BACKTEST_FLAGS,
  });
  if (flags.help) {
    out(help);
    return 0;
  }
  if (flags.findings !== undefined && !flags.markdown) throw new UsageError('--findings goes into the markdown comment: use it with --markdown');
  const findings = flags.findings === undefined ? undefined : await readFindings(flags.findings);
  const window = backtestWindow(flags);
  const prepared = await preparePlan(resolve(flags.project ?? '.'), flags.dir, err, options.clients ? { clients: options.clients } : {});
  if (!prepared) return 1;
  const { pipeline } = prepared;
  const plan = window === undefined ? prepared.plan
    : await withBacktest(prepared.plan, prepared.clients.datadog, pipeline.compiled?.datadog.slos ?? [], window, Date.now());
  // Where the plan was read from, first: on stdout with the text plan, on stderr beside JSON and markdown.
  const header = `${targetsLine(prepared.clients.datadog.endpoint, prepared.clients.pagerduty?.endpoint)}\n`;
  if (flags.json || flags.markdown) err(header);
  else out(`${header}\n`);
  if (flags.out) await writeFile(flags.out, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
  if (flags.json) out(`${JSON.stringify(plan, null, 2)}\n`);
  else if (flags.markdown) {
    const routing = pipeline.definitions.find((d): d is RoutingDefinition => d.kind === 'routing');
    out(renderMarkdown(plan, { diagnostics: pipeline.diagnostics, ...(routing ? { routing } : {}), ...(findings !== undefined ? { findings } : {}) }));
  }
  else out(renderText(plan, { color: useColor(process.stdout) }));
  const changes = plan.summary.create + plan.summary.update + plan.summary.delete;
  return flags['detailed-exitcode'] && changes > 0 ? 2 : 0;
});

async function readFindings(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the findings "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
