// The `uses:` actions the local runner emulates, and nothing else: checkout and setup-node do nothing (the test
// prepares the checkout and runs on the Node.js it has, after checking the requested version matches), and
// upload-artifact / download-artifact v4 move files through the ArtifactStore with those actions' documented
// inputs and failure messages. Any other action, version or unsupported input form throws: a run that cannot be
// emulated faithfully must not pass quietly.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ArtifactStore } from './artifact-store.ts';

export interface ActionContext {
  /** `with:` values, already evaluated. */
  inputs: Record<string, string>;
  workspace: string;
  home: string;
  runId: number;
  repository: string;
  serverUrl: string;
  token: string;
  sha: string;
  refName: string;
  /** The commit and branch of the run (for a pull request: its head), recorded with uploaded artifacts. */
  runHead: { sha: string; branch: string };
  store: ArtifactStore;
  /** A line of the step's log; workflow commands in it (`::warning::…`) become annotations. */
  log(line: string): void;
}

export interface ActionResult {
  ok: boolean;
  outputs: Record<string, string>;
}

type Action = (ctx: ActionContext) => ActionResult;

interface ActionSpec {
  inputs: readonly string[];
  run: Action;
}

const ACTIONS: Record<string, ActionSpec> = {
  'actions/checkout@v4': {
    inputs: ['repository', 'ref', 'token', 'ssh-key', 'ssh-known-hosts', 'ssh-strict', 'ssh-user', 'persist-credentials', 'path',
      'clean', 'filter', 'sparse-checkout', 'sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs',
      'submodules', 'set-safe-directory', 'github-server-url'],
    run: checkout,
  },
  'actions/setup-node@v4': {
    inputs: ['always-auth', 'node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'scope', 'token',
      'cache', 'cache-dependency-path', 'mirror', 'mirror-token'],
    run: setupNode,
  },
  'actions/upload-artifact@v4': {
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
    run: uploadArtifact,
  },
  'actions/download-artifact@v4': {
    inputs: ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
    run: downloadArtifact,
  },
};

export function runAction(uses: string, ctx: ActionContext): ActionResult {
  const spec = ACTIONS[uses];
  if (!spec) throw new Error(`the local runner does not emulate "uses: ${uses}" (only ${Object.keys(ACTIONS).join(', ')})`);
  const unexpected = Object.keys(ctx.inputs).filter((k) => !spec.inputs.includes(k));
  if (unexpected.length > 0) {
    // What the runner prints for an input the action does not declare; the step still runs.
    ctx.log(`::warning::Unexpected input(s) ${unexpected.map((k) => `'${k}'`).join(', ')}, valid inputs are [${spec.inputs.map((k) => `'${k}'`).join(', ')}]`);
  }
  return spec.run(ctx);
}

function checkout(ctx: ActionContext): ActionResult {
  if (ctx.inputs['repository'] && ctx.inputs['repository'] !== ctx.repository) throw new Error('checkout of another repository is not emulated');
  if (ctx.inputs['path']) throw new Error('checkout "path" is not emulated');
  if (!existsSync(ctx.workspace)) throw new Error(`the test did not prepare the checkout at ${ctx.workspace}`);
  return { ok: true, outputs: { ref: ctx.refName, commit: ctx.sha } };
}

function setupNode(ctx: ActionContext): ActionResult {
  const wanted = ctx.inputs['node-version'] ?? '';
  if (ctx.inputs['node-version-file'] || ctx.inputs['cache'] || ctx.inputs['registry-url']) {
    throw new Error('setup-node node-version-file, cache and registry-url are not emulated');
  }
  const m = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(wanted);
  if (!m) throw new Error(`setup-node "node-version: ${wanted}" is not emulated (give a version number)`);
  const have = process.versions.node.split('.');
  const matches = m.slice(1).every((part, i) => part === undefined || part === 'x' || part === have[i]);
  if (!matches) throw new Error(`the workflow asks for Node.js ${wanted}; this test runs on ${process.versions.node}`);
  ctx.log(`Found in cache @ ${process.versions.node} (the local runner uses the Node.js running the tests)`);
  return { ok: true, outputs: { 'node-version': `v${process.versions.node}` } };
}

/** Characters upload-artifact v4 refuses in a name. */
const BAD_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

