// Ownership that survives the UI: a monitor whose vigil tags someone removed is not silently created a second time.
// The plan warns on the create, naming the live monitor's Datadog id and the exact `adopt` line; with that line the
// next plan takes it back in place, and no second monitor ever exists. Against the sandbox, through the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { runVigil } from '../support/run-vigil.ts';
import { projectCopy, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const ID = 'kafka-prod-under-replicated';
const NAME = '[prod] kafka: partitions under-replicated';

describe('a monitor stripped of vigil\'s tags in the UI', { timeout: 90_000 }, () => {
  it('is offered for adoption instead of being created twice, and the adopt line takes it back', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const url = s.sandbox.datadogUrl;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    const [monitor] = await s.dd.monitors.listMonitors({ monitorTags: `vigil-id:${ID}` });
    const datadogId = monitor!.id!;
    await s.dd.monitors.updateMonitor({ monitorId: datadogId, body: { tags: ['team:platform', 'service:kafka'] } as v1.MonitorUpdateRequest });

    const plan = await runVigil(['plan'], dir, url);
    expect(plan.code, plan.stderr).toBe(0);
    // The warning is one of the create's lines (others, such as the evidence of what still refers to the monitor, may
    // come between), before the next change.
    const create = plan.stdout.split('\n').findIndex((l) => l === `  + create datadog.monitor ${ID} "${NAME}"`);
    expect(create).toBeGreaterThan(0);
    const lines = plan.stdout.split('\n').slice(create + 1);
    const own = lines.slice(0, lines.findIndex((l) => !l.startsWith('      ')));
    expect(own[0]).toBe('      defined at monitors/platform/kafka.ts:26:32');
    expect(own).toContain(`      warning: Datadog already has monitor ${datadogId} "${NAME}" with this name and without vigil's tags (removed in the UI?). `
      + `Creating this makes a second monitor that notifies too; to take that one back instead, add adopt: { datadogId: ${datadogId} } to the definition.`);
    const json = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(json.changes.find((c: { id: string }) => c.id === ID)).toMatchObject({ action: 'create', adoptable: { datadogId, name: NAME, matchedBy: 'name' } });
    // Only that create carries the warning.
    expect(json.changes.filter((c: { adoptable?: unknown }) => c.adoptable)).toHaveLength(1);
    const markdown = (await runVigil(['plan', '--markdown'], dir, url)).stdout;
    expect(markdown).toContain(`> - \`${ID}\`: Datadog already has monitor ${datadogId}`);
    expect(markdown).toContain(`add \`adopt: { datadogId: ${datadogId} }\` to the definition.`);

    // The line the warning gives, added to the definition: the plan now takes the monitor back in place.
    const kafka = join(dir, 'monitors', 'platform', 'kafka.ts');
    writeFileSync(kafka, readFileSync(kafka, 'utf8').replace(`id: '${ID}',`, `id: '${ID}', adopt: { datadogId: ${datadogId} },`));
    const adopt = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(adopt.summary.create).toBe(0);
    expect(adopt.changes).toMatchObject([{ action: 'update', id: ID, reason: 'adopt', remoteId: datadogId }]);
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    expect((await runVigil(['plan', '--detailed-exitcode'], dir, url)).code).toBe(0);
    const named = [...s.sandbox.datadog.store.monitors.values()].filter((m) => (m as unknown as { name: string }).name === NAME);
    expect(named).toHaveLength(1);
  });

  it('is found by its query and type when it was renamed too', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const url = s.sandbox.datadogUrl;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    const [monitor] = await s.dd.monitors.listMonitors({ monitorTags: `vigil-id:${ID}` });
    await s.dd.monitors.updateMonitor({ monitorId: monitor!.id!, body: { name: `${NAME} (old)`, tags: [] } as v1.MonitorUpdateRequest });
    const json = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(json.changes.find((c: { id: string }) => c.id === ID)).toMatchObject({
      action: 'create', adoptable: { datadogId: monitor!.id, name: `${NAME} (old)`, matchedBy: 'query and type' },
    });
  });

  it('an SLO stripped of its tags is offered too, by name, with its string id quoted', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const url = s.sandbox.datadogUrl;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    const [slo] = (await s.dd.slos.listSLOs({ tagsQuery: 'vigil-id:checkout-availability' })).data!;
    await s.dd.slos.updateSLO({ sloId: slo!.id!, body: { ...slo!, tags: ['team:payments'] } });
    const plan = await runVigil(['plan'], dir, url);
    expect(plan.stdout).toContain(`warning: Datadog already has SLO ${slo!.id} "${slo!.name}" with this name and without vigil's tags (removed in the UI?). `
      + `Creating this makes a second SLO; to take that one back instead, add adopt: { datadogId: '${slo!.id}' } to the definition.`);
    const json = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(json.changes.filter((c: { adoptable?: unknown }) => c.adoptable)).toMatchObject([
      { action: 'create', kind: 'datadog.slo', id: 'checkout-availability', adoptable: { datadogId: slo!.id, matchedBy: 'name' } },
    ]);
    // The line as given, added to the definition: the SLO is taken back in place.
    const file = join(dir, 'monitors', 'payments', 'checkout-slos.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`id: 'checkout-availability',`, `id: 'checkout-availability', adopt: { datadogId: '${slo!.id}' },`));
    const adopt = JSON.parse((await runVigil(['plan', '--json'], dir, url)).stdout);
    expect(adopt.changes.filter((c: { kind: string }) => c.kind === 'datadog.slo')).toMatchObject([{ action: 'update', id: 'checkout-availability', reason: 'adopt', remoteId: slo!.id }]);
  });
});
