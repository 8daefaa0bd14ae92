import { COMMON_FLAGS, COMMON_HELP, parseFlags } from '../args.ts';
import type { Command } from '../command.ts';
import type { ClientFactory } from '../sync.ts';
import { runGuarded } from '../guard.ts';

const help = `Usage: vigil demo [options]

Runs vigil's main job against the built-in sandbox, with no accounts: starts a local Datadog and PagerDuty
emulator on a free loopback port, then runs "vigil plan --backtest", "vigil apply --yes" and "vigil plan" again on
the definitions, and stops the emulator. The backtest reads the sandbox's synthetic metric history to show how
often each new monitor would have alerted in the last 7 days; the second plan shows that the live state now matches
the code.

Options:
  --state FILE    keep the sandbox's objects in FILE between runs (a second demo then plans no changes)
${COMMON_HELP}
`;

export const command: Command = (argv) => runGuarded('demo', async (out) => {
  const { values: flags } = parseFlags(argv, { ...COMMON_FLAGS, state: { type: 'string' } });
  if (flags.help) {
    out(help);
    return 0;
  }
  const { startSandbox } = await import('../../sandbox/server.ts');
  const sandbox = await startSandbox({ port: 0, ...(flags.state ? { state: flags.state } : {}) });
  // The demo's own clients, pointed at the sandbox (which accepts any non-empty keys); the environment is left alone.
  const { createDatadogClient } = await import('../../providers/datadog/client.ts');
  const { createPagerDutyClient } = await import('../../providers/pagerduty/client.ts');
  const clients: ClientFactory = () => ({
    datadog: createDatadogClient({ VIGIL_DATADOG_URL: sandbox.datadogUrl, DD_API_KEY: 'sandbox', DD_APP_KEY: 'sandbox' }),
    pagerduty: createPagerDutyClient({ VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl, PAGERDUTY_TOKEN: 'sandbox' }),
  });
  const common = [...(flags.project ? ['--project', flags.project] : []), ...(flags.dir ? ['--dir', flags.dir] : [])];
  try {
    out(`Sandbox: Datadog API at ${sandbox.datadogUrl}, PagerDuty API at ${sandbox.pagerdutyUrl}\n`);
    const plan = (await import('./plan.ts')).run;
    const apply = (await import('./apply.ts')).run;
    const steps: Array<[string, typeof plan, string[]]> = [
      ['vigil plan --backtest', plan, ['--backtest', ...common]],
      ['vigil apply --yes', apply, ['--yes', ...common]],
      ['vigil plan (again: nothing left to do)', plan, common],
    ];
    for (const [title, run, args] of steps) {
      out(`\n=== ${title} ===\n\n`);
      const code = await run(args, { clients });
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    await sandbox.close();
  }
});
