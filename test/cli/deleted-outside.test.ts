// A monitor deleted in Datadog by hand (forced past the SLO and composite that use it) is planned as drift, with
// the evidence, not as a plain create: against the sandbox, through the CLI.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { runVigil } from '../support/run-vigil.ts';
import { projectCopy } from '../sync/support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('a monitor deleted outside vigil', { timeout: 90_000 }, () => {
  it('is shown as drift with the objects that still refer to it, and apply restores it', async () => {
    sandbox = await startSandbox({ port: 0 });
    const url = sandbox.datadogUrl;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    const headers = { 'DD-API-KEY': 'api-key', 'DD-APPLICATION-KEY': 'app-key' };
    const [monitor] = (await (await fetch(`${url}/api/v1/monitor?monitor_tags=vigil-id:checkout-prod-error-rate`, { headers })).json()) as Array<{ id: number }>;
    const deleted = await fetch(`${url}/api/v1/monitor/${monitor!.id}?force=true`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(200);

    const plan = await runVigil(['plan'], dir, url);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain([
      '  + create datadog.monitor checkout-prod-error-rate "[prod] checkout: error rate above 5%"',
      '      defined at monitors/payments/checkout.ts:6:21',
      '      reason: deleted outside vigil (drift); the create restores it',
      '      evidence: still referred to by checkout-api-uptime, checkout-prod-down, which are unchanged since vigil last applied them: it existed then',
    ].join('\n'));
    expect(plan.stdout).toContain('Drift: 3 object(s) were edited or deleted outside vigil: checkout-api-uptime, checkout-prod-down, checkout-prod-error-rate.');
    const json = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(json.changes.find((c: { id: string }) => c.id === 'checkout-prod-error-rate')).toMatchObject({
      action: 'create', reason: 'deleted-outside', referencedBy: ['checkout-api-uptime', 'checkout-prod-down'],
    });

    const restore = await runVigil(['apply', '--yes'], dir, url);
    expect(restore.code, restore.stdout + restore.stderr).toBe(0);
    expect((await runVigil(['plan', '--detailed-exitcode'], dir, url)).code).toBe(0);
  });
});
