// The top-level layout of a YAML definition file: which sections it may have and what each holds. The loader hands
// every entry it finds to `define`, and every misplaced or misshapen part to `fail`, with its offset in the text.
import type { Definition } from '../ir/definition.ts';
import type { YamlTree } from './yaml-tree.ts';

type Kind = Definition['kind'];

/**
 * Top-level keys a YAML definition file may have: a list of definitions of one kind, one definition (the routing
 * table), or a group of such lists (PagerDuty). Each entry is the definition's IR, as schemas/ describes it.
 */
const SECTIONS: Record<string, { list: Kind } | { single: Kind } | { group: Record<string, Kind> }> = {
  monitors: { list: 'monitor' },
  slos: { list: 'slo' },
  routing: { single: 'routing' },
  notificationRules: { list: 'notification-rule' },
  downtimes: { list: 'downtime' },
  sloCorrections: { list: 'slo-correction' },
  pagerduty: { group: { teams: 'pagerduty-team', escalationPolicies: 'pagerduty-escalation-policy', services: 'pagerduty-service' } },
};
const META_KEYS = new Set(['$schema']);
const quoted = (keys: Iterable<string>) => [...keys].map((k) => `"${k}"`).join(', ');

export interface SectionReader {
  text: string;
  /** One definition entry: its kind, its node (for positions) and its value as js-yaml built it. */
  define(kind: Kind, node: YamlTree, value: Record<string, unknown>): void;
  fail(code: string, message: string, offset: number, hint?: string): void;
}

/** Reads the sections of a file whose root is `root` (tree) with value `values`. */
export function readSections(root: YamlTree, values: Record<string, unknown>, r: SectionReader): void {
  if (root.kind !== 'map') {
    r.fail('yaml-structure', `a definition file must be a mapping with any of the keys ${quoted(Object.keys(SECTIONS))}`,
      root.start, 'start the file with "monitors:" followed by a list of monitors');
    return;
  }
  for (const { key, keyStart, value: node } of root.pairs) {
    if (META_KEYS.has(key)) continue;
    const section = SECTIONS[key];
    if (!section) {
      r.fail('yaml-structure', `unknown top-level key "${key}"`, keyStart, `allowed keys: ${quoted([...Object.keys(SECTIONS), ...META_KEYS])}`);
    } else if ('list' in section) {
      readList(r, key, section.list, node, keyStart, values[key]);
    } else if (node.kind !== 'map') {
      const [what, hint] = 'single' in section
        ? ['a mapping', 'write its fields under it, indented: "id: …", "rules: …"']
        : [`a mapping of ${quoted(Object.keys(section.group))}`, `e.g. "services:" indented under "${key}:", then a list of services`];
      r.fail('yaml-structure', `"${key}" must be ${what}`, node.start === -1 ? keyStart : node.start, hint);
    } else if ('single' in section) {
      readEntry(r, section.single, node, values[key]);
    } else {
      const group = values[key] as Record<string, unknown>;
      for (const pair of node.pairs) {
        const kind = section.group[pair.key];
        if (kind) readList(r, `${key}.${pair.key}`, kind, pair.value, pair.keyStart, group[pair.key]);
        else r.fail('yaml-structure', `unknown key "${pair.key}" in "${key}"`, pair.keyStart, `allowed keys: ${quoted(Object.keys(section.group))}`);
      }
    }
  }
}

function readList(r: SectionReader, name: string, kind: Kind, node: YamlTree, keyStart: number, items: unknown): void {
  if (node.kind !== 'seq') {
    r.fail('yaml-structure', `"${name}" must be a list`, node.start === -1 ? keyStart : node.start, 'write each entry as "- id: …"');
    return;
  }
  node.items.forEach((item, i) => {
    if (item.kind === 'map') readEntry(r, kind, item, (items as unknown[])[i]);
    else r.fail('yaml-structure', `each entry of "${name}" must be a mapping`, item.start !== -1 ? item.start : entryNear(r.text, node.items, i, node.start));
  });
}

/** One entry; the section says its kind, so a `kind:` written in it may only repeat that. */
function readEntry(r: SectionReader, kind: Kind, node: YamlTree, value: unknown): void {
  const fields = value as Record<string, unknown>;
  if ('kind' in fields && fields.kind !== kind) {
    const where = node.kind === 'map' ? node.pairs.find((p) => p.key === 'kind')?.keyStart ?? node.start : node.start;
    r.fail('yaml-structure', `"kind" is ${JSON.stringify(fields.kind)} in a section of ${kind} definitions`, where,
      'leave "kind" out: the section a definition is written in says what it is');
    return;
  }
  r.define(kind, node, fields);
}

/**
 * Where to report an entry without a position of its own ("-" alone): the first dash of the list's indentation after
 * the entry before it, which is that empty entry's own line; the list's start when nothing better is found.
 */
function entryNear(text: string, items: readonly YamlTree[], i: number, listStart: number): number {
  if (listStart < 0) return 0;
  const indent = listStart - (text.lastIndexOf('\n', listStart - 1) + 1);
  const previous = items.slice(0, i).reverse().find((item) => item.start !== -1);
  const dash = new RegExp(`^[ ]{${indent}}-(?=[ \\t\\r]|$)`, 'gm');
  dash.lastIndex = previous ? text.indexOf('\n', previous.start) + 1 : listStart - indent;
  const m = dash.lastIndex > 0 || !previous ? dash.exec(text) : null;
  return m ? m.index + indent : listStart;
}
