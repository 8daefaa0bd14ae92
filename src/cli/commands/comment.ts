import { readFile } from 'node:fs/promises';
import { GitHubClient } from '../../github/api.ts';
import { githubTarget } from '../../github/context.ts';
import { upsertStickyComment } from '../../github/sticky-comment.ts';
import { parseFlags, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { runGuarded } from '../guard.ts';

const help = `Usage: vigil comment [--file plan.md] [--pr N] [--key NAME]

Posts the plan as one comment on a pull request, and updates that same comment on every later run (it is found by
a hidden marker, <!-- vigil-plan -->). A plan longer than GitHub's 65,536 characters is split into numbered parts;
parts left over from a longer plan are deleted. Reads the markdown from --file, or from stdin:
  vigil plan --markdown | vigil comment

Options:
  --file FILE     the markdown to post (default: stdin)
  --pr N          the pull request number (default: pull_request.number of the event in GITHUB_EVENT_PATH)
  --key NAME      keep a separate comment per vigil project when one pull request touches several
  -h, --help      show this help

Environment: GITHUB_TOKEN (needs "pull-requests: write"), GITHUB_REPOSITORY (owner/name), GITHUB_API_URL
(default https://api.github.com), GITHUB_EVENT_PATH. GitHub Actions sets all but GITHUB_TOKEN.
`;

export const command: Command = (argv) => runGuarded('comment', async (out) => {
  const { values: flags, positionals } = parseFlags(argv, { file: { type: 'string' }, pr: { type: 'string' }, key: { type: 'string' } });
  if (flags.help) {
    out(help);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; pass the markdown with --file or on stdin`);
  const pr = flags.pr === undefined ? undefined : Number(flags.pr);
  if (pr !== undefined && !(Number.isInteger(pr) && pr > 0)) throw new UsageError(`--pr must be a pull request number (got "${flags.pr}")`);
  if (flags.key !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(flags.key)) {
    throw new UsageError(`--key must be 1 to 64 letters, digits, ".", "_" or "-" (got "${flags.key}")`);
  }
  const markdown = await readMarkdown(flags.file);
  const target = await githubTarget(process.env, pr);
  const gh = new GitHubClient({ apiUrl: target.apiUrl, token: target.token });
  const r = await upsertStickyComment(gh, target, markdown, flags.key ? { key: flags.key } : {});
  const verb = r.created === r.parts ? 'created' : r.updated + r.created + r.deleted === 0 ? 'unchanged' : 'updated';
  out(`Plan comment ${verb} on pull request #${target.pullRequest}: ${r.parts} ${r.parts === 1 ? 'part' : 'parts'} (${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.deleted} deleted).\n${r.url}\n`);
  return 0;
});

async function readMarkdown(file: string | undefined): Promise<string> {
  let text: string;
  if (file) {
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else {
    if (process.stdin.isTTY) throw new UsageError('pass the markdown with --file FILE or pipe it in, e.g. "vigil plan --markdown | vigil comment"');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  // An empty body usually means the plan step failed before printing; an empty comment would hide that.
  if (!text.trim()) throw new UsageError(`the markdown ${file ? `in "${file}"` : 'on stdin'} is empty; nothing to post`);
  return text;
}
