import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { CheckContext } from './context.ts';
import { problem } from './context.ts';
import { closest } from '../../diagnostics/suggest.ts';

/** `${logical-id}` references in composite and SLO alert queries must name a definition of the right kind. */
export function checkReferences(def: MonitorDefinition, ctx: CheckContext): Diagnostic[] {
  const parsed = ctx.queries.get(def);
  if (!parsed?.ok) return [];
  const out: Diagnostic[] = [];
  const wanted = def.type === 'slo alert' ? 'slo' : 'monitor';
  for (const ref of parsed.refs) {
    const target = ctx.byId.get(ref);
    if (ref === def.id) {
      out.push(problem(def, '/query', 'reference-self', `the query refers to this monitor itself ("\${${ref}}")`,
        'a composite combines other monitors'));
    } else if (!target) {
      const guess = closest(ref, [...ctx.byId.keys()]);
      out.push(problem(def, '/query', 'reference-unknown', `the query refers to "\${${ref}}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a ${wanted} with id "${ref}"`));
    } else if (target.kind !== wanted) {
      out.push(problem(def, '/query', 'reference-kind', `"\${${ref}}" is a ${target.kind}, but a ${def.type} refers to ${wanted}s`));
    }
  }
  if (def.type === 'composite' && parsed.refs.length === 0 && !/\d/.test(def.query)) {
    out.push(problem(def, '/query', 'reference-none', 'a composite monitor must refer to at least one monitor'));
  }
  return out;
}
