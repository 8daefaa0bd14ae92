import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';

/** What loading produced. `failedFiles` > 0 means the set is partial: plans must not delete anything. */
export interface LoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  files: number;
  failedFiles: string[];
}
