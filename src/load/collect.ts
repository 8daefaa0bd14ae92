import { DEFINITION_KINDS, isDefinition, type Definition } from '../ir/definition.ts';
import { closest } from '../diagnostics/suggest.ts';

const MAX_DEPTH = 6;

/**
 * Walks a module's exports and returns every definition in them: exported one by one, in arrays, or in objects
 * returned by kits. A definition reached twice (exported, and also inside a kit's result) counts once.
 */
export function collectDefinitions(
  exports: Record<string, unknown>, seen: Set<object>, lookalike?: (value: Record<string, unknown>, kind: string) => void,
): Definition[] {
  const found: Definition[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (isDefinition(value)) {
      found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return; // class instances (query builders…) are not containers
    const like = lookalike && likeDefinition(value as Record<string, unknown>);
    if (like) lookalike!(value as Record<string, unknown>, like);
    for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const key of Object.keys(exports).sort()) visit(exports[key], 0);
  return found;
}

/**
 * What a plain object that is not a definition looks like one of, if anything: an object written out by hand (or
 * copied from YAML or a spread) instead of made by a builder, which vigil would otherwise ignore in silence. Only
 * shapes no kit's result would have: an unknown `kind`, or the fields that make a monitor or an SLO.
 */
function likeDefinition(v: Record<string, unknown>): string | undefined {
  if (typeof v.id !== 'string') return undefined;
  // Not one of the kinds, or it would be a definition; a near miss (`monitr`) only: a kit's own records may have kinds.
  if (typeof v.kind === 'string') return closest(v.kind, [...DEFINITION_KINDS]) ? v.kind : undefined;
  if (typeof v.query === 'string' && v.message !== undefined) return 'monitor';
  if (typeof v.name === 'string' && Array.isArray(v.thresholds) && v.thresholds.some((t) => typeof (t as { target?: unknown })?.target === 'number')) return 'slo';
  if (Array.isArray(v.rules) && v.rules.some((r) => typeof r === 'object' && r !== null && 'notify' in r && 'match' in r)) return 'routing';
  return undefined;
}
