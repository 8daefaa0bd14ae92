import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Case folders under `dir`, sorted: adding a case is adding a folder. */
export function caseDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Compares `actual` with the expected file; with VIGIL_UPDATE_GOLDEN=1 writes it instead (review the diff in git).
 * Returns the expected text.
 */
export function expectedText(path: string, actual: string): string {
  if (process.env.VIGIL_UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.VIGIL_UPDATE_GOLDEN !== '1') throw new Error(`missing ${path}; run with VIGIL_UPDATE_GOLDEN=1 to create it`);
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}

export const root = join(import.meta.dirname, '..', '..');
