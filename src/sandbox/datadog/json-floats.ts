// The real Datadog API is written in Python and declares some fields as floats, so it writes `2.0` where JavaScript
// would write `2`. Clients written in typed languages (the Go client behind the Terraform provider) see the
// difference, so the sandbox writes those fields the same way. Which fields, OBSERVED across the recordings:
// monitor thresholds (`"critical":2.0` in every monitor answer since 2022-03, e.g. TestAccDatadogMonitor_Basic;
// a service check's thresholds are counts and stay integers, TestAccDatadogMonitorServiceCheck_Basic), SLO
// targets and warnings (`"target":99.0`, `target_threshold`, `warning_threshold`:
// Service-Level-Objectives__Get-an-SLO-s-details-returns-OK-response), and the SLO history series
// (`times`, `values`, `sum`: Service-Level-Objectives__Get-an-SLO-s-history-returns-OK-response).
import { pyFloat } from './errors.ts';

/** Keys whose number values are floats. */
const FLOAT_KEYS = new Set(['critical', 'critical_recovery', 'warning', 'warning_recovery', 'ok', 'unknown', 'target', 'target_threshold', 'warning_threshold', 'sum']);
/** Keys whose arrays of numbers are floats. */
const FLOAT_ARRAY_KEYS = new Set(['times', 'values']);

/** Marks an object whose numbers are written as JavaScript writes them, whatever their keys: the top level of an SLO
 * create or update answer, which echoes `target_threshold` and
 * `warning_threshold` as sent (OBSERVED: `"target_threshold":99` in the create answer, `99.0` in the reads after it,
 * TestAccDatadogServiceLevelObjective_MixedCaseTags). Symbols are invisible to JSON, so the mark never reaches the
 * wire or the state file. */
export const PLAIN_NUMBERS: unique symbol = Symbol('integers');

const MARK = '\u0000float:';

/** A number the real API writes as a float. Views that answer in bulk (monitor lists) wrap their floats in it, so
 * their answers are written by `floatJson` without a per-key replacer, several times faster on 1,000-monitor pages. */
export class Float {
  constructor(readonly value: number) {}

  toJSON(): string {
    return MARK + pyFloat(this.value);
  }
}

/** JSON text of an answer whose floats are wrapped in `Float`. */
export function floatJson(body: unknown): string {
  return unmark(JSON.stringify(body));
}

/** A marked number was written as the string "\u0000float:<digits>"; the quotes and mark go, the digits stay. */
function unmark(text: string): string {
  return text.includes('\\u0000float:') ? text.replace(/"\\u0000float:([^"]*)"/g, '$1') : text;
}

/** JSON text of any other Datadog answer, floats found by key and spelled as the real API spells them. */
export function datadogJson(body: unknown): string {
  return unmark(JSON.stringify(body, function (this: Record<string | symbol, unknown>, key, value) {
    if (this[PLAIN_NUMBERS] === true) return value;
    if (typeof value === 'number' && FLOAT_KEYS.has(key) && !Array.isArray(this)) return MARK + pyFloat(value);
    if (Array.isArray(value) && FLOAT_ARRAY_KEYS.has(key) && value.every((v) => typeof v === 'number')) {
      return value.map((v: number) => MARK + pyFloat(v));
    }
    return value;
  }));
}
