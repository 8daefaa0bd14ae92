import { resolve } from 'node:path';
import { formatDiagnostic } from '../../ir/diagnostic.ts';
import { COMMON_FLAGS, COMMON_HELP, parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runPipeline } from '../../pipeline/index.ts';
import { plural } from '../plural.ts';

const help = `Usage: vigil compile [--json] [options]

Validates, then prints the exact payloads vigil would send: with --json, the versioned document
  {"version":1,"datadog":{"monitors":[{"id":…,"payload":{…}}],"slos":[…],"notificationRules":[…]},"pagerduty":{…}}
where each payload is the body of the provider's create endpoint. Output is byte-identical across runs.
Without --json, prints one line per compiled object. Exit code 1 when any definition has an error.

Options:
  --json          print the compiled document as JSON
${COMMON_HELP}
`;

export const command: Command = async (argv) => {
  let flags;
  try {
    flags = parseFlags(argv, { ...COMMON_FLAGS, json: { type: 'boolean' } }).values;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`vigil compile: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (flags.help) {
    process.stdout.write(help);
    return 0;
  }
  const result = await runPipeline({ projectDir: resolve(flags.project ?? '.'), ...(flags.dir ? { dir: flags.dir } : {}), compile: true });
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (!result.compiled) {
    process.stderr.write(`\nNot compiled: ${plural(result.errors, 'error')}. Run "vigil validate" for details.\n`);
    return 1;
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result.compiled, null, 2)}\n`);
    return 0;
  }
  for (const m of result.compiled.datadog.monitors) {
    process.stdout.write(`datadog.monitor  ${m.id}  (${m.payload.type}) ${m.payload.name}\n`);
  }
  for (const s of result.compiled.datadog.slos) {
    process.stdout.write(`datadog.slo      ${s.id}  (${s.payload.type}) ${s.payload.name}\n`);
  }
  const rules = result.compiled.datadog.notificationRules;
  for (const r of rules) process.stdout.write(`datadog.notification-rule  ${r.id}  (${plural(r.recipients.length, 'handle')})\n`);
  const ruleCount = rules.length ? ` and ${plural(rules.length, 'notification rule')}` : '';
  process.stdout.write(`\nCompiled ${plural(result.compiled.datadog.monitors.length, 'monitor')}${rules.length ? ', ' : ' and '}${plural(result.compiled.datadog.slos.length, 'SLO')}${ruleCount}.\n`);
  return 0;
};
