import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';

/** What loading produced. `failedFiles` > 0 means the set is partial: plans must not delete anything. */
export interface LoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  files: number;
  failedFiles: string[];
  /**
   * Files in the definitions directory that were not loaded, each with why (project-relative): a `.js` file, a
   * backup, a link that loops. Not failures, but a plan says how many there are: a project whose files all stopped
   * loading must not look like one whose monitors were all deleted.
   */
  skippedFiles: SkippedFile[];
}

/** A file vigil did not load, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
