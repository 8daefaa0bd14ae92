/** Where a definition (or one of its fields) was written: 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** Formats a location the way editors and CI annotations understand: `file:line:col`. */
export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '<unknown>:0:0';
  return `${loc.file}:${loc.line}:${loc.col}`;
}
