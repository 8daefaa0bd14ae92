import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';
import { loadDefinitions } from '../../src/load/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { root } from '../support/cases.ts';


describe('loader', () => {
  it('records the file:line:col of each builder call, through kits and shared modules', async () => {
    const dir = tempProject({
      'monitors/lib/kit.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        'export function kit(name: string) {',
        '  return [',
        `    metricAlert({ id: \`\${name}-a\`, name, message: 'm', query: 'avg(last_5m):avg:a{*} > 1' }),`,
        '  ];',
        '}',
      ].join('\n'),
      'monitors/one.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        "import { kit } from './lib/kit.ts';",
        '',
        'export const k = kit("one");',
        '  export const own = metricAlert({',
        "    id: 'own', name: 'own', message: 'm', query: 'avg(last_5m):avg:a{*} > 1',",
        '  });',
      ].join('\n'),
    });
    const { definitions, diagnostics } = await loadDefinitions({ projectDir: dir });
    expect(diagnostics).toEqual([]);
    const byId = Object.fromEntries(definitions.map((d) => [d.id, d.source]));
    expect(byId).toEqual({
      'one-a': { file: 'monitors/one.ts', line: 4, col: 18 },
      own: { file: 'monitors/one.ts', line: 5, col: 22 },
    });
  });

  it('counts a definition exported from two files once (shared chunk, same object)', async () => {
    const dir = tempProject({
      'monitors/a.ts': "import { metricAlert } from '@vigil-monitors/vigil';\nexport const a = metricAlert({ id: 'a', name: 'a', message: 'm', query: 'avg(last_5m):avg:a{*} > 1' });\n",
      'monitors/b.ts': "import { a } from './a.ts';\nimport { compositeMonitor } from '@vigil-monitors/vigil';\nexport const both = [a, compositeMonitor({ id: 'b', name: 'b', message: 'm', when: `\\${a}` })];\n",
    });
    const result = await runPipeline({ projectDir: dir });
    expect(result.definitions.map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(result.diagnostics.filter((d) => d.code === 'duplicate-id')).toEqual([]);
  });

  it('points schema errors in YAML at the offending field line', async () => {
    const dir = tempProject({
      'monitors/x.yml': 'monitors:\n  - id: x\n    type: query alert\n    name: x\n    query: "avg(last_5m):avg:a{*} > 1"\n    message: { summary: s }\n    options:\n      timeoutH: 99\n',
    });
    const result = await runPipeline({ projectDir: dir });
    expect(result.diagnostics.map((d) => [d.code, d.location])).toEqual([
      ['schema', { file: 'monitors/x.yml', line: 8, col: 7 }],
    ]);
  });

  it('keeps loading other files when one fails, and reports the failed file', async () => {
    const dir = tempProject({
      'monitors/bad.ts': 'export const x = ;\n',
      'monitors/good.yaml': 'monitors:\n  - id: g\n    type: query alert\n    name: g\n    query: "avg(last_5m):avg:a{*} > 1"\n    message: { summary: s }\n',
    });
    const result = await runPipeline({ projectDir: dir });
    expect(result.definitions.map((d) => d.id)).toEqual(['g']);
    expect(result.failedFiles).toEqual(['monitors/bad.ts']);
    expect(result.diagnostics[0]).toMatchObject({ code: 'load-syntax', location: { file: 'monitors/bad.ts', line: 1, col: 18 } });
  });

  it('fails the files that import a broken one, directly or through another, and loads the rest', async () => {
    const monitor = (id: string) => `metricAlert({ id: '${id}', name: '${id}', message: 'm', query: 'avg(last_5m):avg:a{*} > 1' })`;
    const dir = tempProject({
      'monitors/lib/broken-kit.ts': 'export function kit( {\n',
      'monitors/lib/wrapper.ts': "export { kit } from './broken-kit.ts';\n",
      'monitors/direct.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nimport { kit } from './lib/broken-kit.ts';\nexport const d = ${monitor('direct')};\nexport const k = kit;\n`,
      'monitors/indirect.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nimport { kit } from './lib/wrapper.ts';\nexport const i = ${monitor('indirect')};\nexport const k = kit;\n`,
      // An import used only as a type is dropped, as TypeScript does: this file does not need the broken one.
      'monitors/typed.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nimport { kit } from './lib/broken-kit.ts';\nexport const t = ${monitor('typed')};\n`,
      'monitors/fine.ts': `import { metricAlert } from '@vigil-monitors/vigil';\nexport const f = ${monitor('fine')};\n`,
    });
    const result = await loadDefinitions({ projectDir: dir });
    expect(result.definitions.map((d) => d.id).sort()).toEqual(['fine', 'typed']);
    expect([...result.failedFiles].sort()).toEqual(['monitors/direct.ts', 'monitors/indirect.ts', 'monitors/lib/broken-kit.ts', 'monitors/lib/wrapper.ts']);
    expect(result.diagnostics.map((d) => [d.code, d.location?.file])).toEqual([['load-syntax', 'monitors/lib/broken-kit.ts']]);
  });

  it('locates every TypeScript definition of the example organisation at the builder call that made it', async () => {
    const result = await loadDefinitions({ projectDir: root });
    const located = result.definitions.filter((d) => d.source?.file.endsWith('.ts'));
    // Every definition not read from YAML is located in a TypeScript file.
    expect(located).toEqual(result.definitions.filter((d) => !d.source?.file.endsWith('.yaml')));
    expect(located.length).toBeGreaterThan(0);
    for (const def of located) {
      const { file, line, col } = def.source!;
      const text = readFileSync(join(root, file), 'utf8').split('\n')[line - 1]!.slice(col - 1);
      // Every builder in use (metric, change, anomaly, forecast, outlier, composite, SLO, routing, PagerDuty…) keeps
      // few enough frames of its own that the user's call is among those captured.
      expect([def.id, text]).toEqual([def.id, expect.stringMatching(/^[A-Za-z]+\(/)]);
    }
  });

  it('loads the example organisation in monitors/ without errors', async () => {
    const result = await runPipeline({ projectDir: root, compile: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const monitors = result.compiled!.datadog.monitors;
    const monitorDefs = result.definitions.filter((d) => d.kind === 'monitor');
    // One payload per monitor definition, written or derived, of the definition's type.
    expect(monitors.map((m) => [m.id, m.payload.type]).sort()).toEqual(monitorDefs.map((d) => [d.id, d.type]).sort());
    const severities = new Set(monitorDefs.map((d) => d.severity));
    expect([...severities].sort()).toEqual(['sev1', 'sev2', 'sev3', 'sev4', 'sev5']);
    expect(new Set(monitorDefs.map((d) => d.env))).toEqual(new Set(['prod', 'staging']));
    // One SLO of each type, TypeScript and YAML, and the alerts derived from them, located at their SLO.
    const slos = result.compiled!.datadog.slos;
    expect(slos.map((s) => [s.id, s.payload.type])).toEqual([
      ['checkout-api-uptime', 'monitor'], ['checkout-availability', 'metric'], ['inventory-sync-freshness', 'time_slice'],
    ]);
    const derived = result.definitions.slice(result.definitions.length - result.derived);
    expect(derived.length).toBeGreaterThan(0);
    // Each is named after its SLO and comes from that SLO's file.
    for (const d of derived) {
      const slo = result.definitions.find((s) => s.kind === 'slo' && d.id.startsWith(`${s.id}.`));
      expect([d.id, slo?.kind, d.source?.file]).toEqual([d.id, 'slo', slo?.source?.file]);
    }
    const burn = result.definitions.find((d) => d.id === 'checkout-availability.burn-1h');
    // At the SLO's `alerts` field, as in YAML: the line the derived alerts come from.
    expect(burn?.source).toEqual({ file: 'monitors/payments/checkout-slos.ts', line: 17, col: 3 });
    const budget = result.definitions.find((d) => d.id === 'inventory-sync-freshness.budget-50');
    expect(budget?.source).toMatchObject({ file: 'monitors/fulfillment/inventory-slos.yaml', line: 26 });
  });
});
