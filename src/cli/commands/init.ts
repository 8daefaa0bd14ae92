import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_NAME, VIGIL_ROOT } from '../../load/vigil-package.ts';
import { githubRepository, projectName, scaffoldFiles } from '../../scaffold/scaffold.ts';
import { parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';

const help = `Usage: vigil init [DIR]

Starts a monitors repository in DIR (default: the current directory; created when missing):
  package.json                    depends on ${PACKAGE_NAME}
  tsconfig.json                   for editors and "vigil validate --typecheck"
  monitors/checkout/              one service: monitors in TypeScript and YAML (with the editor schema), an SLO
  monitors/routing.ts             where alerts go, with "vigil route test" cases
  monitors/pagerduty.ts           the team's PagerDuty team, escalation policy and services
  .github/workflows/monitors.yml  a plan comment on each pull request and apply on merge, with vigil's workflow
Never overwrites a file: when one of them exists, nothing is written and the exit code is 1.

Then: cd DIR, npm install, npx vigil demo.

Options:
  -h, --help      show this help
`;

export const command: Command = (argv) => runGuarded('init', async (out, err) => {
  const { values: flags, positionals } = parseFlags(argv, {});
  if (flags.help) {
    out(help);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = resolve(positionals[0] ?? '.');
  const shown = relative(process.cwd(), dir) || '.';
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(`"${shown}" is a file, not a directory. Hint: name a new or existing directory`);
  }

  const vigil = JSON.parse(readFileSync(join(VIGIL_ROOT, 'package.json'), 'utf8')) as { version: string; repository?: unknown };
  const repository = githubRepository(vigil.repository);
  if (!repository) throw new Error('package.json of vigil has no GitHub "repository"');
  const files = scaffoldFiles(join(VIGIL_ROOT, 'templates', 'init'), {
    name: projectName(dir), package: PACKAGE_NAME, version: vigil.version, repository,
  });

  const taken = files.filter((f) => existsSync(join(dir, f.path)));
  if (taken.length > 0) {
    for (const f of taken) err(`vigil init: ${join(shown, f.path)} already exists; vigil init never overwrites a file.\n`);
    err(`Nothing was written. Hint: run vigil init in a new or empty directory (e.g. "vigil init monitors-repo"), or move ${taken.length === 1 ? 'that file' : 'those files'} away first.\n`);
    return 1;
  }
  for (const f of files) {
    const path = join(dir, f.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text, { flag: 'wx' }); // wx: fail rather than overwrite a file that appeared meanwhile
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way of it or of its folder' : code;
      throw new UsageError(`cannot write ${join(shown, f.path)}: ${why}. Hint: run vigil init in a new or empty directory you can write to`);
    }
  }

  out(`Created a vigil project in ${shown}:\n${files.map((f) => `  ${f.path}\n`).join('')}\nNext:\n`);
  if (shown !== '.') out(`  cd ${shown}\n`);
  out('  npm install\n  npx vigil demo                  # plan and apply monitors/ against the built-in sandbox\n');
  out('  npx vigil validate --typecheck  # what CI runs on each pull request, with the plan\n');
  out('\n.github/workflows/monitors.yml lists the secrets to set up for pull-request plans and applies.\n');
  if (!VIGIL_ROOT.split(sep).includes('node_modules')) {
    // Run from a clone of vigil: the package may not be on the registry (yet), but the clone can make it.
    out(`\nThis vigil runs from its own repository (${VIGIL_ROOT}). If npm cannot find ${PACKAGE_NAME}, run "npm pack" there\n`
      + 'and install the file it writes instead: npm install <path to the .tgz>.\n');
  }
  return 0;
});
