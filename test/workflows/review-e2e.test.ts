// The reusable review workflow, run end to end on the local runner: called from the documented example caller,
// with the real vigil CLI (installed by the workflow's own "npm ci") against the sandbox, `vigil comment` and the
// apply job's `gh api` calls against the fake GitHub, and the plan artifact passed from the pull-request run to the
// push run. The definitions manage PagerDuty objects too, so both jobs need their PagerDuty token.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import { createDatadogClient, type DatadogClient } from '../../src/providers/datadog/client.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.ts';
import { root } from '../support/cases.ts';
import { runCalledJob, type JobResult, type WorkflowEvent } from './local-runner.ts';
import { monitorsRepo } from './monitors-repo.ts';
import { ArtifactStore } from './runner/artifact-store.ts';

const REPO = 'acme/monitors';
const MARKER = '<!-- vigil-plan -->';
// Distinct keys, so the sandbox tells the read-only ones (pull requests) from the write ones (apply only).
const SECRETS = {
  repository: {
    DD_API_KEY: 'dd-api-key-0123456789abcdef', DD_APP_KEY_READONLY: 'dd-app-key-read-only-0123456789',
    PAGERDUTY_TOKEN_READONLY: 'pd-token-read-only-0123456789',
  },
  // The example caller keeps the write keys in this environment, which only the default branch may deploy to.
  environment: { DD_APP_KEY: 'dd-app-key-write-0123456789abcdef', PAGERDUTY_TOKEN: 'pd-token-write-0123456789' },
};

const sha = (s: string) => createHash('sha1').update(s).digest('hex');

const kafkaMonitor = (id: string, title: string, metric: string) => `
export const ${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())} = metricAlert({
  ...owner,
  id: '${id}',
  name: '[prod] kafka: ${title}',
  runbook: 'https://runbooks.example.com/platform/kafka/${id}',
  query: 'max(last_10m):sum:${metric}{env:prod} > 0',
  message: {
    summary: 'Kafka reports ${title}.',
    impact: 'One more broker failure can lose messages.',
    firstSteps: ['Check broker health and disk'],
    notify: ['@platform-oncall@example.com'],
  },
  options: { onMissingData: 'show_no_data' },
});
`;
const KAFKA = `import { metricAlert } from '@vigil-monitors/vigil';

const owner = { team: 'platform', service: 'kafka', env: 'prod', severity: 'sev3' } as const;
${kafkaMonitor('kafka-prod-under-replicated', 'partitions under-replicated', 'kafka.replication.under_replicated_partitions')}`;
const inventory = (warning: number) => `monitors:
  - id: inventory-prod-sync-lag
    type: query alert
    name: "[prod] inventory: warehouse sync is behind"
    team: fulfillment
    service: inventory
    env: prod
    severity: sev3
    runbook: https://runbooks.example.com/fulfillment/inventory/sync-lag
    query: "max(last_10m):max:inventory.sync.lag_seconds{env:prod} by {warehouse} > 900"
    message:
      summary: Stock levels from a warehouse are more than 15 minutes old.
      impact: Customers can buy items that are out of stock.
      firstSteps:
        - Check the sync worker for the warehouse named in the alert
      notify: ["@fulfillment-oncall@example.com"]
    options:
      thresholds:
        critical: 900
        warning: ${warning}
      onMissingData: show_no_data
`;
const PAGERDUTY = `import { escalationPolicy, pagerdutyService, pagerdutyTeam, user } from '@vigil-monitors/vigil';

export const team = pagerdutyTeam({ id: 'platform-team', name: 'Platform', description: 'Platform engineering team.' });
export const oncall = escalationPolicy({
  id: 'platform-oncall', name: 'Platform on-call', description: 'Pages Platform on-call.',
  rules: [{ delayMinutes: 15, targets: [user('ana.pereira@example.com')] }], loops: 2, teams: ['platform-team'],
});
export const high = pagerdutyService({
  id: 'platform-high', name: 'platform-high', description: 'Platform: pages immediately.', escalationPolicy: 'platform-oncall', urgency: 'high',
});
`;
const V1 = { 'monitors/platform/kafka.ts': KAFKA, 'monitors/fulfillment/inventory.yaml': inventory(600), 'monitors/pagerduty.ts': PAGERDUTY };
const V2 = { ...V1, 'monitors/platform/kafka.ts': KAFKA + kafkaMonitor('kafka-prod-offline-partitions', 'offline partitions', 'kafka.controller.offline_partitions') };
const V3 = { ...V2, 'monitors/platform/kafka.ts': V2['monitors/platform/kafka.ts'].replace("'[prod] kafka: offline partitions'", "'[prod] kafka: partitions offline'") };
const PAGERDUTY_CREATES = [
  'create datadog.pagerduty-service platform-high.datadog-service', 'create pagerduty.escalation-policy platform-oncall',
  'create pagerduty.integration platform-high.datadog-integration', 'create pagerduty.service platform-high', 'create pagerduty.team platform-team',
];

