import type { SourceLocation } from '../ir/source.ts';

// Beside the definition, not in it: the definition stays plain JSON and keeps the hidden class it was built with.
const locators = new WeakMap<object, FieldLocator | SharedFieldLocator>();

/** Finds where the field at a JSON pointer was written, if the loader knows. */
export type FieldLocator = (pointer: string) => SourceLocation | undefined;

/** One locator for many definitions (a load's TypeScript files), told each time which definition it is asked about. */
export interface SharedFieldLocator {
  locate(def: object, pointer: string): SourceLocation | undefined;
}

/**
 * Attaches a field locator without making it part of the definition's JSON. Locators work on demand: only fields
 * that get a diagnostic are ever located, so loading thousands of clean definitions pays nothing for them.
 */
export function attachFieldLocations(def: object, locate: FieldLocator | SharedFieldLocator): void {
  locators.set(def, locate);
}

/** The location of a field, or of its closest ancestor that has one. */
export function fieldLocation(def: object, pointer: string): SourceLocation | undefined {
  const locate = locators.get(def);
  if (!locate) return undefined;
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
    const loc = typeof locate === 'function' ? locate(p) : locate.locate(def, p);
    if (loc) return loc;
  }
  return undefined;
}
