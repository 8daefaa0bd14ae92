// SLO status corrections: a definition → the exact body of `POST /api/v1/slo/correction`, and the canonical form the
// planner compares. Corrections carry no tags: ownership is the marker line at the end of `description`, which the API
// keeps as written (OBSERVED in the recordings), as a downtime carries it in its message.
import type { SloCorrectionDefinition } from '../../ir/slo-correction.ts';
import { contentHash, sortKeys } from '../canonical.ts';
import { readMarker, withMarker } from '../marker.ts';
import { isObject, resourceAttributes } from './json.ts';

type Json = Record<string, unknown>;

export interface CompiledSloCorrection {
  id: string;
  /** `{ data: { type: 'correction', attributes } }`; `slo_id` is `${slo}` until apply resolves it. */
  payload: Json;
  /** The SLO it corrects, created first: its Datadog id is known by then. */
  dependsOn: string[];
}

export function compileSloCorrection(def: SloCorrectionDefinition): CompiledSloCorrection {
  const s = def.schedule;
  const attributes: Json = {
    category: def.category,
    description: (def.description ?? '').trim(),
    slo_id: `\${${def.slo}}`,
    start: epochSeconds(s.start),
    timezone: def.timeZone ?? 'UTC',
    ...(s.rrule !== undefined ? { rrule: s.rrule, duration: durationSeconds(s.duration ?? '') } : {}),
    ...(s.end !== undefined ? { end: epochSeconds(s.end) } : {}),
  };
  attributes.description = withMarker(String(attributes.description), def.id, contentHash(normalizeSloCorrection({ data: { attributes } })));
  return { id: def.id, payload: { data: { attributes: sortKeys(attributes), type: 'correction' } }, dependsOn: [def.slo] };
}

/** The attributes of a correction in any of its shapes: a create body, an answer (`data`), or attributes. */
export function correctionAttributes(body: Json): Json {
  return resourceAttributes(body);
}

/**
 * The fields vigil manages, in one form for what it sends and what Datadog answers: the marker line taken out of the
 * description, absent and null alike (the answer carries `end`, `rrule` and `duration` as null when unset), and the
 * server's fields (`creator`, `modifier`, `created_at`, `modified_at`) left out. `slo_query` is kept for corrections
 * made by query (vigil sends none), so those compare too.
 */
export function normalizeSloCorrection(body: Json): Json {
  const a = correctionAttributes(body);
  return sortKeys({
    category: a.category ?? null,
    description: readMarker(a.description)?.text ?? (typeof a.description === 'string' ? a.description.trim() : ''),
    duration: a.duration ?? null,
    end: a.end ?? null,
    rrule: typeof a.rrule === 'string' ? a.rrule.trim() : null,
    slo_id: a.slo_id ?? null,
    slo_query: a.slo_query ?? null,
    start: a.start ?? null,
    timezone: a.timezone ?? 'UTC',
  });
}

/** `2026-11-28T14:00:00Z` → 1795874400; validation has checked that it is a time. */
export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `2h` → 7200; validation has checked the form. */
export function durationSeconds(text: string): number {
  const m = /^(\d+)([mhdw])$/.exec(text);
  return m ? Number(m[1]) * UNIT_SECONDS[m[2]!]! : NaN;
}
