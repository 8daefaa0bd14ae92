import { isDefinition, type Definition } from '../ir/definition.ts';

const MAX_DEPTH = 6;

/**
 * Walks a module's exports and returns every definition in them: exported one by one, in arrays, or in objects
 * returned by kits. A definition reached twice (exported, and also inside a kit's result) counts once.
 */
export function collectDefinitions(exports: Record<string, unknown>, seen: Set<object>): Definition[] {
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
    for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const key of Object.keys(exports).sort()) visit(exports[key], 0);
  return found;
}
