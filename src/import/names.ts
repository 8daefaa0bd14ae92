// Names for imported monitors, SLOs and PagerDuty services: logical ids from their names, variable names from those,
// files from tags.
import { LOGICAL_ID } from '../validate/semantic/ids.ts';

const MAX_ID = 100;

/**
 * A logical id from a monitor name: lowercase words joined by dashes, at most 100 characters cut at a word
 * boundary, `-2`, `-3`… when taken. `[Nomad] Job {{job.name}} is failing` → `nomad-job-job-name-is-failing`.
 */
export function logicalIdFor(
  name: string, remoteId: number | string, taken: Set<string>, kind: 'monitor' | 'slo' | 'service' | 'notification-rule' | 'downtime' = 'monitor',
): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_ID - 4) break; // room for a `-NNN` suffix
    base = next;
  }
  if (!base || !LOGICAL_ID.test(base)) base = `${kind}-${String(remoteId).toLowerCase()}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const RESERVED = new Set(`break case catch class const continue debugger default delete do else enum export extends false
  finally for function if import in instanceof new null return super switch this throw true try typeof var void while
  with yield let static implements interface package private protected public await arguments eval`.split(/\s+/));

/** A TypeScript identifier for a logical id, unique among `taken`: `nomad-job-is-failing` → `nomadJobIsFailing`. */
export function variableFor(logicalId: string, taken: Set<string>): string {
  let base = logicalId.replace(/[-.]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  if (/^[0-9]/.test(base)) base = `monitor${base}`;
  if (RESERVED.has(base)) base = `${base}Monitor`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/**
 * The file a monitor lands in: one per team (its `team:` tag), else per service (`service:`), else `imported.ts`.
 * Tags are kept verbatim on the definition; this only groups them.
 */
export function fileFor(tags: readonly string[]): string {
  for (const key of ['team', 'service']) {
    const value = tags.find((t) => t.startsWith(`${key}:`))?.slice(key.length + 1);
    const slug = value?.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (slug) return `${slug}.ts`;
  }
  return 'imported.ts';
}
