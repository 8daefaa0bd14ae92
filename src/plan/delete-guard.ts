import type { Plan } from './types.ts';

/** Apply's default for `--max-delete-percent`: the share of owned objects one apply may delete. */
export const DEFAULT_MAX_DELETE_PERCENT = 50;

/** What loading the definitions found, as the planner's caller hands it over. */
export interface LoadFacts {
  /** Files in the definitions directory that were not loaded, each with why. */
  skippedFiles: ReadonlyArray<{ file: string; reason: string }>;
}

/** How many objects the plan deletes, of how many vigil owns, as a percentage (100 when it owns nothing). */
export function deleteShare(plan: Plan): { deletes: number; owned: number; percent: number } {
  const deletes = plan.changes.filter((c) => c.action === 'delete').length;
  const owned = Object.keys(plan.remoteVersions).length;
  return { deletes, owned, percent: owned === 0 ? 100 : (deletes / owned) * 100 };
}

/**
 * Why apply must refuse a plan's deletes outright: they are a larger share of what vigil owns than
 * `--max-delete-percent` allows. Undefined when the share is within the limit (the deletes are then still confirmed
 * by --allow-deletes or a "yes").
 */
export function deleteLimitReason(plan: Plan, maxDeletePercent = DEFAULT_MAX_DELETE_PERCENT): string | undefined {
  const { deletes, owned, percent } = deleteShare(plan);
  if (deletes === 0 || percent <= maxDeletePercent) return undefined;
  return `the plan deletes ${deletes} of ${owned} owned objects (${percent.toFixed(0)}%), more than --max-delete-percent ${maxDeletePercent}. ` +
    'Check the definitions, or raise the limit for this apply.';
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
  const { deletes, owned, percent: share } = deleteShare(plan);
  if (deletes === 0 || share <= maxDeletePercent) return undefined;
  const shown = facts.skippedFiles.slice(0, 3).map((f) => f.file).join(', ') + (skipped > 3 ? `, and ${skipped - 3} more` : '');
  return `${skipped} definition file${skipped === 1 ? ' was' : 's were'} skipped (${shown}) and the plan would delete ` +
    `${deletes} of ${owned} owned objects (${share.toFixed(0)}%), more than the delete guard allows (${maxDeletePercent}%); ` +
    'load or remove the skipped files (see the load-skipped warnings), then plan again';
}
