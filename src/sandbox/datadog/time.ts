// Timestamp formats exactly as the real API writes them (OBSERVED in the recordings).

/** `2023-01-09T10:07:16.513455+00:00`: monitor `created`/`modified`, Synthetics `created_at`. The sandbox clock has
 * millisecond resolution, so the last three digits of the microseconds are always 0. */
export function isoMicros(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000+00:00`;
}

/** `2023-05-22T21:15:22+00:00`: monitor `overall_state_modified`. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}

/** Epoch seconds: SLO `created_at`/`modified_at`, downtime `created`. */
export function epochSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}
