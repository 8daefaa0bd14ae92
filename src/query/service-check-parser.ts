// Service check queries: `"http.can_connect".over("env:prod").exclude("host:a").by("host").last(3).count_by_status()`.
import type { ServiceCheckQuery } from './ast.ts';
import { parseChain, stringArgs } from './chain-parser.ts';
import type { Scanner } from './lexer.ts';
import { atComparator, expectEnd } from './threshold.ts';

const EXAMPLE = '"http.can_connect".over("*").by("host").last(2).count_by_status()';

export function parseServiceCheck(s: Scanner): ServiceCheckQuery {
  s.skipSpace();
  const start = s.pos;
  const check = s.readString();
  if (!check) {
    s.fail(`expected the check name in double quotes at the start of a service check query, found ${s.found()}`, start,
      `e.g. ${EXAMPLE}`);
  }
  if (check.value.trim() === '') s.fail('the check name is empty', start, `e.g. ${EXAMPLE}`);
  const { calls, offsets } = parseChain(s);
  const query: ServiceCheckQuery = { kind: 'service-check', check: check.value, over: [], exclude: [], by: [], last: 0 };
  let counted = false;
  let sawLast = false;
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    if (counted) s.fail(`".count_by_status()" must end the query, found ".${call.name}(" after it`, call.offset);
    switch (call.name) {
      case 'over': query.over.push(...stringArgs(s, call, at, 1)); break;
      case 'exclude': query.exclude.push(...stringArgs(s, call, at, 1)); break;
      case 'by': query.by.push(...stringArgs(s, call, at, 1)); break;
      case 'last': {
        const n = call.args[0];
        if (call.args.length !== 1 || n?.kind !== 'number' || !Number.isInteger(n.value) || n.value < 1) {
          s.fail(`expected ".last(<n>)" with a whole number of check runs, found ${s.found(at[0] ?? call.offset)}`,
            at[0] ?? call.offset, 'e.g. .last(2)');
        }
        query.last = n.value;
        sawLast = true;
        break;
      }
      case 'count_by_status':
        if (call.args.length > 0) s.fail('".count_by_status()" takes no arguments', at[0] ?? call.offset);
        counted = true;
        break;
      default:
        s.fail(`unknown method ".${call.name}()" in a service check query; expected over, exclude, by, last or count_by_status`,
          call.offset, `e.g. ${EXAMPLE}`);
    }
  });
  if (!sawLast) {
    s.fail(`expected ".last(<n>)" in the service check query, found ${s.found()}`, s.pos, `e.g. ${EXAMPLE}`);
  }
  if (!counted) {
    s.fail(`expected ".count_by_status()" at the end of the service check query, found ${s.found()}`, s.pos,
      `e.g. ${EXAMPLE}`);
  }
  expectEnd(s, '".count_by_status()"', atComparator(s)
    ? 'service check queries have no comparator; set options.thresholds (ok, warning, critical counts) instead'
    : undefined);
  return query;
}
