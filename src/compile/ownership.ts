import { ROUTE_TAG_PREFIX } from '../routing/notification-rules.ts';

/**
 * How vigil marks what it owns without a state file: tags on Datadog monitors and SLOs. Objects without
 * `managed-by:vigil` are never updated or deleted.
 */
export const MANAGED_TAG = 'managed-by:vigil';
export const ID_TAG_PREFIX = 'vigil-id:';
/** Hash of the payload vigil last applied: lets plan tell "the code changed" from "someone edited it in the UI". */
export const HASH_TAG_PREFIX = 'vigil-hash:';

/**
 * A tag vigil writes itself (ownership, hash, or the notification rule a monitor is routed through); what an import
 * must not copy into a definition.
 */
export function isOwnershipTag(tag: string): boolean {
  return tag === MANAGED_TAG || tag.startsWith(ID_TAG_PREFIX) || tag.startsWith(HASH_TAG_PREFIX) || tag.startsWith(ROUTE_TAG_PREFIX);
}

export function ownershipTags(logicalId: string): string[] {
  return [MANAGED_TAG, `${ID_TAG_PREFIX}${logicalId}`];
}
