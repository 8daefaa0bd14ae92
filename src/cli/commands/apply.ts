import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { executePlan } from '../../apply/execute.ts';
import { outcomeLine, progressBar, summarize } from '../../apply/report.ts';
import { planMismatches } from '../../apply/matches.ts';
import { renderText, summaryLine } from '../../plan/render/text.ts';
import type { Plan } from '../../plan/types.ts';
import { targetsLine } from '../../providers/endpoint.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';
import { Interruption, interruptedReport } from '../interrupt.ts';
import { applyTarget, clientsFromEnv, preparePlan, type ClientFactory, type Prepared } from '../sync.ts';
import type { World } from '../../plan/world.ts';
import { savedPlanNeeds, staleReasons } from '../../plan/stale.ts';
import { deleteLimitReason } from '../../plan/delete-guard.ts';
import { readWorld, type Clients } from '../../providers/world.ts';
import { drawProgress, useColor } from '../terminal.ts';

const help = `Usage: vigil apply [--plan plan.json] [--yes] [--allow-deletes] [options]

Makes Datadog match the definitions: creates, updates and deletes what vigil owns, in dependency order, paced by
Datadog's rate-limit headers, retrying 429s, 5xx and network errors. Safe to interrupt and re-run: a create whose
answer was lost is found by its logical id, never repeated.

Options:
  --plan FILE              apply a plan saved by "vigil plan --out FILE"; refused if anything changed since
  --match-definitions      with --plan: also refuse unless the saved plan is exactly what a plan of the definitions
                           here would do (CI applies a reviewed plan this way: an edited or foreign plan is refused)
  --yes                    do not ask for confirmation
  --allow-deletes          allow the plan's deletes (without it, a plan with deletes is refused)
  --max-delete-percent N   refuse to delete more than N% of the objects vigil owns in one apply (default 50)
  --concurrency N          changes in flight at once (default 8)
  --no-progress            no progress bar: one line per finished change instead (also VIGIL_NO_PROGRESS=1 or
                           ACCESSIBLE=1; the bar is only ever drawn on a terminal)
${COMMON_HELP}

Ctrl-C stops starting changes, lets those in flight finish and says what was done; run apply again to continue.
A second Ctrl-C stops at once.

A write refused with HTTP 403 stops the apply at once, naming the key that may not write (DD_APP_KEY or
PAGERDUTY_TOKEN).

Environment: DD_API_KEY, DD_APP_KEY, DD_SITE, VIGIL_DATADOG_URL (e.g. the sandbox); PAGERDUTY_TOKEN and
VIGIL_PAGERDUTY_URL when the definitions manage PagerDuty objects; VIGIL_HTTP_TIMEOUT_MS (per request, default
30000); VIGIL_ALLOW_MIXED_TARGETS=1 to use one real service with the sandbox or a proxy for the other (refused
otherwise); NO_COLOR, FORCE_COLOR. The first line of the output names both targets.
`;

export const command: Command = (argv) => run(argv);