let sandbox: Sandbox;
let gh: FakeGitHub;
let dd: DatadogClient;
const store = new ArtifactStore();
const checkouts: string[] = [];
let nextRunId = 9_000_000_001;

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    datadog: { apiKeys: [SECRETS.repository.DD_API_KEY], appKeys: [SECRETS.environment.DD_APP_KEY], readOnlyAppKeys: [SECRETS.repository.DD_APP_KEY_READONLY] },
    pagerduty: { tokens: [SECRETS.environment.PAGERDUTY_TOKEN], readOnlyTokens: [SECRETS.repository.PAGERDUTY_TOKEN_READONLY] },
  });
  gh = await startFakeGitHub({ repository: REPO, pulls: [], artifacts: () => store.list() });
  dd = createDatadogClient({ VIGIL_DATADOG_URL: sandbox.datadogUrl, DD_API_KEY: SECRETS.repository.DD_API_KEY, DD_APP_KEY: SECRETS.environment.DD_APP_KEY }, { backoffMs: 5 });
});
afterAll(async () => {
  await sandbox?.close();
  await gh?.close();
  for (const c of checkouts) rmSync(dirname(c), { recursive: true, force: true });
});

const repository = { full_name: REPO, name: 'monitors', owner: { login: 'acme' }, default_branch: 'main' };

/** Runs a job of the workflow the example caller calls, for one event, on a fresh runner with a fresh checkout. */
function run(job: 'review' | 'apply', event: WorkflowEvent, at: { sha: string; ref: string }, files: Record<string, string>): Promise<JobResult> {
  const workspace = monitorsRepo(files);
  checkouts.push(workspace);
  return runCalledJob({
    caller: join(root, 'docs', 'examples', 'monitors-repo-workflow.yml'),
    callerJob: 'vigil',
    job,
    // The caller pins a release of vigil; the workflow file run is this checkout's.
    resolveUses: (uses) => {
      const m = /^[\w.-]+\/vigil\/(\.github\/workflows\/[\w.-]+\.yml)@v\d+\.\d+\.\d+$/.exec(uses);
      if (!m) throw new Error(`unexpected uses: ${uses}`);
      return join(root, m[1]!);
    },
    event, ...at, runId: nextRunId++, repository: REPO,
    workspace,
    repositorySecrets: SECRETS.repository,
    environments: { 'datadog-production': SECRETS.environment },
    token: gh.token, apiUrl: gh.url, artifacts: store,
    // The runner machine's own environment in this emulation: where "Datadog" and "PagerDuty" are (the sandbox; a
    // real runner reaches the real APIs without these), and no network for npm (the lockfile needs none).
    runnerEnv: { VIGIL_DATADOG_URL: sandbox.datadogUrl, VIGIL_PAGERDUTY_URL: sandbox.pagerdutyUrl, npm_config_offline: 'true' },
  });
}

/** A push to pull request `number`: GitHub runs it on the test merge commit, refs/pull/N/merge. */
function reviewPush(number: number, head: string, files: Record<string, string>): Promise<JobResult> {
  const pull = gh.pushToPull(number, head);
  const event: WorkflowEvent = {
    name: 'pull_request',
    payload: {
      action: pull.headShas.length === 1 ? 'opened' : 'synchronize', number,
      pull_request: {
        number, state: 'open', merged: false,
        head: { ref: pull.headRef, sha: head, repo: { full_name: REPO } },
        base: { ref: 'main', sha: sha('main'), repo: { full_name: REPO } },
      },
      repository, sender: { login: 'octocat' },
    },
  };
  return run('review', event, { sha: sha(`test merge of ${head}`), ref: `refs/pull/${number}/merge` }, files);
}

