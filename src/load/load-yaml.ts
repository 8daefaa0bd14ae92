import { readFile } from 'node:fs/promises';
import { constructFromEvents, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { attachFieldLocations, type FieldLocator } from './field-locations.ts';
import { lineIndex, yamlTrees, type YamlTree } from './yaml-tree.ts';

/** Top-level keys a YAML definition file may have, and the definition kind each list holds. */
const SECTIONS: Record<string, Definition['kind']> = { monitors: 'monitor', slos: 'slo' };
const META_KEYS = new Set(['$schema']);

export interface YamlLoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  failed: boolean;
}

/**
 * Loads one YAML definition file, keeping the line and column of every definition and every field in it.
 *
 * js-yaml reads the file: its event stream carries source offsets and it is an order of magnitude faster than building
 * the `yaml` library's AST, which matters with thousands of definitions. A file js-yaml rejects is read again with
 * the `yaml` library only to word the error, as its messages say more.
 */
export async function loadYamlFile(path: string, projectDir: string): Promise<YamlLoadResult> {
  const file = relativeToProject(path, projectDir);
  const text = await readFile(path, 'utf8');
  const position = lineIndex(text);
  const at = (offset: number): SourceLocation => ({ file, ...position(Math.max(offset, 0)) });
  const result: YamlLoadResult = { definitions: [], diagnostics: [], failed: false };
  const fail = (code: string, message: string, offset: number, hint?: string): YamlLoadResult => {
    result.failed = true;
    result.diagnostics.push({ severity: 'error', code, id: '-', message, ...(hint ? { hint } : {}), location: at(offset) });
    return result;
  };

  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, { filename: file });
    docs = constructFromEvents(events, { source: text, filename: file });
    if (docs.length > 1) throw new YAMLException('a definition file holds one YAML document; remove the "---" separator');
  } catch (err) {
    for (const d of await syntaxErrors(text, err, at)) result.diagnostics.push(d);
    result.failed = true;
    return result;
  }
  const root = yamlTrees(events, text)[0];
  const values = docs[0] as Record<string, unknown> | null | undefined;
  if (root === undefined || values === null || values === undefined) return result; // an empty file defines nothing
  if (root.kind !== 'map') {
    return fail('yaml-structure', 'a definition file must be a mapping with a "monitors" or "slos" list', root.start,
      'start the file with "monitors:" followed by a list of monitors');
  }
  for (const { key, keyStart, value: list } of root.pairs) {
    if (META_KEYS.has(key)) continue;
    const kind = SECTIONS[key];
    if (!kind) {
      fail('yaml-structure', `unknown top-level key "${key}"`, keyStart,
        `allowed keys: ${[...Object.keys(SECTIONS), ...META_KEYS].map((k) => `"${k}"`).join(', ')}`);
      continue;
    }
    if (list.kind !== 'seq') {
      fail('yaml-structure', `"${key}" must be a list`, list.start === -1 ? keyStart : list.start, `write each entry as "- id: …"`);
      continue;
    }
    const items = values[key] as unknown[];
    list.items.forEach((item, i) => {
      if (item.kind !== 'map') {
        fail('yaml-structure', `each entry of "${key}" must be a mapping`, item.start);
        return;
      }
      const def = { kind, ...(items[i] as Record<string, unknown>) } as unknown as Definition;
      def.source = at(item.start);
      attachFieldLocations(def, fieldLocator(item, at));
      result.definitions.push(def);
    });
  }
  return result;
}

/** Locates a JSON pointer inside one definition by walking its tree: the key's position, or the list item's. */
function fieldLocator(node: YamlTree, at: (offset: number) => SourceLocation): FieldLocator {
  return (pointer) => {
    let n = node;
    let start = -1;
    for (const raw of pointer.split('/').slice(1)) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (n.kind === 'map') {
        const pair = n.pairs.find((p) => p.key === segment);
        if (!pair) return undefined;
        [start, n] = [pair.keyStart, pair.value];
      } else if (n.kind === 'seq' && /^\d+$/.test(segment) && Number(segment) < n.items.length) {
        n = n.items[Number(segment)]!;
        start = n.start;
      } else return undefined;
    }
    return start === -1 ? undefined : at(start);
  };
}

/**
 * Diagnostics for a file js-yaml rejected: the `yaml` library's wording where it agrees the file is broken. Loaded
 * only then, so that a clean run does not pay for a second YAML parser at start-up.
 */
async function syntaxErrors(text: string, err: unknown, at: (offset: number) => SourceLocation): Promise<Diagnostic[]> {
  const { parseDocument } = await import('yaml');
  const diagnostic = (message: string, offset: number): Diagnostic => ({
    severity: 'error', code: 'yaml-syntax', id: '-', message: `invalid YAML: ${message.split('\n')[0]}`,
    hint: 'check indentation and quoting at this position', location: at(offset),
  });
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return doc.errors.map((e) => diagnostic(e.message, e.pos[0]));
  if (err instanceof YAMLException) return [diagnostic(err.reason, err.mark?.position ?? 0)];
  throw err;
}
