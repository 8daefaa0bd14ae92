import type { SourceLocation } from '../ir/source.ts';

const FIELDS = Symbol.for('vigil.fieldLocations');

/** Finds where the field at a JSON pointer was written, if the loader knows. */
export type FieldLocator = (pointer: string) => SourceLocation | undefined;

/**
 * Attaches a field locator without making it part of the definition's JSON. Locators work on demand: only fields
 * that get a diagnostic are ever located, so loading thousands of clean definitions pays nothing for them.
 */
export function attachFieldLocations(def: object, locate: FieldLocator): void {
  Object.defineProperty(def, FIELDS, { value: locate, enumerable: false });
}

/** The location of a field, or of its closest ancestor that has one. */
export function fieldLocation(def: object, pointer: string): SourceLocation | undefined {
  const locate = (def as Record<symbol, FieldLocator | undefined>)[FIELDS];
  if (!locate) return undefined;
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
    const loc = locate(p);
    if (loc) return loc;
  }
  return undefined;
}