/** Merges the pull request and runs the apply job for the push to main that the merge makes. */
function applyMerge(number: number, files: Record<string, string>): Promise<JobResult> {
  const merge = sha(`merge of #${number}`);
  gh.mergePull(number, merge);
  const event: WorkflowEvent = {
    name: 'push',
    payload: { ref: 'refs/heads/main', before: sha('main'), after: merge, head_commit: { id: merge }, repository, pusher: { name: 'octocat' }, sender: { login: 'octocat' } },
  };
  return run('apply', event, { sha: merge, ref: 'refs/heads/main' }, files);
}

const outcomes = (r: JobResult) => Object.fromEntries(r.steps.map((s) => [s.name, s.outcome]));
const comments = (pull: number) => gh.on(pull).filter((c) => c.body.startsWith(MARKER));
const details = (r: JobResult) => r.log.join('\n');
const stepLog = (r: JobResult, name: string) => r.step(name).log.join('\n');
const monitorNames = async () => (await dd.monitors.listMonitors({ monitorTags: 'managed-by:vigil' })).map((m) => m.name).sort();

async function pagerdutyServices(): Promise<string[]> {
  const res = await fetch(`${sandbox.pagerdutyUrl}/services`, {
    headers: { authorization: `Token token=${SECRETS.environment.PAGERDUTY_TOKEN}`, accept: 'application/vnd.pagerduty+json;version=2' },
  });
  return ((await res.json()) as { services: Array<{ name: string }> }).services.map((s) => s.name).sort();
}

