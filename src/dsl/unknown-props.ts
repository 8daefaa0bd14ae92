// Builders read the props they know and copy them into the IR. A key they do not know (`sevirity`, `treshold`) would
// vanish there, and a monitor that lost its severity is routed to the default and never pages. So every builder
// notes the keys it did not use on the definition it returns, and validation reports them exactly as the schema
// reports an unknown YAML key (see validate/schema.ts): one message, one "did you mean".
//
// The known keys of each builder come from its props type: `propKeys<T>({...})` only type-checks when it lists every
// key of T and nothing else, so a prop added to an interface cannot be forgotten here.

/** A key a builder did not use: where it was written (a JSON pointer into the props) and the keys that were known there. */
export interface UnknownProp {
  pointer: string;
  known: readonly string[];
}

/** Every key of `T`, checked by the compiler: the record must name each key of `T` and no other. */
export function propKeys<T>(keys: { [K in keyof Required<T>]: true }): ReadonlySet<string> {
  return new Set(Object.keys(keys));
}

// Kept beside the definition, not in it: the definition stays plain JSON, and only the rare definition with a
// mistake pays for an entry. One map per process, found by a registered symbol: the builders that user files import
// may be another copy of this module than the one validating (the built package beside vigil's sources in tests).
const unknownProps: WeakMap<object, UnknownProp[]> = ((globalThis as Record<symbol, unknown>)[Symbol.for('vigil.unknownProps')] ??=
  new WeakMap()) as WeakMap<object, UnknownProp[]>;
const counter: { noted: number } = ((globalThis as Record<symbol, unknown>)[Symbol.for('vigil.unknownPropsNoted')] ??= { noted: 0 }) as { noted: number };

/**
 * Notes every key of `props` that is in none of `known` (at `pointer`, `''` for the props themselves) on `def`.
 * Keys whose value is `undefined` are ignored: `{ team: undefined }` is how optional props are passed on. Linear in
 * the number of keys, and allocates nothing when all are known.
 */
export function noteUnknownProps(
  def: object, props: object | undefined, pointer: string, ...known: ReadonlyArray<ReadonlySet<string>>
): void {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return;
  for (const key in props) {
    if (!Object.hasOwn(props, key) || (props as Record<string, unknown>)[key] === undefined) continue;
    if (known.some((set) => set.has(key))) continue;
    let list = unknownProps.get(def);
    if (!list) unknownProps.set(def, (list = []));
    list.push({ pointer: `${pointer}/${escapePointer(key)}`, known: known.flatMap((set) => [...set]) });
    counter.noted++;
  }
}

/** Adds notes made elsewhere (on a query builder's options) to a definition's. */
export function addUnknownProps(def: object, notes: readonly UnknownProp[]): void {
  if (notes.length === 0) return;
  const list = unknownProps.get(def);
  if (list) list.push(...notes);
  else unknownProps.set(def, [...notes]);
}

/** False while no unknown key has been noted anywhere in this process: the common case, when nothing need be looked for. */
export function anyUnknownProps(): boolean {
  return counter.noted > 0;
}

/** The keys the builder of `def` did not use; empty for YAML definitions and clean TypeScript ones. */
export function unknownPropsOf(def: object): readonly UnknownProp[] {
  return unknownProps.get(def) ?? [];
}

/** Carries the notes of `from` over to `to` (the loader works on a copy of a frozen definition). */
export function copyUnknownProps(from: object, to: object): void {
  const list = unknownProps.get(from);
  if (list) unknownProps.set(to, list);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
