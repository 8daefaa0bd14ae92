import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/server.ts';
import type { Plan } from '../../src/plan/types.ts';
import { runVigil } from '../support/run-vigil.ts';
import { projectCopy, sandboxWithClient } from '../sync/support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Every `.ts` file under `dir`, renamed to `.js` (as a careless rename or a build into the wrong folder would). */
function renameTypeScript(dir: string): string[] {
  const renamed: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const from = join(entry.parentPath, entry.name);
    renameSync(from, from.replace(/\.ts$/, '.js'));
    renamed.push(from);
  }
  return renamed;
}

describe('a plan made while definition files were skipped', { timeout: 90_000 }, () => {
  it('withholds the deletes past the delete guard and says which files were skipped and why', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    // Only the YAML files still load: most of what vigil owns would be deleted.
    const renamed = renameTypeScript(join(dir, 'monitors'));
    expect(renamed.length).toBeGreaterThan(0);

    const p = await runVigil(['plan', '--json'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(0);
    const plan = JSON.parse(p.stdout) as Plan;
    expect(plan.summary.delete).toBe(0);
    expect(plan.changes.filter((c) => c.action === 'delete')).toEqual([]);
    expect(plan.deletesWithheld).toMatch(new RegExp(`^${renamed.length} definition files were skipped \\(monitors/discovery/search\\.js, .*\\) and the plan would delete \\d+ of \\d+ owned objects \\(\\d+%\\), more than the delete guard allows \\(50%\\)`));
    expect(plan.skippedFiles?.map((f) => f.file).sort()).toEqual(renamed.map((f) => f.slice(dir.length + 1).replace(/\.ts$/, '.js')).sort());
    expect(plan.skippedFiles?.[0]?.reason).toContain('vigil loads only TypeScript (.ts) and YAML');
    // Each skipped file is also named in a warning at its path.
    expect(p.stderr).toContain('monitors/routing.js:1:1 warning load-skipped -: "monitors/routing.js" is not loaded');

    // The guard is apply's --max-delete-percent: raised past the share, the deletes are planned (and need --allow-deletes).
    const raised = await runVigil(['apply', '--max-delete-percent', '100'], dir, s.sandbox.datadogUrl);
    expect(raised.code).toBe(1);
    expect(raised.stderr).toContain('the plan has deletes; pass --allow-deletes');
  });

  it('when nothing loads at all, says so and why, and deletes nothing', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    const renamed = renameTypeScript(join(dir, 'monitors'));
    for (const entry of readdirSync(join(dir, 'monitors'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.yaml')) renameSync(join(entry.parentPath, entry.name), join(entry.parentPath, `${entry.name}~`));
    }
    const p = await runVigil(['plan', '--json'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(0);
    const plan = JSON.parse(p.stdout) as Plan;
    expect(plan.summary.delete).toBe(0);
    const skipped = plan.skippedFiles?.length ?? 0;
    expect(skipped).toBeGreaterThan(renamed.length);
    expect(plan.deletesWithheld).toBe(`no definitions were loaded (${skipped} files in the definitions directory were skipped: see the load-skipped warnings), so vigil will not plan to delete everything it owns`);
  });

  it('plans a small delete as usual, and still lists the skipped file', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    renameSync(join(dir, 'monitors', 'platform', 'kafka.ts'), join(dir, 'monitors', 'platform', 'kafka.ts~'));
    const p = await runVigil(['plan', '--json'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(0);
    const plan = JSON.parse(p.stdout) as Plan;
    expect(plan.deletesWithheld).toBeUndefined();
    expect(plan.summary.delete).toBeGreaterThan(0);
    expect(plan.skippedFiles).toEqual([{ file: 'monitors/platform/kafka.ts~', reason: 'is not loaded: it looks like a backup or editor copy of kafka.ts' }]);
  });
});
