import { managedMonitorView, normalizeMonitor } from '../compile/datadog/normalize.ts';
import { normalizeSlo } from '../compile/datadog/normalize-slo.ts';
import { normalizeNotificationRule } from '../compile/datadog/notification-rule.ts';
import { managedDowntimeView, normalizeDowntime } from '../compile/datadog/downtime.ts';
import { normalizeSloCorrection } from '../compile/datadog/slo-correction.ts';
import { diffFields } from './diff.ts';
import type { FieldChange, ResourceKind } from './types.ts';

/** How one plan kind compares: the canonical form, and the part of a live object vigil manages. */
interface LiveComparison {
  canonical: (body: Record<string, unknown>) => Record<string, unknown>;
  managed: (live: Record<string, unknown>, desired: Record<string, unknown>) => Record<string, unknown>;
}

const COMPARISONS: Partial<Record<ResourceKind, LiveComparison>> = {
  'datadog.monitor': { canonical: normalizeMonitor, managed: managedMonitorView },
  // normalizeSlo reads only the fields vigil sends: everything else the API returns is left out already.
  'datadog.slo': { canonical: normalizeSlo, managed: (live) => live },
  // Compared by their attributes, whichever envelope each side comes in (a request body, a resource): the server's
  // times, relationships and any setting vigil does not send are left out by the normal form.
  'datadog.notification-rule': { canonical: normalizeNotificationRule, managed: (live) => live },
  // A start the server chose (a one-off window sent without one) and a recurrence stored from a later occurrence of
  // the same series are not differences; status, creation and modification times are the server's.
  'datadog.downtime': { canonical: normalizeDowntime, managed: managedDowntimeView },
  // normalizeSloCorrection reads only what vigil sends (and `slo_query`); the people and times are the server's.
  'datadog.slo-correction': { canonical: normalizeSloCorrection, managed: (live) => live },
};

/** The plan kinds `diffLive` compares. */
export const LIVE_KINDS = Object.keys(COMPARISONS) as ResourceKind[];

/**
 * The field changes a plan shows between `desired`, a payload as vigil sends it to the create endpoint, and `live`,
 * the object as the API returns it: `[]` when they match. Only what vigil manages is compared — the fields it sends
 * plus the defaults the server fills in when they are not sent — so a field the API adds later never shows as a
 * change. Paths are dotted (`options.thresholds.critical`); `old` is live, `new` is desired. The planner calls this
 * for every owned object; outside conformance checks may call it too.
 * @example diffLive('datadog.monitor', compiled.payload, await client.getMonitor(...)) // → []
 */
export function diffLive(kind: ResourceKind, desired: Record<string, unknown>, live: Record<string, unknown>): FieldChange[] {
  const comparison = COMPARISONS[kind];
  if (!comparison) throw new TypeError(`diffLive compares ${LIVE_KINDS.join(' and ')} objects, not "${kind}"`);
  return diffFields(liveCanonical(kind, desired, live), comparison.canonical(desired));
}

/** The canonical form of what vigil manages of `live`, given what it wants: the "old" side of `diffLive`. */
export function liveCanonical(kind: ResourceKind, desired: Record<string, unknown>, live: Record<string, unknown>): Record<string, unknown> {
  const comparison = COMPARISONS[kind];
  if (!comparison) throw new TypeError(`diffLive compares ${LIVE_KINDS.join(' and ')} objects, not "${kind}"`);
  return comparison.canonical(comparison.managed(isObject(live) ? live : {}, isObject(desired) ? desired : {}));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