function planArtifact(head: string): { runId: number; plan: { version: number; summary: Record<string, number>; changes: Array<{ action: string; kind: string; id: string }> } } {
  const found = store.list().filter((a) => a.name === `vigil-plan-default-${head}`);
  expect(found.map((a) => [...a.files.keys()])).toEqual([['plan.json']]);
  return { runId: found[0]!.runId, plan: JSON.parse(found[0]!.files.get('plan.json')!.toString('utf8')) };
}
const changeList = (plan: { changes: Array<{ action: string; kind: string; id: string }> }) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.id}`).sort();

function expectNoSecretPrinted(r: JobResult): void {
  const text = details(r) + r.summary + JSON.stringify(r.annotations);
  for (const s of [...Object.values(SECRETS.repository), ...Object.values(SECRETS.environment), gh.token]) expect(text).not.toContain(s);
}

// One story on one sandbox and one fake GitHub, in order: pull request #7 is reviewed twice and merged (its plan is
// applied), #8 is broken, #9 is reviewed but someone edits Datadog before the merge, and a manual run recovers.
describe('vigil-review.yml run end to end on the local runner', { timeout: 120_000 }, () => {
  const headA = sha('pr 7 first push');
  const headB = sha('pr 7 second push');

  it('reviews a pull request: validates, plans with read-only keys, one plan comment, the plan in the summary and as the artifact apply looks for', async () => {
    const r = await reviewPush(7, headA, V1);
    expect(r.result, details(r)).toBe('success');
    expect(outcomes(r)).toEqual({
      'Run actions/checkout@v4': 'success', 'Run actions/setup-node@v4': 'success', 'Install vigil': 'success',
      Validate: 'success', 'Test routing': 'success', 'Plan with the read-only key': 'success', 'Explain a missing plan': 'skipped',
      'Add failed routing cases to the comment': 'skipped', 'Show the plan in the run summary': 'success', 'Comment on the pull request': 'success',
      'Upload the reviewed plan': 'success', 'Fail when validation or the plan failed': 'skipped',
    });
    expect(r.annotations).toEqual([]);
    expect(r.concurrency).toBe(`vigil-review-${REPO}--7`);
    // No environment on pull requests: the write keys are out of reach.
    expect(r.environment).toBe('');
    expect(r.secrets).toEqual(['DD_API_KEY', 'DD_APP_KEY_READONLY', 'GITHUB_TOKEN', 'PAGERDUTY_TOKEN_READONLY']);

    // The summary is the markdown plan; the comment is that same text under vigil's marker.
    expect(r.summary).toMatch(/^## vigil plan\n/);
    expect(r.summary).toContain('| 7 | 0 | 0 | 0 |');
    for (const id of ['kafka-prod-under-replicated', 'inventory-prod-sync-lag', 'platform-high']) expect(r.summary).toContain(`create <code>${id}</code>`);
    expect(comments(7).map((c) => c.body)).toEqual([`${MARKER}\n<!-- vigil-plan-part 1/1 -->\n${r.summary.trimEnd()}\n`]);

    const { plan } = planArtifact(headA);
    expect(plan.version).toBe(1);
    expect(changeList(plan)).toEqual([
      'create datadog.monitor inventory-prod-sync-lag', 'create datadog.monitor kafka-prod-under-replicated', ...PAGERDUTY_CREATES,
    ].sort());
    // A review changes nothing, and no key reaches the log, the summary or the annotations.
    expect(await monitorNames()).toEqual([]);
    expect(await pagerdutyServices()).toEqual([]);
    expectNoSecretPrinted(r);
  });

  it('a second push to the pull request updates the same comment and uploads the plan of the new head', async () => {
    const first = comments(7)[0]!;
    const r = await reviewPush(7, headB, V2);
    expect(r.result, details(r)).toBe('success');
    expect(comments(7)).toHaveLength(1);
    expect(comments(7)[0]!.id).toBe(first.id);
    expect(comments(7)[0]!.body).toContain('create <code>kafka-prod-offline-partitions</code>');
    expect(comments(7)[0]!.body).toContain('| 8 | 0 | 0 | 0 |');
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(planArtifact(headB).plan.changes).toHaveLength(8);
  });

  it('runs only the job for the event: no apply on a pull request, no review on a push', async () => {
    const pr: WorkflowEvent = { name: 'pull_request', payload: { number: 7, pull_request: { number: 7, head: { sha: headB, ref: 'feature-7', repo: { full_name: REPO } } }, repository } };
    expect((await run('apply', pr, { sha: sha('x'), ref: 'refs/pull/7/merge' }, V2)).result).toBe('skipped');
    const push: WorkflowEvent = { name: 'push', payload: { ref: 'refs/heads/main', repository } };
    expect((await run('review', push, { sha: sha('y'), ref: 'refs/heads/main' }, V2)).result).toBe('skipped');
  });

  it('on merge, the apply job finds the plan of the last reviewed commit through gh, applies exactly it, and the check passes', async () => {
    const reviewedRun = planArtifact(headB).runId;
    const before = gh.requests.length;
    const r = await applyMerge(7, V2);
    expect(r.result, details(r)).toBe('success');
    expect(outcomes(r)).toEqual({
      'Run actions/checkout@v4': 'success', 'Run actions/setup-node@v4': 'success', 'Install vigil': 'success',
      'Find the reviewed plan': 'success', 'Download the reviewed plan': 'success', Apply: 'success',
      'Check that Datadog now matches the branch': 'success', 'Say how to recover': 'skipped',
    });
    expect(r.environment).toBe('datadog-production');
    expect(r.secrets).toEqual(['DD_API_KEY', 'DD_APP_KEY', 'DD_APP_KEY_READONLY', 'GITHUB_TOKEN', 'PAGERDUTY_TOKEN', 'PAGERDUTY_TOKEN_READONLY']);
    expect(r.concurrency).toBe(`vigil-apply-${REPO}-`);
    expect(r.step('Find the reviewed plan').outputs).toEqual({ name: `vigil-plan-default-${headB}`, 'run-id': String(reviewedRun) });
    expect(gh.requests.slice(before).map((q) => `${q.method} ${q.path} ${q.authorization}`)).toEqual([
      `GET /repos/${REPO}/commits/${sha('merge of #7')}/pulls token ${gh.token}`,
      `GET /repos/${REPO}/actions/artifacts?name=vigil-plan-default-${headB}&per_page=10 token ${gh.token}`,
    ]);
    expect(stepLog(r, 'Apply')).toContain('Apply: 8 created, 0 updated, 0 deleted.');
    expect(stepLog(r, 'Check that Datadog now matches the branch')).toContain('No changes.');
    expect(await monitorNames()).toEqual(['[prod] inventory: warehouse sync is behind', '[prod] kafka: offline partitions', '[prod] kafka: partitions under-replicated']);
    expect(await pagerdutyServices()).toEqual(['platform-high']);
    expect(r.annotations).toEqual([]);
    expect(r.summary).toBe('');
    expectNoSecretPrinted(r);
  });

  it('a broken definition: an annotation on its line, no plan step, a comment saying there is no plan, a failed job', async () => {
    const broken = { ...V2, 'monitors/fulfillment/inventory.yaml': inventory(1200) };
    const line = broken['monitors/fulfillment/inventory.yaml'].split('\n').indexOf('        warning: 1200') + 1;
    const r = await reviewPush(8, sha('pr 8'), broken);
    expect(r.result).toBe('failure');
    expect(outcomes(r)).toMatchObject({
      Validate: 'failure', 'Plan with the read-only key': 'skipped', 'Explain a missing plan': 'success',
      'Show the plan in the run summary': 'success', 'Comment on the pull request': 'success',
      'Upload the reviewed plan': 'skipped', 'Fail when validation or the plan failed': 'failure',
    });
    // continue-on-error: the step failed, the job went on.
    expect(r.step('Validate').conclusion).toBe('success');
    const [annotation, ...others] = r.annotations;
    expect(annotation).toMatchObject({ level: 'error', step: 'Validate', file: 'monitors/fulfillment/inventory.yaml', line, title: 'vigil threshold-order (inventory-prod-sync-lag)' });
    expect(annotation!.message).toContain('"thresholds.warning" must be below "thresholds.critical"');
    expect(others.map((a) => `${a.level} ${a.step}: ${a.message}`)).toEqual([
      'error Validate: Process completed with exit code 1.',
      'error Fail when validation or the plan failed: No plan: see the Validate and Plan steps above.',
      'error Fail when validation or the plan failed: Process completed with exit code 1.',
    ]);
    const runUrl = `https://github.com/${REPO}/actions/runs/${nextRunId - 1}`;
    const noPlan = `## vigil plan\n\n**No plan:** the definitions have errors. They are annotated on the changed lines; "npx vigil validate" lists them. Details are in the [workflow run](${runUrl}).\n`
      // Every finding, as validate wrote them for the comment (one here, so none left out of the annotations).
      + `\n### Findings (1)\n\n| where | severity | rule | id | message |\n|---|---|---|---|---|\n`
      + `| \`monitors/fulfillment/inventory.yaml:${line}:9\` | error | \`threshold-order\` | \`inventory-prod-sync-lag\` | "thresholds.warning" must be below "thresholds.critical" for comparator ">" (got 1200 ≥ 900) — a warning fires before the alert: swap them, or move the warning below 900 |\n`;
    expect(r.summary).toBe(noPlan);
    expect(comments(8).map((c) => c.body)).toEqual([`${MARKER}\n<!-- vigil-plan-part 1/1 -->\n${noPlan}`]);
    expect(store.list().filter((a) => a.name === `vigil-plan-default-${sha('pr 8')}`)).toEqual([]);
  });

  it('a plan that went stale before the merge is refused, nothing is applied, and the summary says how to recover', async () => {
    const review = await reviewPush(9, sha('pr 9'), V3);
    expect(review.result, details(review)).toBe('success');
    expect(planArtifact(sha('pr 9')).plan.summary).toMatchObject({ create: 0, update: 1, delete: 0 });
    // Someone edits a managed monitor in the Datadog UI after the review.
    const [victim] = await dd.monitors.listMonitors({ monitorTags: 'vigil-id:kafka-prod-under-replicated' });
    await dd.monitors.updateMonitor({ monitorId: victim!.id!, body: { name: 'edited in the UI' } as v1.MonitorUpdateRequest });

    const r = await applyMerge(9, V3);
    expect(r.result).toBe('failure');
    expect(outcomes(r)).toMatchObject({
      'Find the reviewed plan': 'success', 'Download the reviewed plan': 'success', Apply: 'failure',
      'Check that Datadog now matches the branch': 'skipped', 'Say how to recover': 'success',
    });
    expect(stepLog(r, 'Apply')).toContain(`vigil apply: the saved plan is stale; Datadog or PagerDuty changed since it was made:\n  remote object ${victim!.id} changed`);
    expect(r.annotations.map((a) => `${a.level} ${a.step}: ${a.message}`)).toContainEqual(expect.stringMatching(/^error Apply: vigil apply refused or failed \(exit 1\)/));
    expect(r.summary).toMatch(/^### vigil apply did not finish\n\nIf the reviewed plan was refused as stale, /);
    expect(r.summary).toContain('Run this workflow from the Actions tab ("Run workflow" on the default branch) to plan and apply afresh');
    expect(await monitorNames()).toEqual(['[prod] inventory: warehouse sync is behind', '[prod] kafka: offline partitions', 'edited in the UI']);
  });

  it('"Run workflow" on the default branch, as that summary advises, plans afresh and applies', async () => {
    const event: WorkflowEvent = { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {}, repository, sender: { login: 'octocat' } } };
    const r = await run('apply', event, { sha: sha('merge of #9'), ref: 'refs/heads/main' }, V3);
    expect(r.result, details(r)).toBe('success');
    expect(outcomes(r)).toMatchObject({
      'Find the reviewed plan': 'skipped', 'Download the reviewed plan': 'skipped', Apply: 'success',
      'Check that Datadog now matches the branch': 'success', 'Say how to recover': 'skipped',
    });
    expect(stepLog(r, 'Apply')).toContain('Apply: 0 created, 2 updated, 0 deleted.');
    expect(await monitorNames()).toEqual(['[prod] inventory: warehouse sync is behind', '[prod] kafka: partitions offline', '[prod] kafka: partitions under-replicated']);
  });

  it('a direct push to main applies nothing nobody reviewed: it fails when it would change something, passes otherwise', async () => {
    const push = (after: string): WorkflowEvent => ({
      name: 'push',
      payload: { ref: 'refs/heads/main', before: sha('merge of #9'), after, head_commit: { id: after }, repository, pusher: { name: 'octocat' }, sender: { login: 'octocat' } },
    });
    const V4 = { ...V3, 'monitors/platform/kafka.ts': V3['monitors/platform/kafka.ts'].replace("'[prod] kafka: partitions offline'", "'[prod] kafka: offline (pushed)'") };
    const changed = await run('apply', push(sha('direct push')), { sha: sha('direct push'), ref: 'refs/heads/main' }, V4);
    expect(changed.result).toBe('failure');
    expect(outcomes(changed)).toMatchObject({ 'Find the reviewed plan': 'success', 'Download the reviewed plan': 'skipped', Apply: 'failure' });
    expect(stepLog(changed, 'Apply')).toContain('Plan: 0 to create, 1 to update, 0 to delete');
    expect(changed.annotations.map((a) => a.message)).toContainEqual(expect.stringContaining('no reviewed plan was found for it, so nothing was applied'));
    expect(await monitorNames()).toContain('[prod] kafka: partitions offline');
    // A push that changes no definition (a README edit, say) passes without applying anything.
    const unchanged = await run('apply', push(sha('readme push')), { sha: sha('readme push'), ref: 'refs/heads/main' }, V3);
    expect(unchanged.result, details(unchanged)).toBe('success');
    expect(outcomes(unchanged)).toMatchObject({ Apply: 'success', 'Check that Datadog now matches the branch': 'success' });
  });

  it('a plan vigil refuses: the comment carries vigil\'s reasons, not a guess about keys or outages', async () => {
    // PagerDuty has a service named "ledger" that vigil does not own; the pull request defines one of that name.
    const pdApi = (path: string, init: RequestInit = {}) => fetch(`${sandbox.pagerdutyUrl}${path}`, {
      ...init,
      headers: { authorization: `Token token=${SECRETS.environment.PAGERDUTY_TOKEN}`, accept: 'application/vnd.pagerduty+json;version=2', 'content-type': 'application/json' },
    });
    const policies = (await (await pdApi('/escalation_policies')).json()) as { escalation_policies: Array<{ id: string }> };
    const created = await pdApi('/services', { method: 'POST', body: JSON.stringify({ service: { name: 'ledger', escalation_policy: { id: policies.escalation_policies[0]!.id, type: 'escalation_policy_reference' } } }) });
    const ledger = ((await created.json()) as { service: { id: string } }).service.id;
    const files = { ...V3, 'monitors/ledger.ts': "import { pagerdutyService } from '@vigil-monitors/vigil';\nexport const ledger = pagerdutyService({ id: 'ledger', name: 'ledger', escalationPolicy: 'platform-oncall' });\n" };
    const r = await reviewPush(10, sha('pr 10'), files);
    expect(r.result).toBe('failure');
    expect(outcomes(r)).toMatchObject({ Validate: 'success', 'Plan with the read-only key': 'failure', 'Explain a missing plan': 'success' });
    const [comment] = comments(10);
    expect(comment!.body).toContain('**No plan:** vigil refused to plan these definitions against what is live, for the reasons below.');
    expect(comment!.body).toMatch(new RegExp(`\`\`\`text\\n[^\\n]*monitors/[^ ]+ error plan-adopt ledger: PagerDuty already has a service named "ledger" \\(${ledger}\\), which vigil does not own`));
    expect(comment!.body).toContain("add adopt: { pagerdutyId: '" + ledger + "' }");
    // The reasons are in the log too.
    expect(stepLog(r, 'Plan with the read-only key')).toContain('error plan-adopt ledger:');
    expectNoSecretPrinted(r);
  });
});
