import type { Change } from '../plan/types.ts';
import type { ApplyTarget } from '../plan/remote.ts';

/** One target for apply that hands each change to the provider owning its kind. */
export function byKind(route: (kind: Change['kind']) => ApplyTarget | undefined): ApplyTarget {
  const pick = (c: Change) => {
    const t = route(c.kind);
    if (!t) throw new Error(`no provider is configured for ${c.kind}`);
    return t;
  };
  return {
    create: (c, p, ids) => pick(c).create(c, p, ids),
    update: (c, p, ids) => pick(c).update(c, p, ids),
    delete: (c) => pick(c).delete(c),
    find: (c, ids) => pick(c).find(c, ids),
  };
}