function uploadArtifact(ctx: ActionContext): ActionResult {
  const name = ctx.inputs['name'] || 'artifact';
  const bad = BAD_NAME_CHARS.filter((c) => name.includes(c));
  if (bad.length > 0) {
    ctx.log(`::error::The artifact name is not valid: ${name}. Contains the following character: ${bad.map((c) => JSON.stringify(c)).join(', ')}`);
    return { ok: false, outputs: {} };
  }
  const lines = (ctx.inputs['path'] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new Error('upload-artifact needs "path"');
  if (lines.some((l) => /[*?[\]!]/.test(l))) throw new Error(`upload-artifact globs and exclusions are not emulated: ${lines.join(', ')}`);
  const hidden = ctx.inputs['include-hidden-files'] === 'true';
  const paths = lines.map((l) => resolve(ctx.workspace, l.replace(/^~(?=\/|$)/, ctx.home)));
  const files = paths.flatMap((p) => filesUnder(p, hidden));
  const mode = ctx.inputs['if-no-files-found'] || 'warn';
  if (!['warn', 'error', 'ignore'].includes(mode)) throw new Error(`if-no-files-found: ${mode} is not one of warn, error, ignore`);
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${lines.join('\n')}. No artifacts will be uploaded.`;
    if (mode === 'error') {
      ctx.log(`::error::${message}`);
      return { ok: false, outputs: {} };
    }
    ctx.log(mode === 'warn' ? `::warning::${message}` : message);
    return { ok: true, outputs: {} };
  }
  // The artifact's root: the folder of a single file, a single folder itself, or the deepest folder above all paths.
  const root = paths.length === 1
    ? (statSync(paths[0]!).isDirectory() ? paths[0]! : dirname(paths[0]!))
    : commonAncestor(paths.map((p) => (statSync(p).isDirectory() ? p : dirname(p))));
  const content = new Map(files.map((f) => [relative(root, f).split(sep).join('/'), readFileSync(f)]));
  const days = Number(ctx.inputs['retention-days'] || 90);
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new Error(`retention-days must be 1 to 90 (got ${ctx.inputs['retention-days']})`);
  let artifact;
  try {
    artifact = ctx.store.upload({
      runId: ctx.runId, name, files: content, retentionDays: days, headBranch: ctx.runHead.branch, headSha: ctx.runHead.sha,
      overwrite: ctx.inputs['overwrite'] === 'true',
    });
  } catch (err) {
    ctx.log(`::error::${(err as Error).message}`);
    return { ok: false, outputs: {} };
  }
  ctx.log(`Artifact ${name} has been successfully uploaded! Final size is ${artifact.sizeInBytes} bytes. Artifact ID is ${artifact.id}`);
  return {
    ok: true,
    outputs: {
      'artifact-id': String(artifact.id),
      'artifact-url': `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/artifacts/${artifact.id}`,
      'artifact-digest': artifact.digest!.replace(/^sha256:/, ''),
    },
  };
}

function downloadArtifact(ctx: ActionContext): ActionResult {
  if (ctx.inputs['pattern'] || ctx.inputs['merge-multiple'] === 'true') throw new Error('download-artifact pattern and merge-multiple are not emulated');
  const token = ctx.inputs['github-token'];
  // v4 reads another run (or repository) only with a token; without one, run-id is ignored and the current run is used.
  const runId = token ? Number(ctx.inputs['run-id'] || ctx.runId) : ctx.runId;
  if (token) {
    if ((ctx.inputs['repository'] || ctx.repository) !== ctx.repository) throw new Error('download-artifact from another repository is not emulated');
    if (token !== ctx.token) {
      ctx.log('::error::Unable to download artifact(s): Bad credentials');
      return { ok: false, outputs: {} };
    }
    if (!Number.isInteger(runId) || runId < 1) throw new Error(`download-artifact run-id "${ctx.inputs['run-id']}" is not a run id`);
  }
  const target = resolve(ctx.workspace, (ctx.inputs['path'] || '.').replace(/^~(?=\/|$)/, ctx.home));
  const name = ctx.inputs['name'];
  const wanted = name ? [ctx.store.find(runId, name)] : ctx.store.ofRun(runId);
  if (name && !wanted[0]) {
    ctx.log(`::error::Unable to download artifact(s): Artifact not found for name: ${name}`);
    return { ok: false, outputs: {} };
  }
  for (const artifact of wanted) {
    // With a name the files land in `path` itself; without one, each artifact gets a folder named after it.
    const into = name ? target : join(target, artifact!.name);
    for (const [path, content] of artifact!.files) {
      const file = join(into, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    ctx.log(`Artifact download completed successfully: ${artifact!.name} (${artifact!.files.size} files) to ${into}`);
  }
  return { ok: true, outputs: { 'download-path': target } };
}

function filesUnder(path: string, hidden: boolean): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => hidden || !e.name.startsWith('.'))
    .flatMap((e) => filesUnder(join(path, e.name), hidden));
}

function commonAncestor(dirs: string[]): string {
  const split = dirs.map((d) => d.split(sep));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  const joined = first.slice(0, n).join(sep);
  return isAbsolute(joined) ? joined : sep;
}
