import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { attachFieldLocations } from './field-locations.ts';

/** Top-level keys a YAML definition file may have, and the definition kind each list holds. */
const SECTIONS: Record<string, Definition['kind']> = { monitors: 'monitor', slos: 'slo' };
const META_KEYS = new Set(['$schema']);

export interface YamlLoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  failed: boolean;
}

/** Loads one YAML definition file, keeping the line and column of every definition and every field in it. */
export async function loadYamlFile(path: string, projectDir: string): Promise<YamlLoadResult> {
  const file = relativeToProject(path, projectDir);
  const text = await readFile(path, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset);
    return { file, line, col };
  };
  const result: YamlLoadResult = { definitions: [], diagnostics: [], failed: false };
  const fail = (code: string, message: string, offset: number, hint?: string): YamlLoadResult => {
    result.failed = true;
    result.diagnostics.push({ severity: 'error', code, id: '-', message, ...(hint ? { hint } : {}), location: at(offset) });
    return result;
  };

  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      result.diagnostics.push({
        severity: 'error', code: 'yaml-syntax', id: '-', message: `invalid YAML: ${err.message.split('\n')[0]}`,
        hint: 'check indentation and quoting at this position', location: at(err.pos[0]),
      });
    }
    result.failed = true;
    return result;
  }
  const root = doc.contents;
  if (root === null) return result; // an empty file defines nothing
  if (!isMap(root)) {
    return fail('yaml-structure', 'a definition file must be a mapping with a "monitors" or "slos" list', root.range?.[0] ?? 0,
      'start the file with "monitors:" followed by a list of monitors');
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyOffset = (pair.key as YamlNode | null)?.range?.[0] ?? 0;
    if (META_KEYS.has(key)) continue;
    const kind = SECTIONS[key];
    if (!kind) {
      fail('yaml-structure', `unknown top-level key "${key}"`, keyOffset,
        `allowed keys: ${[...Object.keys(SECTIONS), ...META_KEYS].map((k) => `"${k}"`).join(', ')}`);
      continue;
    }
    const list = pair.value as YamlNode | null;
    if (!isSeq(list)) {
      fail('yaml-structure', `"${key}" must be a list`, list?.range?.[0] ?? keyOffset, `write each entry as "- id: …"`);
      continue;
    }
    for (const item of list.items as YamlNode[]) {
      const offset = item.range?.[0] ?? 0;
      if (!isMap(item)) {
        fail('yaml-structure', `each entry of "${key}" must be a mapping`, offset);
        continue;
      }
      const value = item.toJSON() as Record<string, unknown>;
      const def = { kind, ...value } as unknown as Definition;
      def.source = at(offset);
      attachFieldLocations(def, fieldLocations(item, at));
      result.definitions.push(def);
    }
  }
  return result;
}

/** JSON pointer → location of every key inside one definition, so schema errors point at the field's own line. */
function fieldLocations(node: YamlNode, at: (offset: number) => SourceLocation): Map<string, SourceLocation> {
  const out = new Map<string, SourceLocation>();
  const walk = (n: unknown, pointer: string): void => {
    if (isMap(n)) {
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const start = (pair.key as YamlNode | null)?.range?.[0];
        if (start !== undefined) out.set(child, at(start));
        walk(pair.value, child);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        const start = (item as YamlNode | null)?.range?.[0];
        if (start !== undefined) out.set(child, at(start));
        walk(item, child);
      });
    }
  };
  walk(node, '');
  return out;
}
