import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { addUnknownProps, unknownPropsOf } from '../dsl/unknown-props.ts';

/**
 * Warnings for what a definition file built that never reaches the organisation: a definition not exported (or
 * exported inside a Promise, a Map, a class instance, or deeper than the loader looks), and a routing `rule()` that is
 * in no routing table's rules. Such a monitor would quietly never exist; such a rule would quietly never route.
 *
 * `created` is everything the builders made during the load, `delivered` the definitions the loader collected;
 * `locate` gives where a made thing was built, or undefined when it was not built in this load's files (another
 * load's, or a file that failed, which has its own error).
 */
export function unreachedDiagnostics(
  created: readonly object[], delivered: readonly Definition[], locate: (made: object) => SourceLocation | undefined,
): Diagnostic[] {
  const reached = new Set<object>(delivered);
  for (const def of delivered) if (def.kind === 'routing' && Array.isArray(def.rules)) for (const r of def.rules) reached.add(r);
  const missing = created.filter((made) => !reached.has(made));
  if (missing.length === 0) return [];
  // A kit's definition spread into a new object (`{ ...errors('web'), env: 'prod' }`) reaches the organisation as the
  // copy: the same kind and id.
  const names = new Map<string, Definition>();
  for (const def of delivered) names.set(`${def.kind}\0${String(def.id)}`, def);
  const problems: Diagnostic[] = [];
  for (const made of missing) {
    const kind = (made as { kind?: unknown }).kind;
    const copy = kind === undefined ? undefined : names.get(`${String(kind)}\0${String((made as { id?: unknown }).id)}`);
    if (copy) {
      // The copy carries what the builder was given, mistakes included: the props the builder did not know too.
      addUnknownProps(copy, unknownPropsOf(made));
      continue;
    }
    const location = locate(made);
    if (!location) continue;
    if (kind === undefined) {
      const name = (made as { name?: unknown }).name;
      problems.push({
        severity: 'warning', code: 'not-exported', id: '-', location,
        message: `the routing rule ${JSON.stringify(String(name))} is in no routing table, so it routes nothing`,
        hint: 'put it in the "rules" of the routing() table, or delete it',
      });
      continue;
    }
    const id = (made as { id?: unknown }).id;
    problems.push({
      severity: 'warning', code: 'not-exported', id: typeof id === 'string' && id ? id : '-', location,
      message: `this ${String(kind)} is built but never exported, so vigil does not manage it (it will not be created, and an existing one would be deleted)`,
      hint: 'export it from a file in the definitions directory: directly, in an array or in a plain object; vigil does not look inside Promises (use top-level await), Maps, Sets or class instances, nor more than 6 levels deep',
    });
  }
  return problems;
}