/** `vigil apply`, with the clients to use (the demo passes sandbox clients; the CLI reads the environment). */
export const run = (argv: string[], options: { clients?: ClientFactory } = {}): Promise<number> => runGuarded('apply', async (out, err) => {
  const { values: flags } = parseFlags(argv, {
    ...COMMON_FLAGS, plan: { type: 'string' }, yes: { type: 'boolean' }, 'allow-deletes': { type: 'boolean' },
    'max-delete-percent': { type: 'string' }, concurrency: { type: 'string' }, 'match-definitions': { type: 'boolean' },
    'no-progress': { type: 'boolean' },
  });
  if (flags.help) {
    out(help);
    return 0;
  }
  const maxDeletePercent = numberFlag(flags['max-delete-percent'], 50, 'max-delete-percent');
  const concurrency = numberFlag(flags.concurrency, 8, 'concurrency');
  const makeClients = options.clients ?? clientsFromEnv;
  let plan: Plan;
  let clients: Clients;
  let world: World;
  if (flags.plan) {
    plan = await readPlanFile(flags.plan);
    // With --match-definitions the definitions are planned anyway; that plan's read of the world also serves the
    // staleness check, so Datadog and PagerDuty are read once.
    let fresh: Prepared | undefined;
    if (flags['match-definitions']) {
      const notes: string[] = [];
      fresh = await preparePlan(resolve(flags.project ?? '.'), flags.dir, (s) => notes.push(s), { maxDeletePercent, clients: makeClients });
      if (!fresh) {
        err(`${notes.join('')}vigil apply: cannot check the saved plan against the definitions (see above); nothing was changed.\n`);
        return 1;
      }
    }
    // The saved plan's objects, read again: PagerDuty too when the plan touched it, and what it adopts.
    const needs = savedPlanNeeds(plan);
    clients = fresh?.clients ?? makeClients({ pagerduty: needs.pagerduty });
    out(`${targetsLine(clients.datadog.endpoint, clients.pagerduty?.endpoint)}\n\n`); // first, so a refusal below says where it looked
    const again = await readWorld(clients, {
      adoptMonitors: needs.adoptMonitors, adoptSlos: needs.adoptSlos, adoptDowntimes: needs.adoptDowntimes, pagerDutyServiceNames: [],
      pagerduty: needs.pagerduty,
    });
    world = fresh ? { ...fresh.world, adoptable: again.adoptable } : again;
    const moved = staleReasons(plan, world);
    if (moved.length) {
      err(`vigil apply: the saved plan is stale; Datadog or PagerDuty changed since it was made:\n${moved.map((m) => `  ${m}`).join('\n')}\nRun "vigil plan" again and review the new plan.\n`);
      return 1;
    }
    if (fresh) {
      const differs = planMismatches(plan, fresh.plan);
      if (differs.length) {
        err(`vigil apply: the saved plan is not what the definitions here ask for; nothing was changed:\n${differs.map((m) => `  ${m}`).join('\n')}\n`
          + 'It was edited, or made from other definitions. Run "vigil plan" on these definitions and review that plan.\n');
        return 1;
      }
    }
  } else {
    if (flags['match-definitions']) throw new UsageError('--match-definitions checks a saved plan: use it with --plan');
    const prepared = await preparePlan(resolve(flags.project ?? '.'), flags.dir, err, { maxDeletePercent, clients: makeClients });
    if (!prepared) return 1;
    ({ plan, clients, world } = prepared);
    out(`${targetsLine(clients.datadog.endpoint, clients.pagerduty?.endpoint)}\n\n`);
  }
  out(renderText(plan, { color: useColor(process.stdout) }));
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  if (total === 0) return 0;

  // The summary again, right above the first question, so the answer is given with the counts in view.
  let asked = false;
  const confirm = (question: string) => {
    const prompt = asked ? question : `\n${summaryLine(plan)}\n${question}`;
    asked = true;
    return ask(prompt);
  };
  const deletes = plan.summary.delete;
  if (deletes > 0) {
    const tooMany = deleteLimitReason(plan, maxDeletePercent);
    if (tooMany) {
      err(`vigil apply: ${tooMany}\n`);
      return 1;
    }
    if (!flags['allow-deletes'] && !(await confirm(`This deletes ${deletes} object(s) from Datadog. Type "yes" to allow the deletes: `))) {
      err('vigil apply: the plan has deletes; pass --allow-deletes (or answer "yes" on a terminal). Nothing was changed.\n');
      return 1;
    }
  }
  if (!flags.yes && !(await confirm('Apply these changes? Type "yes" to continue: '))) {
    err('vigil apply: not confirmed; pass --yes to apply without asking. Nothing was changed.\n');
    return 1;
  }

  const bar = drawProgress(process.stderr, { noProgress: flags['no-progress'] });
  const interruption = new Interruption(err);
  let result;
  try {
    result = await executePlan(plan, interruption.target(applyTarget(clients, world)), {
      concurrency,
      onOutcome: (o, done, all) => {
        if (bar) {
          err(`\r${progressBar(done, all)}`);
          if (done === all) err('\n');
        } else if (!(o.status === 'skipped' && o.halted)) err(`${outcomeLine(o)}\n`); // the summary counts those
      },
    });
  } finally {
    interruption.dispose();
  }
  if (interruption.requested) {
    out(`\n${interruptedReport(result.outcomes, interruption.refused, Boolean(flags.plan))}`);
    return 1;
  }
  const { text, ok } = summarize(result.outcomes, result.halted);
  out(`\n${text}`);
  return ok ? 0 : 1;
});

async function readPlanFile(path: string): Promise<Plan> {
  let doc: Plan;
  try {
    doc = JSON.parse(await readFile(path, 'utf8')) as Plan;
  } catch (e) {
    throw new UsageError(`cannot read the plan file "${path}": ${(e as Error).message}`);
  }
  if (doc?.version !== 1 || !Array.isArray(doc.changes)) {
    throw new UsageError(`"${path}" is not a vigil plan of a version this vigil knows (expected "version": 1)`);
  }
  return doc;
}

function numberFlag(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number (got "${value}")`);
  return n;
}

/**
 * Asks on a terminal; never blocks a pipeline or CI (no TTY means "not confirmed"). Ctrl-C at the question is a
 * "no": nothing has been changed yet.
 */
async function ask(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const aborted = new AbortController();
  rl.on('SIGINT', () => aborted.abort());
  try {
    return (await rl.question(question, { signal: aborted.signal })).trim().toLowerCase() === 'yes';
  } catch {
    process.stderr.write('\n');
    return false;
  } finally {
    rl.close();
  }
}
