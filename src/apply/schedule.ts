import type { Change } from '../plan/types.ts';

/**
 * For each change (by index), the changes that must finish first: a write waits for the writes of what it refers
 * to; every delete waits for all writes; a delete waits for the deletes of whatever refers to it.
 */
export function prerequisites(changes: readonly Change[]): number[][] {
  const writeOf = new Map<string, number>();
  const deleteOf = new Map<string, number[]>();
  const writes: number[] = [];
  changes.forEach((c, i) => {
    if (c.action === 'delete') deleteOf.set(c.id, [...(deleteOf.get(c.id) ?? []), i]);
    else {
      writeOf.set(c.id, i);
      writes.push(i);
    }
  });
  return changes.map((c) => {
    if (c.action !== 'delete') {
      return (c.dependsOn ?? []).map((d) => writeOf.get(d)).filter((i): i is number => i !== undefined);
    }
    const before = [...writes];
    changes.forEach((other, j) => {
      if (other.action === 'delete' && other !== c && (other.dependsOn ?? []).includes(c.id)) before.push(j);
    });
    return before;
  });
}
