import { deepEqual } from '../compile/datadog/normalize.ts';
import type { FieldChange } from './types.ts';

/**
 * Field-level differences between two canonical objects: one entry per changed leaf, with dotted paths. Arrays are
 * compared whole (a tag list that changed shows old → new), which is what a reviewer wants to read.
 */
export function diffFields(oldValue: unknown, newValue: unknown, path = ''): FieldChange[] {
  if (deepEqual(oldValue, newValue)) return [];
  if (isObject(oldValue) && isObject(newValue)) {
    const keys = [...new Set([...Object.keys(oldValue), ...Object.keys(newValue)])].sort();
    return keys.flatMap((k) => diffFields(oldValue[k], newValue[k], path ? `${path}.${k}` : k));
  }
  const change: FieldChange = { path: path || '(object)' };
  if (oldValue !== undefined) change.old = oldValue;
  if (newValue !== undefined) change.new = newValue;
  return [change];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
