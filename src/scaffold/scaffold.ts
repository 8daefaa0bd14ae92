// What `vigil init` writes: the files of templates/init (shipped with the package), with their placeholders filled,
// plus a package.json. Reading the templates is the only I/O here; writing is the command's.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface ScaffoldFile {
  /** Relative to the new project, with `/` separators. */
  path: string;
  text: string;
}

export interface ScaffoldValues {
  /** The new project's package name. */
  name: string;
  /** vigil's package name, which definition files import. */
  package: string;
  /** vigil's version: the dependency range and the tag of the review workflow. */
  version: string;
  /** vigil's GitHub repository (`owner/repo`), which hosts the reusable review workflow. */
  repository: string;
}

/**
 * Template names that start with `_` stand for dot-files (`_gitignore` → `.gitignore`, `_github/` → `.github/`):
 * npm leaves `.gitignore` out of published packages, so the templates do not use dot-names themselves.
 */
function outputName(name: string): string {
  return name.startsWith('_') ? `.${name.slice(1)}` : name;
}

const PLACEHOLDER = /\{\{(name|package|version|repository)\}\}/g;

/** Every file of the new project, sorted by path. */
export function scaffoldFiles(templateDir: string, values: ScaffoldValues): ScaffoldFile[] {
  const files: ScaffoldFile[] = [{ path: 'package.json', text: packageManifest(values) }];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}${outputName(entry.name)}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else files.push({ path, text: readFileSync(join(dir, entry.name), 'utf8').replace(PLACEHOLDER, (_, key: keyof ScaffoldValues) => values[key]) });
    }
  };
  walk(templateDir, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function packageManifest(values: ScaffoldValues): string {
  const manifest = {
    name: values.name,
    private: true,
    type: 'module',
    scripts: {
      validate: 'vigil validate --typecheck',
      'route-test': 'vigil route test',
      demo: 'vigil demo',
    },
    dependencies: { [values.package]: `^${values.version}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A package name for a project made in `dir`: its folder name, lower-cased, with what npm refuses replaced. */
export function projectName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '');
  return name || 'monitors';
}

/** `owner/repo` from a package.json `repository` field that points at GitHub; undefined otherwise. */
export function githubRepository(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  const match = typeof url === 'string' ? /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match?.[1];
}
