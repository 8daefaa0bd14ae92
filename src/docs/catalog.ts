// `vigil docs` as a pure function: definitions in, the catalog's files out (an index plus one page per team).
import { renderIndex } from './index-page.ts';
import { anchor } from './markdown.ts';
import { buildCatalog } from './model.ts';
import { renderTeamPage, type PageContext } from './team-page.ts';

export interface CatalogFile {
  /** File name inside the output folder. */
  name: string;
  content: string;
}

export interface CatalogOptions {
  /** Relative path from the output folder to the project root (e.g. `../..`), to link each definition's source. */
  sourceBase?: string;
}

/** Renders the catalog; output is byte-identical for the same definitions in any order (no timestamps). */
export function renderCatalog(definitions: readonly unknown[], options: CatalogOptions = {}): CatalogFile[] {
  const catalog = buildCatalog(definitions);
  const where = new Map<string, string>();
  for (const page of catalog.teams) {
    for (const s of page.services) {
      for (const d of [...s.slos, ...s.monitors]) if (!where.has(d.id)) where.set(d.id, `${page.file}#${anchor(d.id)}`);
    }
  }
  const ctx: PageContext = { where, ...(options.sourceBase === undefined ? {} : { sourceBase: options.sourceBase }) };
  const files = [{ name: 'README.md', content: renderIndex(catalog, ctx) }];
  for (const page of catalog.teams) files.push({ name: page.file, content: renderTeamPage(page, ctx) });
  return files;
}
