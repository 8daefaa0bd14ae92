import { diffLines, type DiffPiece } from './line-diff.ts';
import type { Adoptable, FieldChange } from '../types.ts';

/**
 * A value as a reviewer reads it: JSON. Plans show it in full (a shortened value can hide the change); `max`
 * shortens it only where the value merely illustrates a message (an adoption refused, say).
 */
export function showValue(v: unknown, max = Infinity): string {
  if (v === undefined) return '(not set)';
  const text = JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a changed field is best shown: line by line (multi-line text), as a list change, or as old → new. */
export type FieldView =
  | { kind: 'lines'; pieces: DiffPiece[] }
  | { kind: 'list'; removed: unknown[]; added: unknown[] }
  | { kind: 'value' };

export function fieldView(f: FieldChange): FieldView {
  const text = (v: unknown) => v === undefined || typeof v === 'string';
  if (text(f.old) && text(f.new) && [f.old, f.new].some((v) => typeof v === 'string' && v.includes('\n'))) {
    return { kind: 'lines', pieces: diffLines((f.old as string | undefined) ?? '', (f.new as string | undefined) ?? '') };
  }
  const flat = (v: unknown): v is unknown[] => Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
  if (flat(f.old) && flat(f.new)) {
    const was = new Set(f.old.map((x) => JSON.stringify(x))), now = new Set(f.new.map((x) => JSON.stringify(x)));
    return { kind: 'list', removed: f.old.filter((x) => !now.has(JSON.stringify(x))), added: f.new.filter((x) => !was.has(JSON.stringify(x))) };
  }
  return { kind: 'value' };
}

/** A list change in words: `removed "a"; added "b"`, or `reordered` when only the order changed. */
export function describeListChange(removed: readonly unknown[], added: readonly unknown[]): string {
  const parts = [removed.length && `removed ${removed.map((v) => showValue(v)).join(', ')}`, added.length && `added ${added.map((v) => showValue(v)).join(', ')}`].filter(Boolean);
  return parts.join('; ') || 'reordered';
}

export function describeReason(reason: string | undefined): string {
  switch (reason) {
    case 'drift': return 'edited outside vigil (drift); the update restores the code';
    case 'code+drift': return 'the code changed, and the object was also edited outside vigil (drift)';
    case 'duplicate': return 'a duplicate of an object vigil already manages (left by an interrupted apply)';
    case 'removed': return 'no longer defined in code';
    case 'code': return 'the code changed';
    case 'adopt': return 'adopted: vigil takes over this existing object and adds its ownership marker (tags on a monitor or SLO, a line in the description of a PagerDuty service or the message of a downtime)';
    case 'replaced': return 'replaced: Datadog cannot change the live one into what the code says (an SLO correction cannot move to another SLO or drop its end or rule), so it is created anew and the old one deleted';
    case 'deleted-outside': return 'deleted outside vigil (drift); the create restores it';
    default: return '';
  }
}

/** Why a create is an object deleted outside vigil, in words: who still refers to it. */
export function describeEvidence(referencedBy: readonly string[], quote: (id: string) => string = (id) => id): string {
  const one = referencedBy.length === 1;
  return `still referred to by ${referencedBy.map(quote).join(', ')}, which ${one ? 'is' : 'are'} unchanged since vigil last applied ${one ? 'it' : 'them'}: it existed then`;
}

/**
 * The warning on a create that a monitor vigil does not own matches, and the line that takes it back instead.
 */
export function describeAdoptable(a: Adoptable, quote: (s: string) => string = (s) => s): string {
  const same = a.matchedBy === 'name' ? 'this name' : 'this query and type';
  const slo = typeof a.datadogId === 'string';
  const id = slo ? `'${a.datadogId}'` : String(a.datadogId);
  return `Datadog already has ${slo ? 'SLO' : 'monitor'} ${a.datadogId} ${JSON.stringify(a.name)} with ${same} and without vigil's tags (removed in the UI?). `
    + `Creating this makes a second ${slo ? 'SLO' : 'monitor that notifies too'}; to take that one back instead, add ${quote(`adopt: { datadogId: ${id} }`)} to the definition`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
