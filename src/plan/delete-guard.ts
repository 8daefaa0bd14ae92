import type { Plan } from './types.ts';

/** Apply's default for `--max-delete-percent`: the share of owned objects one apply may delete. */
export const DEFAULT_MAX_DELETE_PERCENT = 50;

/** What loading the definitions found, as the planner's caller hands it over. */
export interface LoadFacts {
  /** Files in the definitions directory that were not loaded, each with why. */
  skippedFiles: ReadonlyArray<{ file: string; reason: string }>;
}

/**
 * Why a plan's deletes must be withheld although every loaded file loaded: some files in the definitions directory
 * were skipped (renamed to `.js`, say) and the plan would delete a larger share of what vigil owns than the delete
 * guard allows. The deleted objects' definitions are most likely in those files, and a plan that deletes them would
 * silently stop their monitors paging. Undefined when the plan may delete. Pure: the caller passes the facts in.
 */
export function shrinkGuardReason(plan: Plan, facts: LoadFacts, maxDeletePercent = DEFAULT_MAX_DELETE_PERCENT): string | undefined {
  const skipped = facts.skippedFiles.length;
  if (skipped === 0) return undefined;
  const deletes = plan.changes.filter((c) => c.action === 'delete').length;
  if (deletes === 0) return undefined;
  const owned = Object.keys(plan.remoteVersions).length;
  const share = owned === 0 ? 100 : (deletes / owned) * 100;
  if (share <= maxDeletePercent) return undefined;
  const shown = facts.skippedFiles.slice(0, 3).map((f) => f.file).join(', ') + (skipped > 3 ? `, and ${skipped - 3} more` : '');
  return `${skipped} definition file${skipped === 1 ? ' was' : 's were'} skipped (${shown}) and the plan would delete ` +
    `${deletes} of ${owned} owned objects (${share.toFixed(0)}%), more than the delete guard allows (${maxDeletePercent}%); ` +
    'load or remove the skipped files (see the load-skipped warnings), then plan again';
}
