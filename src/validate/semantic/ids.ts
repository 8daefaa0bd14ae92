import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import { formatLocation } from '../../ir/source.ts';
import { problem } from './context.ts';

/**
 * Logical ids: lowercase words joined by dashes; a dot separates a derived child (`checkout-availability.burn-1h`).
 * They become Datadog tag values, so they must stay within the tag alphabet.
 */
export const LOGICAL_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

export function checkIds(definitions: readonly Definition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, Definition[]>();
  for (const def of definitions) {
    if (typeof def.id !== 'string' || def.id === '') continue; // the schema reports it
    if (!LOGICAL_ID.test(def.id)) {
      out.push(problem(def, '/id', 'id-pattern', `logical id "${def.id}" may only use lowercase letters, digits, dashes and dots`,
        `try "${suggestId(def.id)}"`));
    }
    const list = seen.get(def.id) ?? [];
    list.push(def);
    seen.set(def.id, list);
  }
  for (const [id, defs] of seen) {
    if (defs.length < 2) continue;
    for (const def of defs) {
      const others = defs.filter((d) => d !== def).map((d) => formatLocation(d.source)).join(', ');
      out.push(problem(def, '/id', 'duplicate-id', `logical id "${id}" is also defined at ${others}`,
        'every monitor and SLO needs its own id; rename one of them'));
    }
  }
  return out;
}

function suggestId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || 'my-monitor';
}
