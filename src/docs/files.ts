// Writes the catalog folder, or checks it is current (`--check`, for CI). Only files vigil generated are ever
// removed: a page for a team that no longer exists goes, a hand-written file in the same folder stays.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogFile } from './catalog.ts';
import { GENERATED } from './team-page.ts';

export interface SyncResult {
  /** Files whose content changed (written, or out of date with `check`). */
  changed: string[];
  /** Generated files no team needs any more (removed, or to remove with `check`). */
  stale: string[];
  unchanged: string[];
}

export async function syncCatalog(outDir: string, files: readonly CatalogFile[], options: { check?: boolean } = {}): Promise<SyncResult> {
  const existing = new Map<string, string>();
  for (const name of await listMarkdown(outDir)) existing.set(name, await readFile(join(outDir, name), 'utf8'));
  const result: SyncResult = { changed: [], stale: [], unchanged: [] };
  const wanted = new Set(files.map((f) => f.name));
  for (const [name, content] of [...existing].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!wanted.has(name) && content.startsWith(GENERATED)) result.stale.push(name);
  }
  for (const f of files) (existing.get(f.name) === f.content ? result.unchanged : result.changed).push(f.name);
  if (options.check) return result;
  await mkdir(outDir, { recursive: true });
  for (const f of files) if (result.changed.includes(f.name)) await writeFile(join(outDir, f.name), f.content);
  for (const name of result.stale) await rm(join(outDir, name));
  return result;
}

async function listMarkdown(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
