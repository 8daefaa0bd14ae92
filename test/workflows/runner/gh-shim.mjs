// A stand-in for the GitHub CLI in local workflow runs, which put it on PATH as `gh`. It implements the one form
// vigil-review.yml uses, `gh api <path> --jq <filter>`, as gh does it: a GET of <path> under the API root with
// "Authorization: token $GH_TOKEN" (else $GITHUB_TOKEN), the JSON answer filtered through jq with raw string output,
// and on an HTTP error "gh: <message> (HTTP <status>)" on stderr and exit code 1. Differences from gh: the API root
// is $GITHUB_API_URL (gh uses GH_HOST or github.com), the answer body of an error is not printed, and everything
// else (other commands, flags, --paginate, {owner}/{repo} placeholders) is refused with exit code 2.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const fail = (message, code) => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

if (args.length !== 4 || args[0] !== 'api' || args[2] !== '--jq' || /[{}]/.test(args[1])) {
  fail(`gh (local shim): only "gh api <path> --jq <filter>" is emulated; got: gh ${args.join(' ')}`, 2);
}
const [, path, , filter] = args;
const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
if (!token) {
  fail('gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:\n  env:\n    GH_TOKEN: ${{ github.token }}', 4);
}
const root = process.env.GITHUB_API_URL;
if (!root) fail('gh (local shim): GITHUB_API_URL is not set', 2);

const url = new URL(path.replace(/^\//, ''), root.endsWith('/') ? root : `${root}/`);
let res;
try {
  res = await fetch(url, {
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', 'user-agent': 'GitHub CLI (local shim)' },
    signal: AbortSignal.timeout(10_000),
  });
} catch (err) {
  fail(`error connecting to ${url.host}: ${err.cause?.code ?? err.message}`, 1);
}
const text = await res.text();
if (!res.ok) {
  let message = res.statusText;
  try {
    message = JSON.parse(text).message ?? message;
  } catch {
    // not JSON: keep the status text
  }
  fail(`gh: ${message} (HTTP ${res.status})`, 1);
}
const jq = spawnSync('jq', ['-r', filter], { input: text, encoding: 'utf8' });
if (jq.error) fail(`gh (local shim): cannot run jq: ${jq.error.message}`, 2);
process.stdout.write(jq.stdout);
process.stderr.write(jq.stderr);
process.exit(jq.status ?? 1);
