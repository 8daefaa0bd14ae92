import type { SourceLocation } from '../ir/source.ts';

const FIELDS = Symbol.for('vigil.fieldLocations');

/** Attaches per-field locations (JSON pointer → location) without making them part of the definition's JSON. */
export function attachFieldLocations(def: object, fields: Map<string, SourceLocation>): void {
  Object.defineProperty(def, FIELDS, { value: fields, enumerable: false });
}

/** The location of a field, or of its closest ancestor that has one. */
export function fieldLocation(def: object, pointer: string): SourceLocation | undefined {
  const fields = (def as Record<symbol, Map<string, SourceLocation> | undefined>)[FIELDS];
  if (!fields) return undefined;
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
    const loc = fields.get(p);
    if (loc) return loc;
  }
  return undefined;
}
