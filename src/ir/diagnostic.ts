import type { SourceLocation } from './source.ts';
import { formatLocation } from './source.ts';

export type DiagnosticSeverity = 'error' | 'warning';

/**
 * One problem found in the user's definitions. Problems are collected, never thrown, so a run reports all of them.
 * `code` is stable (e.g. `schema`, `duplicate-id`, `query-syntax`, a lint rule id) and documented in the README.
 */
export interface Diagnostic {
  severity: DiagnosticSeverity;
  code: string;
  /** Logical id of the definition the problem belongs to; `-` when it belongs to a whole file. */
  id: string;
  message: string;
  hint?: string;
  /** JSON pointer of the offending field inside the definition, e.g. `/options/thresholds/warning`. */
  path?: string;
  location?: SourceLocation;
}

/** `<file>:<line>:<col> <error|warning> <code> <logical-id>: <message>` — the contract line, hint appended. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatLocation(d.location)} ${d.severity} ${d.code} ${d.id || '-'}: ${d.message}`;
  return d.hint ? `${head} Hint: ${d.hint}` : head;
}

/** Stable order for printing: by file, line, column, then code. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.location?.file ?? '', fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0, lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.col ?? 0, cb = b.location?.col ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
